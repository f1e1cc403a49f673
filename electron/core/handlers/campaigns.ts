// Campaigns and thermometers: a campaign's goal (money in a currency, hours or actions), dates and
// description; the chapter's own goals; and the thermometers of the chapter, each campaign and
// each affinity group, summed from the pledge tallies after a recount of what is stale.
import { randomUUID } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';
import type { Campaign } from '../../../shared/contract/pledges.js';
import { currencyProblem } from '../../../shared/pledges/currency.js';
import type { PledgeKind } from '../../../shared/pledges/pledge.js';
import { readUnitAmount, unitKey, type Unit } from '../../../shared/pledges/units.js';
import type { HandlerContext, HandlerMap } from '../handler-context.js';
import { invalid, requireCampaign, todayOr } from '../pledges/pledge-checks.js';
import { derivedId } from '../derived-id.js';
import { listCampaigns, withFreshTallies } from '../pledges/pledge-queries.js';
import { chapterThermometers, thermometerOverview } from '../pledges/thermometer-overview.js';

type CampaignMethods = 'campaigns.create' | 'campaigns.update' | 'campaigns.delete' | 'campaigns.list' | 'campaigns.get' | 'thermometers.overview' | 'thermometers.setChapterGoal';

function unitOf(kind: PledgeKind, currency: string | undefined | null, path = 'currency'): Unit {
  if (kind !== 'money') {
    if (currency) throw invalid(path, `a goal of ${kind} has no currency; leave it out`);
    return { kind, currency: null };
  }
  if (!currency) throw invalid(path, 'a money goal needs a currency, like USD');
  const bad = currencyProblem(currency);
  if (bad) throw invalid(path, bad);
  return { kind, currency };
}

function readGoal(text: string, unit: Unit): number {
  const read = readUnitAmount(text, unit);
  if (!read.ok) throw invalid('goal', read.reason.replace(/^the amount/, 'the goal'));
  if (read.amount <= 0) throw invalid('goal', 'the goal is more than 0');
  return read.amount;
}

function checkDates(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw invalid('endsOn', `the campaign ends (${endsOn}) before it starts (${startsOn})`);
}

async function campaignOf(ctx: HandlerContext, id: string, asOf?: string): Promise<Campaign> {
  const campaigns = await withFreshTallies(ctx.db, ctx.chapterId(), todayOr(asOf), (tx) => listCampaigns(tx, ctx.chapterId(), id));
  if (!campaigns[0]) throw new CallError('not_found', `there is no campaign with id ${id} in this chapter`);
  return campaigns[0];
}

export function campaignsHandlers(): HandlerMap<CampaignMethods> {
  return {
    'campaigns.create': async (input, ctx) => {
      const unit = unitOf(input.kind, input.currency);
      const goal = readGoal(input.goal, unit);
      checkDates(input.startsOn, input.endsOn);
      const id = randomUUID();
      await ctx.commit([
        ctx.change('campaigns', id, {
          name: input.name,
          description: input.description || null,
          goal_kind: unit.kind,
          currency: unit.currency,
          goal,
          starts_on: input.startsOn ?? null,
          ends_on: input.endsOn ?? null,
          created_at: new Date().toISOString(),
        }),
      ]);
      return campaignOf(ctx, id);
    },

    'campaigns.update': async (input, ctx) => {
      const row = await requireCampaign(ctx, input.id);
      const c = input.changes;
      const values: Record<string, unknown> = {};
      if (c.name !== undefined) values.name = c.name;
      if (c.description !== undefined) values.description = c.description || null;
      if (c.goal !== undefined) values.goal = readGoal(c.goal, unitOf(row.goal_kind, row.currency));
      if (c.startsOn !== undefined) values.starts_on = c.startsOn;
      if (c.endsOn !== undefined) values.ends_on = c.endsOn;
      checkDates(c.startsOn === undefined ? row.starts_on : c.startsOn, c.endsOn === undefined ? row.ends_on : c.endsOn);
      if (Object.keys(values).length > 0) await ctx.commit([ctx.change('campaigns', input.id, values)]);
      return campaignOf(ctx, input.id);
    },

    'campaigns.delete': async (input, ctx) => {
      await requireCampaign(ctx, input.id);
      const { rows } = await ctx.db.query<{ n: number }>('select count(*)::int as n from pledges where campaign_id = $1 and deleted_at is null', [input.id]);
      const live = rows[0]?.n ?? 0;
      if (live > 0) throw new CallError('conflict', `${live} ${live === 1 ? 'pledge counts' : 'pledges count'} toward this campaign; cancel or delete ${live === 1 ? 'it' : 'them'} first`);
      await ctx.commit([ctx.change('campaigns', input.id, { deleted_at: new Date().toISOString() })]);
      return { id: input.id };
    },

    'campaigns.list': async (input, ctx) => withFreshTallies(ctx.db, ctx.chapterId(), todayOr(input.asOf), (tx) => listCampaigns(tx, ctx.chapterId())),

    'campaigns.get': async (input, ctx) => {
      const campaign = await campaignOf(ctx, input.id, input.asOf);
      const { rows } = await ctx.db.query<{ id: string; name: string; link_id: string }>(
        `select p.id, p.name, l.id as link_id from partner_links l join partners p on p.id = l.partner_id
          where l.campaign_id = $1 and l.active and p.deleted_at is null order by p.name`,
        [input.id],
      );
      return { ...campaign, partners: rows.map((r) => ({ id: r.id, name: r.name, linkId: r.link_id })) };
    },

    'thermometers.overview': async (input, ctx) => thermometerOverview(ctx.db, ctx.chapterId(), todayOr(input.asOf)),

    'thermometers.setChapterGoal': async (input, ctx) => {
      const unit = unitOf(input.kind, input.currency);
      const goal = input.goal === null ? null : readGoal(input.goal, unit);
      const chapterId = ctx.chapterId();
      // One row per chapter and unit, by a derived id: two devices setting it meet on one row.
      await ctx.commit([ctx.change('chapter_goals', derivedId('cg', chapterId, unitKey(unit)), { kind: unit.kind, currency: unit.currency, goal })]);
      return { thermometers: await chapterThermometers(ctx.db, chapterId, todayOr(undefined)) };
    },
  };
}
