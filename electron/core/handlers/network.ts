// The chapter's network: affinity groups and their totals, partner organisations, a member's own
// page, recruitment trees and the leaderboards. Rows change only through change messages.
import { randomUUID } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';
import type { Group, Partner, UnitTotals } from '../../../shared/contract/index.js';
import { thermometerView } from '../../../shared/pledges/units.js';
import type { HandlerContext, HandlerMap } from '../handler-context.js';
import { findMember } from '../members/member-queries.js';
import { groupMembers, groupRows } from '../network/group-queries.js';
import { linksOf, partnerRows } from '../network/partner-queries.js';
import { buildTree, recruitsBelow, topFundraisers, topRecruiters } from '../network/recruit-queries.js';
import { requireCampaign, requireMember, todayOr } from '../pledges/pledge-checks.js';
import { derivedId } from '../derived-id.js';
import { listPledges, withFreshTallies } from '../pledges/pledge-queries.js';
import { addTotals, totalsByGroup, totalsByMember } from '../pledges/pledge-tallies.js';

type NetworkMethods =
  | 'groups.create' | 'groups.update' | 'groups.delete' | 'groups.list' | 'groups.get' | 'groups.addMember' | 'groups.removeMember'
  | 'partners.create' | 'partners.update' | 'partners.delete' | 'partners.list' | 'partners.get' | 'partners.link' | 'partners.unlink'
  | 'network.member' | 'network.tree' | 'network.leaderboard';

async function requireGroup(ctx: HandlerContext, id: string): Promise<Group> {
  const [group] = await groupRows(ctx.db, ctx.chapterId(), { id });
  if (!group) throw new CallError('not_found', `there is no affinity group with id ${id} in this chapter`);
  return group;
}

async function requirePartner(ctx: HandlerContext, id: string): Promise<Partner> {
  const [partner] = await partnerRows(ctx.db, ctx.chapterId(), { id });
  if (!partner) throw new CallError('not_found', `there is no partner with id ${id} in this chapter`);
  return partner;
}

type PartnerFields = Partial<{
  name: string;
  description: string | null;
  worksOn: string[];
  contacts: Partner['contacts'];
  website: string | null;
  notes: string | null;
}>;

function partnerValues(fields: PartnerFields): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (fields.name !== undefined) values.name = fields.name;
  if (fields.description !== undefined) values.description = fields.description || null;
  if (fields.worksOn !== undefined) values.works_on = [...new Set(fields.worksOn)];
  if (fields.contacts !== undefined) values.contacts = fields.contacts;
  if (fields.website !== undefined) values.website = fields.website || null;
  if (fields.notes !== undefined) values.notes = fields.notes || null;
  return values;
}

/** A thermometer per unit, without a goal: a group's or a member's own. */
function goalless(totals: readonly UnitTotals[]) {
  return totals.map((t) => thermometerView({ kind: t.kind, currency: t.currency }, null, t.pledged, t.fulfilled));
}

export function networkHandlers(): HandlerMap<NetworkMethods> {
  return {
    'groups.create': async (input, ctx) => {
      const id = randomUUID();
      await ctx.commit([ctx.change('affinity_groups', id, { name: input.name, description: input.description || null, created_at: new Date().toISOString() })]);
      return requireGroup(ctx, id);
    },

    'groups.update': async (input, ctx) => {
      await requireGroup(ctx, input.id);
      const values: Record<string, unknown> = {};
      if (input.changes.name !== undefined) values.name = input.changes.name;
      if (input.changes.description !== undefined) values.description = input.changes.description || null;
      if (Object.keys(values).length > 0) await ctx.commit([ctx.change('affinity_groups', input.id, values)]);
      return requireGroup(ctx, input.id);
    },

    'groups.delete': async (input, ctx) => {
      await requireGroup(ctx, input.id);
      await ctx.commit([ctx.change('affinity_groups', input.id, { deleted_at: new Date().toISOString() })]);
      return { id: input.id };
    },

    'groups.list': async (input, ctx) => groupRows(ctx.db, ctx.chapterId(), { memberId: input.memberId }),

    'groups.get': async (input, ctx) => {
      const group = await requireGroup(ctx, input.id);
      const chapterId = ctx.chapterId();
      return withFreshTallies(ctx.db, chapterId, todayOr(input.asOf), async (tx) => {
        const totals = (await totalsByGroup(tx, chapterId, input.id)).get(input.id)?.totals ?? [];
        return { ...group, members: await groupMembers(tx, input.id), thermometers: goalless(totals) };
      });
    },

    'groups.addMember': async (input, ctx) => {
      await requireGroup(ctx, input.groupId);
      await requireMember(ctx, input.memberId);
      const values = { group_id: input.groupId, member_id: input.memberId, active: true, at: new Date().toISOString() };
      await ctx.commit([ctx.change('group_members', derivedId('gm', input.groupId, input.memberId), values)]);
      ctx.touched('affinity_groups');
      return requireGroup(ctx, input.groupId);
    },

    'groups.removeMember': async (input, ctx) => {
      await requireGroup(ctx, input.groupId);
      const id = derivedId('gm', input.groupId, input.memberId);
      const { rows } = await ctx.db.query<{ active: boolean }>('select active from group_members where id = $1', [id]);
      if (!rows[0]?.active) throw new CallError('conflict', 'that member is not in this group');
      await ctx.commit([ctx.change('group_members', id, { active: false, at: new Date().toISOString() })]);
      ctx.touched('affinity_groups');
      return requireGroup(ctx, input.groupId);
    },

    'partners.create': async (input, ctx) => {
      const id = randomUUID();
      await ctx.commit([ctx.change('partners', id, { ...partnerValues(input), created_at: new Date().toISOString() })]);
      return requirePartner(ctx, id);
    },

    'partners.update': async (input, ctx) => {
      await requirePartner(ctx, input.id);
      const values = partnerValues(input.changes);
      if (Object.keys(values).length > 0) await ctx.commit([ctx.change('partners', input.id, values)]);
      return requirePartner(ctx, input.id);
    },

    'partners.delete': async (input, ctx) => {
      await requirePartner(ctx, input.id);
      await ctx.commit([ctx.change('partners', input.id, { deleted_at: new Date().toISOString() })]);
      return { id: input.id };
    },

    'partners.list': async (input, ctx) => partnerRows(ctx.db, ctx.chapterId(), { search: input.search, worksOn: input.worksOn }),

    'partners.get': async (input, ctx) => requirePartner(ctx, input.id),

    'partners.link': async (input, ctx) => {
      await requirePartner(ctx, input.partnerId);
      if (input.campaignId) await requireCampaign(ctx, input.campaignId);
      // One link per partner and campaign, meeting or event: linking again revives the same row.
      const id = input.campaignId
        ? derivedId('pl', input.partnerId, 'campaign', input.campaignId)
        : input.meetingId
          ? derivedId('pl', input.partnerId, 'meeting', input.meetingId)
          : derivedId('pl', input.partnerId, 'event', input.event!.title.toLowerCase(), input.event!.on);
      await ctx.commit([
        ctx.change('partner_links', id, {
          partner_id: input.partnerId,
          campaign_id: input.campaignId ?? null,
          meeting_id: input.meetingId ?? null,
          event_title: input.event?.title ?? null,
          event_on: input.event?.on ?? null,
          note: input.note || null,
          active: true,
        }),
      ]);
      ctx.touched('partners', 'campaigns');
      return (await linksOf(ctx.db, [], id))[0]!;
    },

    'partners.unlink': async (input, ctx) => {
      const [link] = await linksOf(ctx.db, [], input.linkId);
      if (!link) throw new CallError('not_found', `there is no partner link with id ${input.linkId}`);
      await requirePartner(ctx, link.partnerId);
      await ctx.commit([ctx.change('partner_links', input.linkId, { active: false })]);
      ctx.touched('partners', 'campaigns');
      return { id: input.linkId };
    },

    'network.member': async (input, ctx) => {
      const chapterId = ctx.chapterId();
      const member = await requireMember(ctx, input.memberId);
      const record = (await findMember(ctx.db, chapterId, member.id))!;
      const recruiter = record.recruitedBy ? await findMember(ctx.db, chapterId, record.recruitedBy) : null;
      const asOf = todayOr(input.asOf);
      return withFreshTallies(ctx.db, chapterId, asOf, async (tx) => {
        const network = await recruitsBelow(tx, chapterId, member.id, 100);
        const direct = network.filter((r) => r.depth === 1);
        const totals = await totalsByMember(tx, [member.id, ...network.map((r) => r.id)]);
        const of = (id: string) => totals.get(id)?.totals ?? [];
        const directCounts = new Map<string, number>();
        for (const r of network) if (r.depth === 2) directCounts.set(r.recruited_by, (directCounts.get(r.recruited_by) ?? 0) + 1);
        return {
          member: {
            ...member,
            joinedOn: record.joinedOn,
            recruitedBy: recruiter ? { id: recruiter.id, name: `${recruiter.firstName} ${recruiter.lastName}`.trim() } : null,
          },
          pledges: (await listPledges(tx, chapterId, { memberId: member.id, limit: 500 }, asOf)).rows,
          thermometers: goalless(of(member.id)),
          recruits: buildTree(member.id, direct.map((r) => ({ ...r, more: directCounts.get(r.id) ?? 0 })), of),
          networkSize: network.length,
          recruitsPledged: addTotals(direct.map((r) => of(r.id))),
          networkPledged: addTotals(network.map((r) => of(r.id))),
          groups: (await groupRows(tx, chapterId, { memberId: member.id })).map((g) => ({ id: g.id, name: g.name })),
        };
      });
    },

    'network.tree': async (input, ctx) => {
      const chapterId = ctx.chapterId();
      const member = await requireMember(ctx, input.memberId);
      const record = (await findMember(ctx.db, chapterId, member.id))!;
      return withFreshTallies(ctx.db, chapterId, todayOr(undefined), async (tx) => {
        const rows = await recruitsBelow(tx, chapterId, member.id, input.depth);
        const totals = await totalsByMember(tx, [member.id, ...rows.map((r) => r.id)]);
        const of = (id: string) => totals.get(id)?.totals ?? [];
        return { id: member.id, name: member.name, joinedOn: record.joinedOn, pledged: of(member.id), recruits: buildTree(member.id, rows, of), more: 0 };
      });
    },

    'network.leaderboard': async (input, ctx) => {
      if (input.from && input.to && input.to < input.from) {
        throw new CallError('validation', `the period ends (${input.to}) before it starts (${input.from})`, [{ path: 'to', message: 'before the first day' }]);
      }
      const chapterId = ctx.chapterId();
      return {
        from: input.from ?? null,
        to: input.to ?? null,
        recruiters: await topRecruiters(ctx.db, chapterId, input.from, input.to, input.limit),
        fundraisers: await topFundraisers(ctx.db, chapterId, input.from, input.to, input.limit),
      };
    },
  };
}
