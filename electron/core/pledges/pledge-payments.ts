// Marking instalments paid, missed or waived, and the receipt of a payment. A mark is a replicated
// row keyed by the instalment's id, so the same instalment marked on two devices is one row after
// sync, each field the latest written. Every mark message carries the pledge and the date, so a
// device that learns of a mark from any one message knows what it belongs to.
import { randomBytes } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';
import type { InstalmentView } from '../../../shared/contract/pledges.js';
import type { Db } from '../../../shared/db/db.js';
import { dayNumber, isoDateOfDay, type IsoDate } from '../../../shared/pledges/calendar-date.js';
import { receiptNumber, type PaymentMethod, type Receipt } from '../../../shared/pledges/receipt.js';
import { compileSchedule, instalmentId, parseInstalmentId } from '../../../shared/pledges/schedule.js';
import { formatInUnit } from '../../../shared/pledges/units.js';
import type { HandlerContext } from '../handler-context.js';
import { instalmentView, markColumns, rowToPledge, toInt, unitOfRow, type MarkRow, type PledgeListRow } from './pledge-rows.js';
import { chapterName, findPledgeRow } from './pledge-queries.js';

export interface MarkRequest {
  status: 'paid' | 'missed' | 'waived' | null;
  paidOn?: IsoDate | undefined;
  method?: PaymentMethod | undefined;
  reference?: string | undefined;
  note?: string | undefined;
  meetingId?: string | undefined;
}

export async function findMark(db: Db, id: string): Promise<MarkRow | undefined> {
  const { rows } = await db.query<MarkRow>(`select ${markColumns} from instalment_marks where id = $1`, [id]);
  return rows[0];
}

/** The pledge an instalment id names, in this chapter; a `not_found` saying which part is wrong. */
export async function pledgeOfInstalment(ctx: HandlerContext, id: string): Promise<{ row: PledgeListRow; dueOn: IsoDate }> {
  const parsed = parseInstalmentId(id);
  if (!parsed) throw new CallError('validation', `'${id}' is not an instalment id like <pledge id>_2025-03-31`, [{ path: 'instalmentId', message: 'not an instalment id' }]);
  const row = await findPledgeRow(ctx.db, ctx.chapterId(), parsed.pledgeId);
  if (!row) throw new CallError('not_found', `there is no pledge with id ${parsed.pledgeId} in this chapter`);
  return { row, dueOn: parsed.dueOn };
}

/**
 * Checks that `dueOn` is one of the pledge's instalments (or already marked: a payment made before
 * a pause moved the schedule), and that the pledge can still be marked.
 */
export function checkInstalment(row: PledgeListRow, dueOn: IsoDate, existing: MarkRow | undefined): void {
  if (row.deleted_at) throw new CallError('conflict', 'this pledge was deleted; restore it before marking its instalments');
  if (existing) return;
  const schedule = compileSchedule(rowToPledge(row));
  if (schedule.isDueOn(dayNumber(dueOn))) return;
  const day = dayNumber(dueOn);
  const near = schedule
    .daysUntil(row.recurrence === 'once' ? Infinity : day + 62)
    .filter((d) => Math.abs(d - day) <= 62)
    .map(isoDateOfDay);
  const hint = near.length > 0 ? `; its instalments near then fall on ${near.join(', ')}` : '';
  throw new CallError('validation', `this pledge has no instalment due on ${dueOn}${hint}`, [{ path: 'dueOn', message: 'not an instalment date of this pledge' }]);
}

/** Writes the mark; a paid money instalment gets a receipt number, kept if it already had one. */
export async function markInstalment(ctx: HandlerContext, row: PledgeListRow, dueOn: IsoDate, request: MarkRequest, today: IsoDate): Promise<InstalmentView> {
  const id = instalmentId(row.id, dueOn);
  const existing = await findMark(ctx.db, id);
  checkInstalment(row, dueOn, existing);
  if (request.status !== 'paid' && (request.paidOn || request.method || request.reference)) {
    throw new CallError('validation', 'only a paid instalment has a payment date, method or reference', [{ path: 'status', message: 'not paid' }]);
  }
  const values: Record<string, unknown> = {
    pledge_id: row.id,
    due_on: dueOn,
    status: request.status,
    marked_at: new Date().toISOString(),
  };
  if (request.status === 'paid') {
    values.paid_on = request.paidOn ?? today;
    values.received_by = ctx.session.device.organiserName;
    if (request.method !== undefined) values.method = request.method;
    if (request.reference !== undefined) values.reference = request.reference || null;
    if (row.kind === 'money' && !existing?.receipt_no) values.receipt_no = receiptNumber(values.paid_on as string, randomBytes(5));
  } else {
    values.paid_on = null;
  }
  if (request.note !== undefined) values.note = request.note || null;
  if (request.meetingId !== undefined) values.meeting_id = request.meetingId;
  await ctx.commit([ctx.change('instalment_marks', id, values)]);
  return instalmentView(row, dueOn, await findMark(ctx.db, id), true);
}

/** The receipt of a paid money instalment. */
export async function receiptOf(ctx: HandlerContext, instalment: string): Promise<Receipt> {
  const { row, dueOn } = await pledgeOfInstalment(ctx, instalment);
  const mark = await findMark(ctx.db, instalment);
  if (row.kind !== 'money' || !row.currency) throw new CallError('conflict', `a pledge of ${row.kind} has no receipt: receipts are for money`);
  if (mark?.status !== 'paid') throw new CallError('conflict', `the instalment due ${dueOn} is not marked paid, so it has no receipt yet`);
  return {
    receiptNo: mark.receipt_no ?? `R-${instalment}`,
    chapterName: await chapterName(ctx.db, ctx.chapterId()),
    memberId: row.member_id,
    memberName: row.member_name || 'a member',
    amount: toInt(row.amount),
    currency: row.currency,
    method: mark.method,
    reference: mark.reference,
    paidOn: mark.paid_on ?? dueOn,
    dueOn,
    recurrence: row.recurrence,
    campaignName: row.campaign_name,
    receivedBy: mark.received_by,
    pledgeId: row.id,
    instalmentId: instalment,
  };
}

/** "10.00 USD due 2025-03-31", for messages. */
export function describeInstalment(row: PledgeListRow, dueOn: IsoDate): string {
  return `${formatInUnit(toInt(row.amount), unitOfRow(row))} due ${dueOn}`;
}
