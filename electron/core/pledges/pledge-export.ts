// The rows of the pledge and fulfilment CSV exports (shared/pledges/pledge-csv-export.ts writes
// them). Pledged and fulfilled are as of the export's day, from freshly recounted tallies.
import type { Db } from '../../../shared/db/db.js';
import type { IsoDate } from '../../../shared/pledges/calendar-date.js';
import type { FulfilmentExportRow, PledgeExportRow } from '../../../shared/pledges/pledge-csv-export.js';
import { markColumns, pledgeListJoins, pledgeListSelect, rowToPledgeView, toInt, type MarkRow, type PledgeListRow } from './pledge-rows.js';

export interface ExportFilter {
  campaignId?: string | undefined;
  memberId?: string | undefined;
}

function where(filter: ExportFilter, params: unknown[]): string {
  let sql = 'p.chapter_id = $1 and p.deleted_at is null';
  if (filter.campaignId) {
    params.push(filter.campaignId);
    sql += ` and p.campaign_id = $${params.length}`;
  }
  if (filter.memberId) {
    params.push(filter.memberId);
    sql += ` and p.member_id = $${params.length}`;
  }
  return sql;
}

export async function pledgeExportRows(db: Db, chapterId: string, filter: ExportFilter, asOf: IsoDate): Promise<PledgeExportRow[]> {
  const params: unknown[] = [chapterId];
  const { rows } = await db.query<PledgeListRow & { member_email: string | null }>(
    `select ${pledgeListSelect}, m.email as member_email from pledges p ${pledgeListJoins}
      where ${where(filter, params)} order by p.start_on, p.created_at, p.id`,
    params,
  );
  return rows.map((row) => {
    const view = rowToPledgeView(row, asOf);
    return {
      id: view.id,
      memberId: view.memberId,
      memberName: view.member?.name ?? '',
      memberEmail: row.member_email,
      campaignId: view.campaignId,
      campaignName: view.campaignName,
      kind: view.kind,
      amount: view.amount,
      currency: view.currency,
      recurrence: view.recurrence,
      startOn: view.startOn,
      pausedRanges: view.pausedRanges,
      cancelledOn: view.cancelledOn,
      status: view.status,
      pledged: view.pledged,
      fulfilled: view.fulfilled,
      note: view.note,
      createdAt: view.createdAt,
    };
  });
}

export async function fulfilmentExportRows(db: Db, chapterId: string, filter: ExportFilter): Promise<FulfilmentExportRow[]> {
  const params: unknown[] = [chapterId];
  const { rows } = await db.query<MarkRow & Pick<PledgeListRow, 'member_id' | 'member_name' | 'campaign_name' | 'kind' | 'amount' | 'currency'>>(
    `select ${markColumns.replace(/(\w+)/g, 'i.$1')}, p.member_id, trim(m.first_name || ' ' || m.last_name) as member_name,
            c.name as campaign_name, p.kind, p.amount, p.currency
       from instalment_marks i join pledges p on p.id = i.pledge_id
       left join members m on m.id = p.member_id left join campaigns c on c.id = p.campaign_id
      where ${where(filter, params)} and i.status is not null
      order by i.due_on, i.id`,
    params,
  );
  return rows.map((row) => ({
    instalmentId: row.id,
    pledgeId: row.pledge_id ?? '',
    memberId: row.member_id,
    memberName: row.member_name ?? '',
    campaignName: row.campaign_name,
    kind: row.kind,
    amount: toInt(row.amount),
    currency: row.kind === 'money' ? row.currency : null,
    dueOn: row.due_on ?? row.id.slice(-10),
    status: row.status ?? '',
    paidOn: row.status === 'paid' ? row.paid_on : null,
    method: row.method,
    reference: row.reference,
    receiptNo: row.receipt_no,
    receivedBy: row.received_by,
    note: row.note,
  }));
}
