// What each column of a pledge CSV was read as, in words (the core decides which header is which:
// shared/pledges/pledge-csv-import.ts), and the example file the import screen offers.
import type { PledgeColumn } from '../../../../shared/pledges/pledge-csv-import';

export const pledgeColumnLabels: Record<PledgeColumn, string> = {
  id: 'Pledge ID (matches on re-import)',
  memberId: 'Member ID',
  memberEmail: 'Member’s e-mail',
  campaignId: 'Campaign (ID or name)',
  campaignName: 'Campaign name',
  kind: 'Money, hours or actions',
  amount: 'Amount',
  currency: 'Currency',
  recurrence: 'How often',
  startOn: 'Start date',
  pausedRanges: 'Paused',
  cancelledOn: 'Cancelled on',
  note: 'Note',
};

export function columnLabel(column: string | null): string {
  if (column === null) return 'Not imported';
  return (pledgeColumnLabels as Record<string, string>)[column] ?? column;
}

/** A small file that imports as it stands: the columns a person would start from. */
export const examplePledgeCsv = [
  'member_email,campaign,amount,currency,recurrence,start_date,note',
  'ann@example.org,Rent strike fund,10.00,USD,monthly,2025-01-31,',
  'bo@example.org,,3,,weekly,2025-02-03,hours of door knocking',
].join('\r\n');
