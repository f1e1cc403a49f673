// What the campaign form holds while it is typed, and how it becomes `campaigns.create` or
// `campaigns.update`'s input: a goal in money (in a currency), hours or actions, optional dates and
// a description. The kind and currency are fixed once a campaign exists (pledges count in them).
// Pure, so the rules are tested without a browser; the core checks again.
import type { Campaign } from '../../../../shared/contract/pledges';
import type { MethodInput } from '../../../../shared/contract/index';
import { isIsoDate } from '../../../../shared/pledges/calendar-date';
import { currencyProblem } from '../../../../shared/pledges/currency';
import type { PledgeKind } from '../../../../shared/pledges/pledge';
import { plainInUnit, readUnitAmount } from '../../../../shared/pledges/units';
import { capitalise } from '../../data/call-errors';

export interface CampaignDraft {
  name: string;
  description: string;
  kind: PledgeKind;
  currency: string;
  /** As typed: "5000.00" in the currency, or a whole number of hours or actions. */
  goal: string;
  startsOn: string;
  endsOn: string;
}

export type CampaignDraftErrors = Partial<Record<keyof CampaignDraft, string>>;

export function emptyCampaignDraft(currency: string): CampaignDraft {
  return { name: '', description: '', kind: 'money', currency, goal: '', startsOn: '', endsOn: '' };
}

export function campaignDraftOf(c: Campaign): CampaignDraft {
  return {
    name: c.name,
    description: c.description ?? '',
    kind: c.kind,
    currency: c.currency ?? '',
    goal: plainInUnit(c.goal, { kind: c.kind, currency: c.currency }),
    startsOn: c.startsOn ?? '',
    endsOn: c.endsOn ?? '',
  };
}

export function campaignDraftErrors(draft: CampaignDraft): CampaignDraftErrors {
  const errors: CampaignDraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the campaign a name';
  else if (name.length > 200) errors.name = `Shorten the name to 200 characters (it has ${name.length})`;
  const currency = draft.currency.trim().toUpperCase();
  if (draft.kind === 'money') {
    const problem = currency === '' ? 'Give the currency, like USD' : currencyProblem(currency);
    if (problem) errors.currency = capitalise(problem);
  }
  if (draft.goal.trim() === '') errors.goal = draft.kind === 'money' ? 'Give the goal, like 5000.00' : `Give the goal in ${draft.kind}, like 100`;
  else if (!errors.currency) {
    const read = readUnitAmount(draft.goal, { kind: draft.kind, currency: draft.kind === 'money' ? currency : null });
    if (!read.ok) errors.goal = capitalise(read.reason.replace(/^the amount/, 'the goal'));
    else if (read.amount <= 0) errors.goal = 'The goal is more than 0';
  }
  if (draft.startsOn && !isIsoDate(draft.startsOn)) errors.startsOn = 'Pick a real date, or leave it empty';
  if (draft.endsOn && !isIsoDate(draft.endsOn)) errors.endsOn = 'Pick a real date, or leave it empty';
  else if (draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn) errors.endsOn = 'The campaign ends before it starts';
  if (draft.description.length > 4000) errors.description = 'Shorten the description to 4,000 characters';
  return errors;
}

export function campaignCreateInput(draft: CampaignDraft): MethodInput<'campaigns.create'> {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    ...(draft.kind === 'money' ? { currency: draft.currency.trim().toUpperCase() } : {}),
    goal: draft.goal.trim(),
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    ...(draft.startsOn ? { startsOn: draft.startsOn } : {}),
    ...(draft.endsOn ? { endsOn: draft.endsOn } : {}),
  };
}

export function campaignChanges(draft: CampaignDraft): MethodInput<'campaigns.update'>['changes'] {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    goal: draft.goal.trim(),
    startsOn: draft.startsOn || null,
    endsOn: draft.endsOn || null,
  };
}

/** The core's field paths ("goal", "changes.endsOn") as this form's fields. */
export function campaignFieldOf(path: string): keyof CampaignDraft | null {
  const field = path.replace(/^changes\./, '').split('.')[0];
  switch (field) {
    case 'name':
    case 'description':
    case 'kind':
    case 'currency':
    case 'goal':
    case 'startsOn':
    case 'endsOn':
      return field;
    default:
      return null;
  }
}
