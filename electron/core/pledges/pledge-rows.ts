// Between the pledge tables (snake_case rows) and what the rules and the contract take: the shared
// rules' Pledge and InstalmentStatus, the contract's PledgeView, InstalmentView and Campaign.
// A replicated row is read back through the shared schema (parsePledge): two devices' edits merge
// column by column, and a row that no longer reads as a pledge must say so, not count wrongly.
import type { Campaign, InstalmentView, PledgeStatus, PledgeView } from '../../../shared/contract/pledges.js';
import { dayNumber, isIsoDate, isoDateOfDay, type IsoDate } from '../../../shared/pledges/calendar-date.js';
import { PledgeInputError } from '../../../shared/pledges/errors.js';
import type { PaymentMethod } from '../../../shared/pledges/receipt.js';
import { parsePledge, type InstalmentStatus, type Pledge, type PledgeKind, type Recurrence } from '../../../shared/pledges/pledge.js';
import { compileSchedule } from '../../../shared/pledges/schedule.js';
import { formatInUnit, thermometerView, type Unit } from '../../../shared/pledges/units.js';

/** bigint columns arrive as numbers from PGlite and as text from node-postgres. */
export function toInt(value: unknown): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error(`${String(value)} is not a whole number that can be counted exactly`);
  return n;
}

/** The date on this computer's calendar: a pledge is due on its day wherever the device is. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface PledgeRow {
  id: string;
  chapter_id: string;
  member_id: string | null;
  campaign_id: string | null;
  kind: PledgeKind;
  amount: unknown;
  currency: string | null;
  recurrence: Recurrence;
  start_on: string | null;
  paused_ranges: { from: string; to: string | null }[];
  cancelled_on: string | null;
  note: string | null;
  meeting_id: string | null;
  created_at: string | null;
  created_by: string | null;
  deleted_at: string | null;
}

export const pledgeColumns =
  'p.id, p.chapter_id, p.member_id, p.campaign_id, p.kind, p.amount, p.currency, p.recurrence, p.start_on, p.paused_ranges, p.cancelled_on, p.note, p.meeting_id, p.created_at, p.created_by, p.deleted_at';

/** The pledge as the shared rules take it; throws a PledgeInputError saying what is wrong with the row. */
export function rowToPledge(row: PledgeRow): Pledge {
  return parsePledge({
    id: row.id,
    kind: row.kind,
    amount: toInt(row.amount),
    ...(row.currency !== null ? { currency: row.currency } : {}),
    recurrence: row.recurrence,
    startOn: row.start_on,
    pausedRanges: row.paused_ranges,
    cancelledOn: row.cancelled_on,
  });
}

export function unitOfRow(row: { kind: PledgeKind; currency: string | null }): Unit {
  return { kind: row.kind, currency: row.kind === 'money' ? row.currency : null };
}

/** A pledge row with the joined names and its tally, as the list queries select it. */
export interface PledgeListRow extends PledgeRow {
  member_name: string | null;
  campaign_name: string | null;
  pledged: unknown;
  fulfilled: unknown;
}

export const pledgeListSelect = `${pledgeColumns},
  trim(m.first_name || ' ' || m.last_name) as member_name, c.name as campaign_name,
  coalesce(t.pledged, 0) as pledged, coalesce(t.fulfilled, 0) as fulfilled`;

export const pledgeListJoins = `left join members m on m.id = p.member_id
  left join campaigns c on c.id = p.campaign_id
  left join pledge_tallies t on t.pledge_id = p.id`;

export function pledgeStatus(row: PledgeRow, today: IsoDate, pledged: number, fulfilled: number): PledgeStatus {
  if (row.deleted_at) return 'deleted';
  if (row.cancelled_on && row.cancelled_on <= today) return 'cancelled';
  if (row.paused_ranges.some((r) => r.from <= today && (r.to === null || today <= r.to))) return 'paused';
  if (row.recurrence === 'once' && pledged > 0 && fulfilled >= pledged) return 'completed';
  return 'active';
}

/** The first instalment after `today`, or null when none is expected (within two months' search). */
export function nextDueOn(pledge: Pledge | null, today: IsoDate): IsoDate | null {
  if (!pledge) return null;
  const todayDay = dayNumber(today);
  if (pledge.recurrence === 'once') return pledge.startOn > today ? pledge.startOn : null;
  const next = compileSchedule(pledge).daysUntil(todayDay + 62).find((day) => day > todayDay);
  return next === undefined ? null : isoDateOfDay(next);
}

export function rowToPledgeView(row: PledgeListRow, today: IsoDate): PledgeView {
  const unit = unitOfRow(row);
  const pledged = toInt(row.pledged);
  const fulfilled = toInt(row.fulfilled);
  const amount = toInt(row.amount);
  let rules: Pledge | null = null;
  try {
    rules = rowToPledge(row);
  } catch {
    // Shown as it is; the thermometers list the pledge among those they could not count.
  }
  return {
    id: row.id,
    memberId: row.member_id,
    member: row.member_id && row.member_name !== null ? { id: row.member_id, name: row.member_name } : null,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    kind: row.kind,
    amount,
    currency: unit.currency,
    amountText: safeFormat(amount, unit),
    recurrence: row.recurrence,
    startOn: row.start_on ?? '',
    pausedRanges: row.paused_ranges,
    cancelledOn: row.cancelled_on,
    note: row.note,
    meetingId: row.meeting_id,
    createdAt: row.created_at,
    createdBy: row.created_by,
    status: pledgeStatus(row, today, pledged, fulfilled),
    pledged,
    fulfilled,
    nextDueOn: nextDueOn(rules, today),
  };
}

function safeFormat(amount: number, unit: Unit): string {
  try {
    return formatInUnit(amount, unit);
  } catch {
    return `${amount} ${unit.currency ?? unit.kind}`;
  }
}

export interface MarkRow {
  id: string;
  pledge_id: string | null;
  due_on: string | null;
  status: 'paid' | 'missed' | 'waived' | null;
  paid_on: string | null;
  method: PaymentMethod | null;
  reference: string | null;
  receipt_no: string | null;
  received_by: string | null;
  note: string | null;
  marked_at: string | null;
}

export const markColumns = 'id, pledge_id, due_on, status, paid_on, method, reference, receipt_no, received_by, note, marked_at';

/**
 * The marks the rules count: a mark taken back (status null) counts as none. Read without zod: the
 * replicated columns were checked when their messages were, and a recount reads 100,000s of marks;
 * the id's date is still checked where the marks are indexed (indexInstalmentStatuses).
 */
export function marksToStatuses(rows: readonly Pick<MarkRow, 'id' | 'status' | 'paid_on'>[]): InstalmentStatus[] {
  const statuses: InstalmentStatus[] = [];
  for (const row of rows) {
    if (row.status !== 'paid' && row.status !== 'missed' && row.status !== 'waived') continue;
    if (row.status === 'paid' && row.paid_on !== null) {
      if (!isIsoDate(row.paid_on)) throw new PledgeInputError(`the instalment ${row.id} was paid on '${row.paid_on}', which is not a date`);
      statuses.push({ instalmentId: row.id, status: 'paid', paidOn: row.paid_on });
    } else statuses.push({ instalmentId: row.id, status: row.status });
  }
  return statuses;
}

export function instalmentView(pledge: Pick<PledgeRow, 'id' | 'kind' | 'currency'> & { amount: unknown }, dueOn: IsoDate, mark: MarkRow | undefined, onSchedule: boolean): InstalmentView {
  return {
    id: `${pledge.id}_${dueOn}`,
    pledgeId: pledge.id,
    dueOn,
    kind: pledge.kind,
    amount: toInt(pledge.amount),
    currency: pledge.kind === 'money' ? pledge.currency : null,
    status: mark?.status ?? 'unmarked',
    onSchedule,
    paidOn: mark?.status === 'paid' ? mark.paid_on : null,
    method: mark?.method ?? null,
    reference: mark?.reference ?? null,
    receiptNo: mark?.receipt_no ?? null,
    receivedBy: mark?.received_by ?? null,
    note: mark?.note ?? null,
    markedAt: mark?.marked_at ?? null,
  };
}

export interface CampaignRow {
  id: string;
  name: string;
  description: string | null;
  goal_kind: PledgeKind;
  currency: string | null;
  goal: unknown;
  starts_on: string | null;
  ends_on: string | null;
  created_at: string | null;
  deleted_at: string | null;
}

export const campaignColumns = 'c.id, c.name, c.description, c.goal_kind, c.currency, c.goal, c.starts_on, c.ends_on, c.created_at, c.deleted_at';

export function rowToCampaign(row: CampaignRow, totals: { pledged: number; fulfilled: number; count: number }): Campaign {
  const unit = unitOfRow({ kind: row.goal_kind, currency: row.currency });
  const goal = toInt(row.goal);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.goal_kind,
    currency: unit.currency,
    goal,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    createdAt: row.created_at,
    pledged: totals.pledged,
    fulfilled: totals.fulfilled,
    pledgeCount: totals.count,
    thermometer: thermometerView(unit, goal, totals.pledged, totals.fulfilled),
  };
}

/** The columns of a new pledge's first change message. */
export function newPledgeValues(
  pledge: Pledge,
  fields: { memberId: string; campaignId: string | null; note: string | null; meetingId?: string | null; createdBy: string | null },
): Record<string, unknown> {
  return {
    member_id: fields.memberId,
    campaign_id: fields.campaignId,
    kind: pledge.kind,
    amount: pledge.amount,
    currency: pledge.kind === 'money' ? (pledge.currency ?? null) : null,
    recurrence: pledge.recurrence,
    start_on: pledge.startOn,
    paused_ranges: pledge.pausedRanges ?? [],
    cancelled_on: pledge.cancelledOn ?? null,
    note: fields.note,
    meeting_id: fields.meetingId ?? null,
    created_at: new Date().toISOString(),
    created_by: fields.createdBy,
  };
}
