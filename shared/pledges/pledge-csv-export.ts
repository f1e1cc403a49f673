// Writes pledges and their fulfilments (the marks on instalments) as CSV files. Amounts are plain
// decimals in their unit with the currency beside them ("10.00","USD"), never formatted and never
// summed across currencies. The pledges file reads back through pledge-csv-import.ts to the same
// pledges (its extra columns, such as member_name, are ignored there).
// Formula injection: a cell starting with = + - @ (or tab, CR) gets a leading apostrophe, as the
// members' export does (shared/members/export-csv.ts), and the importer strips it again.
import type { IsoDate } from './calendar-date.js';
import type { PausedRange, PledgeKind, Recurrence } from './pledge.js';
import { plainInUnit } from './units.js';

export interface PledgeExportRow {
  id: string;
  memberId: string | null;
  memberName: string;
  memberEmail: string | null;
  campaignId: string | null;
  campaignName: string | null;
  kind: PledgeKind;
  amount: number;
  currency: string | null;
  recurrence: Recurrence;
  startOn: IsoDate;
  pausedRanges: readonly PausedRange[];
  cancelledOn: IsoDate | null;
  status: string;
  /** As of the export's date, by the totals' rules. */
  pledged: number;
  fulfilled: number;
  note: string | null;
  createdAt: string | null;
}

export interface FulfilmentExportRow {
  instalmentId: string;
  pledgeId: string;
  memberId: string | null;
  memberName: string;
  campaignName: string | null;
  kind: PledgeKind;
  amount: number;
  currency: string | null;
  dueOn: IsoDate;
  status: string;
  paidOn: IsoDate | null;
  method: string | null;
  reference: string | null;
  receiptNo: string | null;
  receivedBy: string | null;
  note: string | null;
}

type Column<R> = [header: string, value: (row: R) => string];

const text = (v: string | null | undefined): string => v ?? '';
const unitOf = (row: { kind: PledgeKind; currency: string | null }) => ({ kind: row.kind, currency: row.currency });

const pledgeColumns: Column<PledgeExportRow>[] = [
  ['id', (r) => r.id],
  ['member_id', (r) => text(r.memberId)],
  ['member_name', (r) => r.memberName],
  ['member_email', (r) => text(r.memberEmail)],
  ['campaign_id', (r) => text(r.campaignId)],
  ['campaign_name', (r) => text(r.campaignName)],
  ['kind', (r) => r.kind],
  ['amount', (r) => plainInUnit(r.amount, unitOf(r))],
  ['currency', (r) => text(r.currency)],
  ['recurrence', (r) => r.recurrence],
  ['start_on', (r) => r.startOn],
  ['paused', (r) => r.pausedRanges.map((p) => `${p.from}..${p.to ?? ''}`).join('; ')],
  ['cancelled_on', (r) => text(r.cancelledOn)],
  ['status', (r) => r.status],
  ['pledged', (r) => plainInUnit(r.pledged, unitOf(r))],
  ['fulfilled', (r) => plainInUnit(r.fulfilled, unitOf(r))],
  ['note', (r) => text(r.note)],
  ['created_at', (r) => text(r.createdAt)],
];

const fulfilmentColumns: Column<FulfilmentExportRow>[] = [
  ['instalment_id', (r) => r.instalmentId],
  ['pledge_id', (r) => r.pledgeId],
  ['member_id', (r) => text(r.memberId)],
  ['member_name', (r) => r.memberName],
  ['campaign_name', (r) => text(r.campaignName)],
  ['kind', (r) => r.kind],
  ['amount', (r) => plainInUnit(r.amount, unitOf(r))],
  ['currency', (r) => text(r.currency)],
  ['due_on', (r) => r.dueOn],
  ['status', (r) => r.status],
  ['paid_on', (r) => text(r.paidOn)],
  ['method', (r) => text(r.method)],
  ['reference', (r) => text(r.reference)],
  ['receipt_no', (r) => text(r.receiptNo)],
  ['received_by', (r) => text(r.receivedBy)],
  ['note', (r) => text(r.note)],
];

export function pledgesToCsv(rows: readonly PledgeExportRow[]): string {
  return toCsv(pledgeColumns, rows);
}

export function fulfilmentsToCsv(rows: readonly FulfilmentExportRow[]): string {
  return toCsv(fulfilmentColumns, rows);
}

/** CRLF line ends and a UTF-8 BOM, so Excel opens accented names correctly. */
function toCsv<R>(columns: Column<R>[], rows: readonly R[]): string {
  const lines = [columns.map(([header]) => escapeCell(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, value]) => escapeCell(guardCell(value(row)))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
function escapeCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
