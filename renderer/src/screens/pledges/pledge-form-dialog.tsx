// "Record a pledge": who, to what (a campaign or the chapter), how much of what (money in a
// currency, hours, actions), once or every week or month from a date, and, for cash or a cheque
// handed over at a meeting, "Paid now" with its receipt. Works offline like everything else: the
// pledge and its payment are written on this device and synced later.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index';
import { paymentMethodSchema } from '../../../../shared/contract/pledges';
import { pledgeKinds, recurrences, type PledgeKind, type Recurrence } from '../../../../shared/pledges/pledge';
import type { PaymentMethod } from '../../../../shared/pledges/receipt';
import { useChapter } from '../../app/session-context';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { focusFirstInvalid } from '../../components/focus-invalid';
import { MemberPicker } from '../../components/member-picker';
import { capitalise, errorIssues, errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { defaultCurrency } from '../../locale/amounts';
import { emptyPledgeDraft, pledgeDraftErrors, pledgeFieldOf, pledgeInput, withCampaign, type CampaignChoice, type PledgeDraft, type PledgeDraftField } from './pledge-draft';
import { PLEDGE_TABLES } from './pledge-tables';
import { kindLabels, localToday, methodLabels, recurrenceLabels } from './pledge-words';

export type PledgeCreated = MethodOutput<'pledges.create'>;

interface PledgeFormDialogProps {
  open: boolean;
  onClose(): void;
  /** Start with this member or campaign chosen (a member's page, a campaign's page). */
  memberId?: string;
  campaignId?: string;
  onSaved(created: PledgeCreated): void;
}

const methods = paymentMethodSchema.options as readonly PaymentMethod[];

export function PledgeFormDialog({ open, onClose, memberId, campaignId, onSaved }: PledgeFormDialogProps) {
  const chapter = useChapter();
  const chapterCurrency = defaultCurrency(chapter.country);
  const campaigns = useQuery('campaigns.list', open ? {} : null, { tables: PLEDGE_TABLES });
  const choices = useMemo<CampaignChoice[]>(() => (campaigns.data ?? []).map((c) => ({ id: c.id, name: c.name, kind: c.kind, currency: c.currency })), [campaigns.data]);
  const [draft, setDraft] = useState<PledgeDraft>(() => emptyPledgeDraft(localToday(), chapterCurrency));
  const [shown, setShown] = useState(false);
  const [server, setServer] = useState<PledgeDraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation('pledges.create');
  const paidHint = useId();
  const campaign = choices.find((c) => c.id === draft.campaignId);

  // Each time it opens: a fresh form for the member or campaign it was opened from.
  useEffect(() => {
    if (!open) return;
    setDraft(emptyPledgeDraft(localToday(), chapterCurrency, { memberId: memberId ?? null, campaignId: campaignId ?? '' }));
    setShown(false);
    setServer({});
    setFormError(null);
  }, [open]);

  // Once the campaigns are known, a campaign chosen up front brings its kind and currency.
  useEffect(() => {
    if (campaign && (campaign.kind !== draft.kind || (campaign.currency && campaign.currency !== draft.currency))) {
      setDraft((d) => withCampaign(d, campaign, chapterCurrency));
    }
    // Again on each opening: the fresh draft starts as money in the chapter's currency.
  }, [campaign?.id, open]);

  const local = pledgeDraftErrors(draft, campaign);
  const errorFor = (field: PledgeDraftField) => (shown ? (local[field] ?? server[field]) : server[field]);
  const set = <K extends keyof PledgeDraft>(field: K, value: PledgeDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServer((s) => ({ ...s, [field]: undefined }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setShown(true);
    setFormError(null);
    if (Object.keys(local).length > 0) return focusFirstInvalid(form);
    try {
      const created = await create.run(pledgeInput(draft));
      setShown(false);
      onSaved(created);
    } catch (error) {
      const fields: PledgeDraftErrors = {};
      for (const issue of errorIssues(error)) {
        const field = pledgeFieldOf(issue.path);
        if (field && !fields[field]) fields[field] = capitalise(issue.message);
      }
      setServer(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
      else focusFirstInvalid(form);
    }
  }

  const money = draft.kind === 'money';
  const unitWord = money ? draft.currency.trim().toUpperCase() || 'the currency' : draft.kind;
  return (
    <Dialog open={open} title="Record a pledge" onClose={onClose} className="pledge-dialog">
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Member" error={errorFor('memberId')}>
          <MemberPicker value={draft.memberId} onChange={(id) => set('memberId', id)} label="Member" autoFocus={!memberId} />
        </Field>
        <Field label="Pledged to" error={errorFor('campaignId')}>
          <select value={draft.campaignId} onChange={(e) => setDraft((d) => withCampaign(d, choices.find((c) => c.id === e.target.value), chapterCurrency))}>
            <option value="">The chapter (no campaign)</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-grid">
          <Field label="Pledge of" error={errorFor('kind')} hint={campaign ? `${campaign.name} counts ${kindLabels[campaign.kind].toLowerCase()}.` : undefined}>
            <select value={draft.kind} disabled={campaign !== undefined} onChange={(e) => set('kind', e.target.value as PledgeKind)}>
              {pledgeKinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          </Field>
          {money && (
            <Field label="Currency" error={errorFor('currency')} hint={campaign?.currency ? `The campaign's currency.` : 'A three-letter code, like USD.'}>
              <input
                type="text"
                className="input-code"
                value={draft.currency}
                maxLength={3}
                disabled={Boolean(campaign?.currency)}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => set('currency', e.target.value.toUpperCase())}
              />
            </Field>
          )}
        </div>
        <div className="form-grid">
          <Field label="Amount" error={errorFor('amount')} hint={money ? `In ${unitWord}, like 10.00${draft.recurrence === 'once' ? '' : ', each time'}.` : `A whole number of ${draft.kind}${draft.recurrence === 'once' ? '' : ', each time'}.`}>
            <input type="text" inputMode={money ? 'decimal' : 'numeric'} value={draft.amount} autoComplete="off" autoFocus={Boolean(memberId)} onChange={(e) => set('amount', e.target.value)} />
          </Field>
          <Field label="How often" error={errorFor('recurrence')}>
            <select value={draft.recurrence} onChange={(e) => set('recurrence', e.target.value as Recurrence)}>
              {recurrences.map((r) => (
                <option key={r} value={r}>
                  {recurrenceLabels[r]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={draft.recurrence === 'once' ? 'Date' : 'First instalment'} error={errorFor('startOn')} hint={draft.recurrence === 'monthly' ? 'Then on the same day each month (the last day in a shorter month).' : undefined}>
          <input type="date" className="date-input" value={draft.startOn} onChange={(e) => set('startOn', e.target.value)} />
        </Field>
        <Field label="Note" error={errorFor('note')}>
          <input type="text" value={draft.note} autoComplete="off" onChange={(e) => set('note', e.target.value)} />
        </Field>
        {money && (
          <fieldset className="choice-group paid-now">
            <legend>Money handed over now</legend>
            <label className="choice">
              <input type="checkbox" checked={draft.paidNow} onChange={(e) => set('paidNow', e.target.checked)} aria-describedby={paidHint} />
              <span>Paid now{draft.recurrence === 'once' ? '' : ' (the first instalment)'}</span>
            </label>
            <p className="field-hint" id={paidHint}>
              Marks it paid and makes a receipt to print.
            </p>
            {draft.paidNow && (
              <div className="form-grid">
                <Field label="Paid by">
                  <select value={draft.method} onChange={(e) => set('method', e.target.value as PaymentMethod)}>
                    {methods.map((m) => (
                      <option key={m} value={m}>
                        {methodLabels[m]}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label="Reference" error={errorFor('reference')} hint={draft.method === 'cheque' ? "The cheque's number." : 'Optional.'}>
                  <input type="text" value={draft.reference} autoComplete="off" onChange={(e) => set('reference', e.target.value)} />
                </Field>
              </div>
            )}
            {errorFor('paidNow') && <p className="field-error">{errorFor('paidNow')}</p>}
          </fieldset>
        )}
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.pending}>
            {money && draft.paidNow ? 'Record and make receipt' : 'Record pledge'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

type PledgeDraftErrors = Partial<Record<PledgeDraftField, string>>;
