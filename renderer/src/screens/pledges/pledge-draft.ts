// What the "Record a pledge" form holds while it is typed, and how it becomes `pledges.create`'s
// input. A pledge to a campaign counts what the campaign counts, in its currency; money taken on the
// spot (cash or a cheque at a meeting) is marked paid with the pledge and answered with a receipt.
// Pure, so the rules are tested without a browser; the core checks everything again and its
// messages are shown beside the same fields.
import type { MethodInput } from '../../../../shared/contract/index';
import { isIsoDate } from '../../../../shared/pledges/calendar-date';
import { currencyProblem } from '../../../../shared/pledges/currency';
import type { PledgeKind, Recurrence } from '../../../../shared/pledges/pledge';
import type { PaymentMethod } from '../../../../shared/pledges/receipt';
import { readUnitAmount } from '../../../../shared/pledges/units';
import { capitalise } from '../../data/call-errors';

export interface PledgeDraft {
  memberId: string | null;
  /** '' for a pledge to the chapter itself. */
  campaignId: string;
  kind: PledgeKind;
  amount: string;
  currency: string;
  recurrence: Recurrence;
  /** The first instalment's date, YYYY-MM-DD. */
  startOn: string;
  note: string;
  /** Money taken now: the first instalment is marked paid and a receipt made. */
  paidNow: boolean;
  method: PaymentMethod;
  /** A cheque's number or a transfer's reference. */
  reference: string;
}

export type PledgeDraftField = 'memberId' | 'campaignId' | 'kind' | 'amount' | 'currency' | 'recurrence' | 'startOn' | 'note' | 'paidNow' | 'reference';
export type PledgeDraftErrors = Partial<Record<PledgeDraftField, string>>;

/** What the form needs to know of a campaign. */
export interface CampaignChoice {
  id: string;
  name: string;
  kind: PledgeKind;
  currency: string | null;
}

export function emptyPledgeDraft(today: string, currency: string, init: Partial<PledgeDraft> = {}): PledgeDraft {
  return { memberId: null, campaignId: '', kind: 'money', amount: '', currency, recurrence: 'once', startOn: today, note: '', paidNow: false, method: 'cash', reference: '', ...init };
}

/** The draft after choosing a campaign: its kind and currency, which a pledge to it must share. */
export function withCampaign(draft: PledgeDraft, campaign: CampaignChoice | undefined, chapterCurrency: string): PledgeDraft {
  if (!campaign) return { ...draft, campaignId: '', currency: draft.currency || chapterCurrency };
  const kind = campaign.kind;
  return { ...draft, campaignId: campaign.id, kind, currency: campaign.currency ?? draft.currency, paidNow: kind === 'money' && draft.paidNow };
}

export function pledgeDraftErrors(draft: PledgeDraft, campaign: CampaignChoice | undefined): PledgeDraftErrors {
  const errors: PledgeDraftErrors = {};
  if (!draft.memberId) errors.memberId = 'Choose who is pledging';
  const currency = draft.currency.trim().toUpperCase();
  if (draft.kind === 'money') {
    const problem = currency === '' ? 'Give the currency, like USD' : currencyProblem(currency);
    if (problem) errors.currency = capitalise(problem);
    else if (campaign?.currency && campaign.currency !== currency) errors.currency = `${campaign.name} collects ${campaign.currency}; pledge in ${campaign.currency}, or to the chapter`;
  }
  if (campaign && campaign.kind !== draft.kind) errors.kind = `${campaign.name} counts ${campaign.kind}`;
  if (draft.amount.trim() === '') errors.amount = draft.kind === 'money' ? 'Give the amount, like 10.00' : `Give the number of ${draft.kind}, like 3`;
  else if (draft.kind !== 'money' || !errors.currency) {
    const read = readUnitAmount(draft.amount, { kind: draft.kind, currency: draft.kind === 'money' ? currency : null });
    if (!read.ok) errors.amount = capitalise(read.reason);
    else if (read.amount <= 0) errors.amount = 'The amount of a pledge is more than 0';
  }
  if (!isIsoDate(draft.startOn)) errors.startOn = 'Pick the date of the first instalment';
  if (draft.paidNow && draft.kind !== 'money') errors.paidNow = 'Only money is taken on the spot';
  if (draft.reference.length > 100) errors.reference = 'Shorten the reference to 100 characters';
  return errors;
}

/** The contract's input; call after pledgeDraftErrors found none. */
export function pledgeInput(draft: PledgeDraft, meetingId?: string): MethodInput<'pledges.create'> {
  const money = draft.kind === 'money';
  return {
    memberId: draft.memberId!,
    campaignId: draft.campaignId || null,
    kind: draft.kind,
    amount: draft.amount.trim(),
    ...(money ? { currency: draft.currency.trim().toUpperCase() } : {}),
    recurrence: draft.recurrence,
    startOn: draft.startOn,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(meetingId ? { meetingId } : {}),
    ...(money && draft.paidNow ? { paidNow: { method: draft.method, ...(draft.reference.trim() ? { reference: draft.reference.trim() } : {}) } } : {}),
  };
}

/** The core's field paths ("amount", "paidNow.reference") as this form's fields. */
export function pledgeFieldOf(path: string): PledgeDraftField | null {
  const [first, second] = path.split('.');
  if (first === 'paidNow') return second === 'reference' ? 'reference' : 'paidNow';
  switch (first) {
    case 'memberId':
    case 'campaignId':
    case 'kind':
    case 'amount':
    case 'currency':
    case 'recurrence':
    case 'startOn':
    case 'note':
      return first;
    default:
      return null;
  }
}
