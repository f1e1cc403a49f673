// How pledges read on screen: their kinds, schedules, statuses and payment methods in words, and a
// pledge or instalment in one line ("$10.00 monthly", "3 hours weekly"). Wording only: the rules
// (what is due, what counts) live in shared/pledges.
import type { InstalmentView, PledgeStatus, PledgeView } from '../../../../shared/contract/pledges';
import type { PledgeKind, Recurrence } from '../../../../shared/pledges/pledge';
import type { PaymentMethod } from '../../../../shared/pledges/receipt';
import { formatAmount } from '../../locale/amounts';

export const kindLabels: Record<PledgeKind, string> = { money: 'Money', hours: 'Hours of time', actions: 'Actions' };

/** What a campaign's goal counts, in a sentence's middle: "money", "hours", "actions". */
export const kindNouns: Record<PledgeKind, string> = { money: 'money', hours: 'hours', actions: 'actions' };

export const recurrenceLabels: Record<Recurrence, string> = { once: 'One-off', weekly: 'Weekly', monthly: 'Monthly' };

export const statusLabels: Record<PledgeStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  cancelled: 'Cancelled',
  completed: 'Fulfilled',
  deleted: 'Deleted',
};

export const instalmentStatusLabels: Record<InstalmentView['status'], string> = {
  paid: 'Paid',
  missed: 'Missed',
  waived: 'Waived',
  unmarked: 'Not marked',
};

export const methodLabels: Record<PaymentMethod, string> = { cash: 'Cash', cheque: 'Cheque', card: 'Card', transfer: 'Bank transfer', other: 'Other' };

/** For hours and actions, "paid" reads as "done". */
export function paidWord(kind: PledgeKind): string {
  return kind === 'money' ? 'paid' : 'done';
}

/** "$10.00 monthly", "3 hours weekly", "$50.00 once". */
export function pledgeAmountText(p: Pick<PledgeView, 'amount' | 'kind' | 'currency' | 'recurrence'>): string {
  const amount = formatAmount(p.amount, { kind: p.kind, currency: p.currency });
  return p.recurrence === 'once' ? amount : `${amount} ${p.recurrence}`;
}

/** Where a pledge goes: its campaign's name, or the chapter itself. */
export function pledgeTarget(p: { campaignName: string | null }): string {
  return p.campaignName ?? 'The chapter';
}

/** Today in this computer's time zone, as the core reads dates: "2025-03-31". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
