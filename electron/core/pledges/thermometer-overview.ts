// The thermometers of the chapter (against its own goals), of each campaign (against its goal) and
// of each affinity group (no goal), as of a day: one recount of stale tallies, then a few sums.
// One function, so the contract's handler and the benchmark's bare-PGlite baseline run the same SQL.
import type { MethodOutput } from '../../../shared/contract/index.js';
import type { ThermometerViewShape, UnitTotals } from '../../../shared/contract/pledges.js';
import type { Db } from '../../../shared/db/db.js';
import type { IsoDate } from '../../../shared/pledges/calendar-date.js';
import type { PledgeKind } from '../../../shared/pledges/pledge.js';
import { compareUnits, thermometerView, unitKey, type Unit } from '../../../shared/pledges/units.js';
import { groupRows } from '../network/group-queries.js';
import { chapterName, listCampaigns, withFreshTallies } from './pledge-queries.js';
import { toInt } from './pledge-rows.js';
import { addTotals, tallyProblems, totalsByCampaign, totalsByGroup } from './pledge-tallies.js';

interface GoalRow {
  kind: PledgeKind;
  currency: string | null;
  goal: unknown;
}

/** One thermometer per unit that has a goal or anything pledged; goals from `goals`. */
export function thermometersOf(totals: readonly UnitTotals[], goals: readonly GoalRow[]): ThermometerViewShape[] {
  const units = new Map<string, Unit>();
  for (const t of totals) units.set(unitKey(t), { kind: t.kind, currency: t.currency });
  for (const g of goals) if (g.goal !== null) units.set(unitKey(g), { kind: g.kind, currency: g.kind === 'money' ? g.currency : null });
  return [...units.values()].sort(compareUnits).map((unit) => {
    const own = totals.find((t) => unitKey(t) === unitKey(unit));
    const goal = goals.find((g) => unitKey(g) === unitKey(unit) && g.goal !== null);
    return thermometerView(unit, goal ? toInt(goal.goal) : null, own?.pledged ?? 0, own?.fulfilled ?? 0);
  });
}

async function chapterGoals(db: Db, chapterId: string): Promise<GoalRow[]> {
  const { rows } = await db.query<GoalRow>('select kind, currency, goal from chapter_goals where chapter_id = $1 and goal is not null', [chapterId]);
  return rows;
}

/** The chapter's thermometers alone (after setting a goal). */
export function chapterThermometers(db: Db, chapterId: string, asOf: IsoDate): Promise<ThermometerViewShape[]> {
  return withFreshTallies(db, chapterId, asOf, async (tx) => {
    const byCampaign = await totalsByCampaign(tx, chapterId);
    return thermometersOf(addTotals([...byCampaign.values()].map((e) => e.totals)), await chapterGoals(tx, chapterId));
  });
}

export function thermometerOverview(db: Db, chapterId: string, asOf: IsoDate): Promise<MethodOutput<'thermometers.overview'>> {
  return withFreshTallies(db, chapterId, asOf, async (tx) => {
    const byCampaign = await totalsByCampaign(tx, chapterId);
    const campaigns = await listCampaigns(tx, chapterId, undefined, byCampaign);
    const byGroup = await totalsByGroup(tx, chapterId);
    const groups = await groupRows(tx, chapterId);
    return {
      asOf,
      chapter: {
        name: await chapterName(tx, chapterId),
        thermometers: thermometersOf(addTotals([...byCampaign.values()].map((e) => e.totals)), await chapterGoals(tx, chapterId)),
      },
      campaigns: campaigns.map((c) => ({ id: c.id, name: c.name, thermometer: c.thermometer })),
      groups: groups.map((g) => ({ id: g.id, name: g.name, memberCount: g.memberCount, thermometers: thermometersOf(byGroup.get(g.id)?.totals ?? [], []) })),
      problems: await tallyProblems(tx, chapterId),
    };
  });
}
