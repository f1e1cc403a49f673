// "New campaign" and "Edit campaign": a name, a goal in money (with its currency), hours or actions,
// optional dates and a description. Problems show beside their fields, the core's too. What a
// campaign counts, and in which currency, is fixed once it exists: pledges are counted in it.
import { useEffect, useState, type FormEvent } from 'react';
import type { Campaign } from '../../../../shared/contract/pledges';
import { pledgeKinds, type PledgeKind } from '../../../../shared/pledges/pledge';
import { useChapter } from '../../app/session-context';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { focusFirstInvalid } from '../../components/focus-invalid';
import { capitalise, errorIssues, errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { defaultCurrency } from '../../locale/amounts';
import { campaignChanges, campaignCreateInput, campaignDraftErrors, campaignDraftOf, campaignFieldOf, emptyCampaignDraft, type CampaignDraft } from './campaign-draft';
import { kindLabels } from './pledge-words';

interface CampaignFormDialogProps {
  open: boolean;
  onClose(): void;
  /** The campaign to edit; none to create one. */
  campaign?: Campaign;
  onSaved(campaign: Campaign): void;
}

export function CampaignFormDialog({ open, onClose, campaign, onSaved }: CampaignFormDialogProps) {
  const chapter = useChapter();
  const editing = campaign !== undefined;
  const fresh = () => (campaign ? campaignDraftOf(campaign) : emptyCampaignDraft(defaultCurrency(chapter.country)));
  const [draft, setDraft] = useState<CampaignDraft>(fresh);
  const [shown, setShown] = useState(false);
  const [server, setServer] = useState<Partial<Record<keyof CampaignDraft, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation('campaigns.create');
  const update = useMutation('campaigns.update');

  useEffect(() => {
    if (!open) return;
    if (editing) setDraft(fresh());
    setShown(false);
    setServer({});
    setFormError(null);
    // Only when it opens: a change underneath must not wipe what is being typed.
  }, [open]);

  const local = campaignDraftErrors(draft);
  const errorFor = (field: keyof CampaignDraft) => (shown ? (local[field] ?? server[field]) : server[field]);
  const set = <K extends keyof CampaignDraft>(field: K, value: CampaignDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServer((s) => ({ ...s, [field]: undefined }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setShown(true);
    setFormError(null);
    if (Object.keys(local).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    try {
      const saved = editing ? await update.run({ id: campaign.id, changes: campaignChanges(draft) }) : await create.run(campaignCreateInput(draft));
      if (!editing) setDraft(fresh());
      setShown(false);
      onSaved(saved);
    } catch (error) {
      const fields: Partial<Record<keyof CampaignDraft, string>> = {};
      for (const issue of errorIssues(error)) {
        const field = campaignFieldOf(issue.path);
        if (field && !fields[field]) fields[field] = capitalise(issue.message);
      }
      setServer(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
      else focusFirstInvalid(form);
    }
  }

  const goalHint =
    draft.kind === 'money' ? `In ${draft.currency.trim().toUpperCase() || 'the currency'}, like 5000.00.` : draft.kind === 'hours' ? 'Hours of time, like 200.' : 'Calls made, doors knocked…, like 1000.';
  return (
    <Dialog open={open} title={editing ? 'Edit campaign' : 'New campaign'} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Name" error={errorFor('name')}>
          <input type="text" value={draft.name} autoFocus autoComplete="off" placeholder="Rent strike fund" onChange={(e) => set('name', e.target.value)} />
        </Field>
        <div className="form-grid">
          <Field label="The goal counts" hint={editing ? 'Fixed once the campaign exists.' : undefined}>
            <select value={draft.kind} disabled={editing} onChange={(e) => set('kind', e.target.value as PledgeKind)}>
              {pledgeKinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          </Field>
          {draft.kind === 'money' && (
            <Field label="Currency" error={errorFor('currency')} hint={editing ? 'Fixed once the campaign exists.' : 'A three-letter code, like USD or EUR.'}>
              <input
               
                type="text"
                value={draft.currency}
                disabled={editing}
                maxLength={3}
                autoComplete="off"
                spellCheck={false}
                className="input-code"
                onChange={(e) => set('currency', e.target.value.toUpperCase())}
              />
            </Field>
          )}
        </div>
        <Field label="Goal" error={errorFor('goal')} hint={goalHint}>
          <input type="text" inputMode={draft.kind === 'money' ? 'decimal' : 'numeric'} value={draft.goal} autoComplete="off" onChange={(e) => set('goal', e.target.value)} />
        </Field>
        <div className="form-grid">
          <Field label="Starts" error={errorFor('startsOn')} hint="Optional.">
            <input type="date" className="date-input" value={draft.startsOn} onChange={(e) => set('startsOn', e.target.value)} />
          </Field>
          <Field label="Ends" error={errorFor('endsOn')} hint="Optional.">
            <input type="date" className="date-input" value={draft.endsOn} onChange={(e) => set('endsOn', e.target.value)} />
          </Field>
        </div>
        <Field label="Description" error={errorFor('description')} hint="What the money or time is for, in a sentence or two.">
          <textarea rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />
        </Field>
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.pending || update.pending}>
            {editing ? 'Save campaign' : 'Create campaign'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
