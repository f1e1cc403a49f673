// Reading pledges and campaigns: one pledge with its instalments, lists by member or campaign,
// campaigns with their totals. Callers that show totals recount stale tallies first
// (withFreshTallies), so `pledged` and `fulfilled` always follow the shared rules as of the day.
import type { Campaign, InstalmentView, PledgeDetail, PledgeStatus, PledgeView } from '../../../shared/contract/pledges.js';
import type { Db } from '../../../shared/db/db.js';
import { dayNumber, dayNumberAt, isoDateOfDay, type IsoDate } from '../../../shared/pledges/calendar-date.js';
import { compileSchedule } from '../../../shared/pledges/schedule.js';
import {
  campaignColumns,
  instalmentView,
  markColumns,
  pledgeListJoins,
  pledgeListSelect,
  rowToCampaign,
  rowToPledge,
  rowToPledgeView,
  type CampaignRow,
  type MarkRow,
  type PledgeListRow,
} from './pledge-rows.js';
import { refreshTallies, totalsByCampaign, type KeyedTotals } from './pledge-tallies.js';

/** Runs `read` after recounting the chapter's stale tallies, in one transaction. */
export function withFreshTallies<T>(db: Db, chapterId: string, asOf: IsoDate, read: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await refreshTallies(tx, chapterId, asOf);
    return read(tx);
  });
}

export async function findPledgeRow(db: Db, chapterId: string, id: string): Promise<PledgeListRow | null> {
  const { rows } = await db.query<PledgeListRow>(`select ${pledgeListSelect} from pledges p ${pledgeListJoins} where p.id = $1 and p.chapter_id = $2`, [id, chapterId]);
  return rows[0] ?? null;
}

export interface PledgeFilter {
  memberId?: string | undefined;
  /** null: pledges to the chapter itself. */
  campaignId?: string | null | undefined;
  status?: PledgeStatus | undefined;
  offset?: number;
  limit?: number;
}

/** Status filters that SQL can apply; the rest (paused, completed) are checked per row. */
function statusSql(status: PledgeStatus | undefined, today: string, params: unknown[]): string {
  if (status === 'deleted') return ' and p.deleted_at is not null';
  let sql = ' and p.deleted_at is null';
  if (status === 'cancelled') {
    params.push(today);
    sql += ` and p.cancelled_on <= $${params.length}`;
  } else if (status) {
    params.push(today);
    sql += ` and (p.cancelled_on is null or p.cancelled_on > $${params.length})`;
  }
  return sql;
}

export async function listPledges(db: Db, chapterId: string, filter: PledgeFilter, today: IsoDate): Promise<{ total: number; rows: PledgeView[] }> {
  const params: unknown[] = [chapterId];
  let where = 'p.chapter_id = $1';
  if (filter.memberId) {
    params.push(filter.memberId);
    where += ` and p.member_id = $${params.length}`;
  }
  if (filter.campaignId === null) where += ' and p.campaign_id is null';
  else if (filter.campaignId) {
    params.push(filter.campaignId);
    where += ` and p.campaign_id = $${params.length}`;
  }
  where += statusSql(filter.status, today, params);
  const { rows } = await db.query<PledgeListRow>(
    `select ${pledgeListSelect} from pledges p ${pledgeListJoins} where ${where} order by p.start_on desc, p.created_at desc, p.id`,
    params,
  );
  let views = rows.map((row) => rowToPledgeView(row, today));
  if (filter.status) views = views.filter((v) => v.status === filter.status);
  const offset = filter.offset ?? 0;
  return { total: views.length, rows: views.slice(offset, offset + (filter.limit ?? 100)) };
}

export async function marksOfPledge(db: Db, pledgeId: string): Promise<MarkRow[]> {
  const { rows } = await db.query<MarkRow>(`select ${markColumns} from instalment_marks where pledge_id = $1 order by id`, [pledgeId]);
  return rows;
}

/** How many upcoming instalments a pledge's page shows after today. */
const UPCOMING = 3;

/**
 * A pledge with its instalments: every one due up to today (or `until`), the next few, and any
 * mark on a day the schedule no longer has (paid before a pause or a cancellation), by date.
 */
export async function pledgeDetail(db: Db, row: PledgeListRow, today: IsoDate, until?: IsoDate): Promise<PledgeDetail> {
  const view = rowToPledgeView(row, today);
  const marks = await marksOfPledge(db, row.id);
  const byDay = new Map<number, MarkRow>();
  for (const mark of marks) {
    const day = dayNumberAt(mark.id, mark.id.length - 10);
    if (!Number.isNaN(day)) byDay.set(day, mark);
  }
  const days = new Set<number>();
  try {
    const schedule = compileSchedule(rowToPledge(row));
    const todayDay = dayNumber(today);
    const last = Math.max(todayDay, until ? dayNumber(until) : todayDay);
    for (const day of schedule.daysUntil(row.recurrence === 'once' ? Infinity : last)) days.add(day);
    if (row.recurrence !== 'once') for (const day of schedule.daysUntil(last + 31 * (UPCOMING + 1)).filter((d) => d > last).slice(0, UPCOMING)) days.add(day);
  } catch {
    // A row that is not a pledge has no schedule; its marks are still shown.
  }
  const instalments: InstalmentView[] = [];
  for (const day of [...new Set([...days, ...byDay.keys()])].sort((a, b) => a - b)) {
    instalments.push(instalmentView(row, isoDateOfDay(day), byDay.get(day), days.has(day)));
  }
  return { ...view, instalments };
}

export async function findCampaignRow(db: Db, chapterId: string, id: string): Promise<CampaignRow | null> {
  const { rows } = await db.query<CampaignRow>(`select ${campaignColumns} from campaigns c where c.id = $1 and c.chapter_id = $2`, [id, chapterId]);
  return rows[0] ?? null;
}

/** Live campaigns with their totals in their own unit (recount stale tallies first). */
export async function listCampaigns(db: Db, chapterId: string, onlyId?: string, summed?: Map<string | null, KeyedTotals>): Promise<Campaign[]> {
  const params: unknown[] = [chapterId];
  if (onlyId) params.push(onlyId);
  const { rows } = await db.query<CampaignRow>(
    `select ${campaignColumns} from campaigns c where c.chapter_id = $1 and c.deleted_at is null ${onlyId ? 'and c.id = $2' : ''}
      order by c.starts_on desc nulls last, c.created_at desc, c.name`,
    params,
  );
  const totals = summed ?? (await totalsByCampaign(db, chapterId));
  return rows.map((row) => {
    const own = totals.get(row.id);
    // A pledge to a campaign is in its unit (refused otherwise where it is recorded), so the
    // campaign's unit is the only one its pledges can count in.
    const inUnit = own?.totals.find((t) => t.kind === row.goal_kind && (row.goal_kind !== 'money' || t.currency === row.currency));
    return rowToCampaign(row, { pledged: inUnit?.pledged ?? 0, fulfilled: inUnit?.fulfilled ?? 0, count: own?.count ?? 0 });
  });
}

export async function chapterName(db: Db, chapterId: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('select name from chapters where id = $1', [chapterId]);
  return rows[0]?.name ?? '';
}
