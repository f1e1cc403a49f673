// The chapter's network: affinity groups inside it (a reading group, a neighbourhood team) with
// their own totals, recruitment (who recruited whom, as a tree, and a leaderboard over a period),
// a member's own page, and the directory of partner organisations.
import { z } from 'zod';
import { isoDateSchema } from '../pledges/calendar-date.js';
import { method } from './define.js';
import { memberRefSchema, pledgeKindSchema, pledgeViewSchema, thermometerViewSchema, unitTotalsSchema } from './pledges.js';

const int = z.number().int();
const id = z.string().min(1).max(64);
const date = (subject: string) => isoDateSchema(subject);

export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  memberCount: int,
  createdAt: z.string().nullable(),
});
export type Group = z.infer<typeof groupSchema>;

export const contactSchema = z.object({
  name: z.string().trim().min(1, 'give the contact a name').max(200),
  role: z.string().trim().max(200).nullable().default(null),
  email: z.string().trim().toLowerCase().pipe(z.email('not an email address')).nullable().default(null),
  phone: z.string().trim().max(40).nullable().default(null),
});

export const partnerLinkSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  kind: z.enum(['campaign', 'meeting', 'event']),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  meetingId: z.string().nullable(),
  eventTitle: z.string().nullable(),
  eventOn: z.string().nullable(),
  note: z.string().nullable(),
});
export type PartnerLink = z.infer<typeof partnerLinkSchema>;

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  worksOn: z.array(z.string()),
  contacts: z.array(z.object({ name: z.string(), role: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** Campaigns and events shared with the chapter. */
  links: z.array(partnerLinkSchema),
});
export type Partner = z.infer<typeof partnerSchema>;

const partnerFields = z.object({
  name: z.string().trim().min(1, 'give the partner a name').max(300),
  description: z.string().trim().max(4000).nullable(),
  worksOn: z.array(z.string().trim().min(1).max(60)).max(50),
  contacts: z.array(contactSchema).max(50),
  website: z.string().trim().max(500).nullable(),
  notes: z.string().max(20000).nullable(),
});

export interface RecruitNode {
  id: string;
  name: string;
  joinedOn: string | null;
  /** What this member pledged, per unit, as of today. */
  pledged: z.infer<typeof unitTotalsSchema>[];
  /** Their own recruits, to the depth asked; `more` counts those left out below it. */
  recruits: RecruitNode[];
  more: number;
}

export const recruitNodeSchema: z.ZodType<RecruitNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    joinedOn: z.string().nullable(),
    pledged: z.array(unitTotalsSchema),
    recruits: z.array(recruitNodeSchema),
    more: int,
  }),
);

export const networkContract = {
  'groups.create': method({
    input: z.object({ name: z.string().trim().min(1, 'give the group a name').max(200), description: z.string().trim().max(4000).optional() }),
    output: groupSchema,
    writes: true,
  }),
  'groups.update': method({
    input: z.object({
      id,
      changes: z.object({ name: z.string().trim().min(1, 'give the group a name').max(200).optional(), description: z.string().trim().max(4000).nullable().optional() }),
    }),
    output: groupSchema,
    writes: true,
  }),
  'groups.delete': method({ input: z.object({ id }), output: z.object({ id: z.string() }), writes: true }),
  'groups.list': method({ input: z.object({ memberId: id.optional() }), output: z.array(groupSchema), writes: false }),
  /** A group with its members and its totals per unit (a thermometer each, without a goal). */
  'groups.get': method({
    input: z.object({ id, asOf: date('the date').optional() }),
    output: groupSchema.extend({ members: z.array(memberRefSchema), thermometers: z.array(thermometerViewSchema) }),
    writes: false,
  }),
  'groups.addMember': method({ input: z.object({ groupId: id, memberId: id }), output: groupSchema, writes: true }),
  'groups.removeMember': method({ input: z.object({ groupId: id, memberId: id }), output: groupSchema, writes: true }),

  'partners.create': method({
    input: partnerFields.partial().extend({ name: partnerFields.shape.name }),
    output: partnerSchema,
    writes: true,
  }),
  'partners.update': method({ input: z.object({ id, changes: partnerFields.partial() }), output: partnerSchema, writes: true }),
  'partners.delete': method({ input: z.object({ id }), output: z.object({ id: z.string() }), writes: true }),
  /** The directory, searched over names, descriptions, topics, contacts and notes. */
  'partners.list': method({
    input: z.object({ search: z.string().max(200).default(''), worksOn: z.string().max(60).optional() }),
    output: z.array(partnerSchema),
    writes: false,
  }),
  'partners.get': method({ input: z.object({ id }), output: partnerSchema, writes: false }),
  /** Shares a campaign, a meeting, or an event (a title and a date) with a partner. */
  'partners.link': method({
    input: z
      .object({
        partnerId: id,
        campaignId: id.optional(),
        meetingId: id.optional(),
        event: z.object({ title: z.string().trim().min(1, 'give the event a title').max(300), on: date('the event date') }).optional(),
        note: z.string().trim().max(2000).optional(),
      })
      .refine((l) => [l.campaignId, l.meetingId, l.event].filter((x) => x !== undefined).length === 1, {
        error: 'link exactly one of a campaign, a meeting or an event',
      }),
    output: partnerLinkSchema,
    writes: true,
  }),
  'partners.unlink': method({ input: z.object({ linkId: id }), output: z.object({ id: z.string() }), writes: true }),

  /**
   * A member's own page: their pledges and thermometers (per unit, no goal), their direct recruits,
   * what those recruits pledged, and what their whole network below them pledged.
   */
  'network.member': method({
    input: z.object({ memberId: id, asOf: date('the date').optional() }),
    output: z.object({
      member: memberRefSchema.extend({ joinedOn: z.string().nullable(), recruitedBy: memberRefSchema.nullable() }),
      pledges: z.array(pledgeViewSchema),
      thermometers: z.array(thermometerViewSchema),
      recruits: z.array(recruitNodeSchema),
      /** Everyone below the member, at every depth. */
      networkSize: int,
      recruitsPledged: z.array(unitTotalsSchema),
      networkPledged: z.array(unitTotalsSchema),
      groups: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
    writes: false,
  }),
  /** Who the member recruited, and whom they recruited, to `depth` levels. */
  'network.tree': method({
    input: z.object({ memberId: id, depth: int.min(1).max(20).default(5) }),
    output: recruitNodeSchema,
    writes: false,
  }),
  /**
   * Recruiters (members who joined in the period, by who recruited them) and fundraisers (money
   * paid in the period, one list per currency; hours and actions fulfilled likewise).
   */
  'network.leaderboard': method({
    input: z.object({ from: date('the first day').optional(), to: date('the last day').optional(), limit: int.min(1).max(100).default(10) }),
    output: z.object({
      from: z.string().nullable(),
      to: z.string().nullable(),
      recruiters: z.array(z.object({ member: memberRefSchema, recruits: int })),
      fundraisers: z.array(
        z.object({
          kind: pledgeKindSchema,
          currency: z.string().nullable(),
          entries: z.array(z.object({ member: memberRefSchema, amount: int, payments: int })),
        }),
      ),
    }),
    writes: false,
  }),
};
