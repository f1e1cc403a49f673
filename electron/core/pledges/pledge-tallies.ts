// Thermometer totals from the `pledge_tallies` projection (see 0008_pledges.sql): each pledge's
// pledged and fulfilled amounts as of a day, recounted with the shared rules only when stale.
// Triggers keep their sums per campaign and per group as the tallies change, so a chapter with
// 300,000 instalments costs one indexed look for stale rows and a read of a few summed rows.
// Every read recounts first, inside one transaction, so no write can slip between the recount
// and the sums; the projection is local (never replicated), so recounting during a read is safe.
import type { UnitTotals } from '../../../shared/contract/pledges.js';
import type { Db } from '../../../shared/db/db.js';
import type { IsoDate } from '../../../shared/pledges/calendar-date.js';
import { indexInstalmentStatuses } from '../../../shared/pledges/instalment-marks.js';
import { FOREVER, tallyPledge } from '../../../shared/pledges/pledge-tally.js';
import { compareUnits } from '../../../shared/pledges/units.js';
import { marksToStatuses, pledgeColumns, rowToPledge, toInt, type MarkRow, type PledgeRow } from './pledge-rows.js';

/** Rows of a chapter whose tally does not hold on `asOf`: stale, counted for a later day, or expired. */
const staleCondition = 't.chapter_id = $1 and (t.valid_until <= $2 or t.valid_from > $2)';

/** Recounts the chapter's stale tallies for `asOf`; returns how many were recounted. */
export async function refreshTallies(db: Db, chapterId: string, asOf: IsoDate): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows: pledges } = await tx.query<PledgeRow>(
      `select ${pledgeColumns} from pledge_tallies t join pledges p on p.id = t.pledge_id where ${staleCondition}`,
      [chapterId, asOf],
    );
    if (pledges.length === 0) return 0;
    const { rows: marks } = await tx.query<Pick<MarkRow, 'id' | 'status' | 'paid_on'>>(
      `select m.id, m.status, m.paid_on from pledge_tallies t join instalment_marks m on m.pledge_id = t.pledge_id
        where ${staleCondition} and m.status is not null`,
      [chapterId, asOf],
    );
    const statuses = indexInstalmentStatuses(marksToStatuses(marks));
    const counted = pledges.map((row) => {
      try {
        const tally = tallyPledge(rowToPledge(row), statuses, asOf);
        return { pledge_id: row.id, pledged: tally.pledged, fulfilled: tally.fulfilled, valid_from: tally.validFrom, valid_until: tally.validUntil, problem: null };
      } catch (error) {
        // Counted as nothing, and said so on the thermometers, until the row is changed.
        const problem = error instanceof Error ? error.message : String(error);
        return { pledge_id: row.id, pledged: 0, fulfilled: 0, valid_from: '0000-01-01', valid_until: FOREVER, problem };
      }
    });
    await tx.query(
      `update pledge_tallies t set pledged = x.pledged, fulfilled = x.fulfilled, valid_from = x.valid_from, valid_until = x.valid_until, problem = x.problem
         from jsonb_to_recordset($1::jsonb) as x(pledge_id text, pledged bigint, fulfilled bigint, valid_from text, valid_until text, problem text)
        where t.pledge_id = x.pledge_id`,
      [JSON.stringify(counted)],
    );
    // PGlite runs no autovacuum: after a large recount the planner would still think every row
    // stale and scan them all to find the few that are.
    if (counted.length >= 1000) await tx.exec('analyze pledge_tallies');
    return counted.length;
  });
}

interface SumRow {
  key: string | null;
  kind: UnitTotals['kind'];
  currency: string | null;
  pledged: unknown;
  fulfilled: unknown;
  count: unknown;
}

export interface KeyedTotals {
  totals: UnitTotals[];
  /** Live pledges counted. */
  count: number;
}

function byKey(rows: SumRow[]): Map<string | null, KeyedTotals> {
  const result = new Map<string | null, KeyedTotals>();
  for (const row of rows) {
    let entry = result.get(row.key);
    if (!entry) result.set(row.key, (entry = { totals: [], count: 0 }));
    entry.totals.push({ kind: row.kind, currency: row.kind === 'money' ? row.currency : null, pledged: toInt(row.pledged), fulfilled: toInt(row.fulfilled) });
    entry.count += toInt(row.count);
  }
  for (const entry of result.values()) entry.totals.sort(compareUnits);
  return result;
}

/** Per campaign (null: pledges to the chapter itself), per unit, from the trigger-kept sums. Add them up for the chapter. */
export async function totalsByCampaign(db: Db, chapterId: string): Promise<Map<string | null, KeyedTotals>> {
  const { rows } = await db.query<SumRow>(
    `select nullif(s.campaign_key, '') as key, s.kind, nullif(s.currency, '') as currency, s.pledged, s.fulfilled, s.pledges as count
       from pledge_sums s where s.chapter_id = $1 and s.pledges > 0`,
    [chapterId],
  );
  return byKey(rows);
}

/** Per affinity group, per unit, from the trigger-kept sums: every pledge of each active member. */
export async function totalsByGroup(db: Db, chapterId: string, groupId?: string): Promise<Map<string | null, KeyedTotals>> {
  const { rows } = await db.query<SumRow>(
    `select s.group_id as key, s.kind, nullif(s.currency, '') as currency, s.pledged, s.fulfilled, s.pledges as count
       from group_sums s join affinity_groups g on g.id = s.group_id
      where g.chapter_id = $1 and s.pledges > 0 ${groupId ? 'and s.group_id = $2' : ''}`,
    groupId ? [chapterId, groupId] : [chapterId],
  );
  return byKey(rows);
}

const sums = 'sum(t.pledged)::text as pledged, sum(t.fulfilled)::text as fulfilled, count(*)::int as count';

/** Per member, per unit, for the members given. */
export async function totalsByMember(db: Db, memberIds: readonly string[]): Promise<Map<string | null, KeyedTotals>> {
  if (memberIds.length === 0) return new Map();
  const { rows } = await db.query<SumRow>(
    `select t.member_id as key, t.kind, t.currency, ${sums} from pledge_tallies t
      where t.member_id = any($1::text[]) and t.live group by t.member_id, t.kind, t.currency`,
    [memberIds],
  );
  return byKey(rows);
}

/** Adds totals of many keys into one list per unit (the chapter from its campaigns, a network). */
export function addTotals(lists: Iterable<readonly UnitTotals[]>): UnitTotals[] {
  const byUnit = new Map<string, UnitTotals>();
  for (const list of lists) {
    for (const t of list) {
      const key = `${t.kind}:${t.currency ?? ''}`;
      const seen = byUnit.get(key);
      if (!seen) byUnit.set(key, { ...t });
      else {
        seen.pledged = toInt(seen.pledged + t.pledged);
        seen.fulfilled = toInt(seen.fulfilled + t.fulfilled);
      }
    }
  }
  return [...byUnit.values()].sort(compareUnits);
}

/** Pledges the recount could not read, each with why: shown beside the thermometers. */
export async function tallyProblems(db: Db, chapterId: string): Promise<string[]> {
  const { rows } = await db.query<{ pledge_id: string; problem: string }>(
    'select pledge_id, problem from pledge_tallies where chapter_id = $1 and problem is not null and live order by pledge_id limit 100',
    [chapterId],
  );
  return rows.map((r) => `pledge ${r.pledge_id} is not counted: ${r.problem}`);
}
