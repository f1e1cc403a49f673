// What is due and who is behind, by the shared rules (shared/pledges/due-instalments.ts), over only
// the pledges that can matter: for a week, those whose schedule can reach into it; for what is
// owed, those whose tally shows more pledged than fulfilled (an unpaid instalment due by the day
// always does, so nothing is missed). Organisers see names; shared views get counts and amounts.
import type { DueItem } from '../../../shared/contract/pledges.js';
import type { Db } from '../../../shared/db/db.js';
import type { IsoDate } from '../../../shared/pledges/calendar-date.js';
import { behind, dueThisWeek, dueUpTo, weekContaining, type DueInstalment, type PledgeArrears, type WeekDay } from '../../../shared/pledges/due-instalments.js';
import { indexInstalmentStatuses, type InstalmentMarks } from '../../../shared/pledges/instalment-marks.js';
import type { Pledge } from '../../../shared/pledges/pledge.js';
import { compareUnits, unitKey, type Unit } from '../../../shared/pledges/units.js';
import { markColumns, marksToStatuses, pledgeListJoins, pledgeListSelect, rowToPledge, type MarkRow, type PledgeListRow } from './pledge-rows.js';
import { refreshTallies } from './pledge-tallies.js';

interface Loaded {
  rows: Map<string, PledgeListRow>;
  pledges: Pledge[];
  marks: InstalmentMarks;
}

async function load(db: Db, chapterId: string, where: string, params: unknown[], markWhere: string, markParams: unknown[]): Promise<Loaded> {
  const { rows } = await db.query<PledgeListRow>(
    `select ${pledgeListSelect} from pledges p ${pledgeListJoins} where p.chapter_id = $1 and p.deleted_at is null and ${where}`,
    [chapterId, ...params],
  );
  const pledges: Pledge[] = [];
  for (const row of rows) {
    try {
      pledges.push(rowToPledge(row));
    } catch {
      // Listed by the thermometers' problems; it has no schedule to be due on.
    }
  }
  const { rows: markRows } = await db.query<MarkRow>(
    `select ${markColumns.replace(/(\w+)/g, 'm.$1')} from instalment_marks m where m.chapter_id = $1 and m.status is not null and ${markWhere}`,
    [chapterId, ...markParams],
  );
  return { rows: new Map(rows.map((r) => [r.id, r])), pledges, marks: indexInstalmentStatuses(marksToStatuses(markRows)) };
}

/** Pledges whose tally on `asOf` shows something pledged and not fulfilled, with all their marks. */
async function loadUnfulfilled(db: Db, chapterId: string, asOf: IsoDate): Promise<Loaded> {
  await refreshTallies(db, chapterId, asOf);
  const unfulfilled = 'p.id in (select pledge_id from pledge_tallies where chapter_id = $1 and live and pledged > fulfilled)';
  return load(db, chapterId, unfulfilled, [], `m.pledge_id in (select pledge_id from pledge_tallies where chapter_id = $1 and live and pledged > fulfilled)`, []);
}

function toItem(due: DueInstalment, rows: Map<string, PledgeListRow>): DueItem {
  const row = rows.get(due.pledgeId)!;
  return {
    instalmentId: due.id,
    pledgeId: due.pledgeId,
    member: row.member_id && row.member_name !== null ? { id: row.member_id, name: row.member_name } : null,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    kind: due.kind,
    amount: due.amount,
    currency: due.currency,
    dueOn: due.dueOn,
    status: due.status,
  };
}

export async function dueInWeek(db: Db, chapterId: string, today: IsoDate, weekStartsOn: WeekDay): Promise<{ from: IsoDate; to: IsoDate; items: DueItem[] }> {
  const week = weekContaining(today, weekStartsOn);
  const loaded = await load(
    db,
    chapterId,
    `p.start_on <= $2 and (p.recurrence <> 'once' or p.start_on >= $3) and (p.cancelled_on is null or p.cancelled_on > $3)`,
    [week.to, week.from],
    'm.due_on between $2 and $3',
    [week.from, week.to],
  );
  const due = dueThisWeek(loaded.pledges, loaded.marks, today, weekStartsOn);
  return { ...week, items: due.map((d) => toItem(d, loaded.rows)) };
}

export function dueByToday(db: Db, chapterId: string, today: IsoDate): Promise<DueItem[]> {
  return db.transaction(async (tx) => {
    const loaded = await loadUnfulfilled(tx, chapterId, today);
    return dueUpTo(loaded.pledges, loaded.marks, today).map((d) => toItem(d, loaded.rows));
  });
}

export interface NamedArrears extends PledgeArrears {
  row: PledgeListRow;
}

export function behindOn(db: Db, chapterId: string, asOf: IsoDate): Promise<NamedArrears[]> {
  return db.transaction(async (tx) => {
    const loaded = await loadUnfulfilled(tx, chapterId, asOf);
    return behind(loaded.pledges, loaded.marks, asOf)
      .map((a) => ({ ...a, row: loaded.rows.get(a.pledgeId)! }))
      .sort((a, b) => a.oldestDueOn.localeCompare(b.oldestDueOn) || (a.row.member_name ?? '').localeCompare(b.row.member_name ?? ''));
  });
}

/** Amounts per unit, money first: never added across currencies. */
export function amountsByUnit(items: readonly { kind: Unit['kind']; currency: string | null; amount: number }[]): { kind: Unit['kind']; currency: string | null; amount: number }[] {
  const byUnit = new Map<string, { kind: Unit['kind']; currency: string | null; amount: number }>();
  for (const item of items) {
    const key = unitKey(item);
    const seen = byUnit.get(key);
    if (seen) seen.amount += item.amount;
    else byUnit.set(key, { kind: item.kind, currency: item.currency, amount: item.amount });
  }
  return [...byUnit.values()].sort(compareUnits);
}
