// Proposals: drafting, support, comments, the vote board, decisions, and the implementation trail.
import { z } from 'zod';
import { boardSchema } from '../proposals/board.js';
import { tallySchema } from '../proposals/tally-result.js';
import { proposalStatuses } from '../replication/proposal-tables.js';
import { method } from './define.js';

export const proposalStatusSchema = z.enum(proposalStatuses);
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;

const tag = z.string().trim().min(1).max(60);
const memberRef = z.object({ id: z.string(), name: z.string() });

export const proposalSchema = z.object({
  id: z.string(),
  chapterId: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  tags: z.array(z.string()),
  advocate: memberRef.nullable(),
  owner: memberRef.nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string().nullable(),
  status: proposalStatusSchema,
  progress: z.number().int(),
  board: boardSchema.nullable(),
  bodyText: z.string(),
  supportCount: z.number().int(),
  voteCount: z.number().int(),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const commentSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string().nullable(),
});

export const milestoneSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueOn: z.string().nullable(),
  doneAt: z.string().nullable(),
});

export const decisionSchema = z.object({
  id: z.string(),
  proposalId: z.string().nullable(),
  /** Set when it was decided in a meeting, under one of its agenda items. */
  meetingId: z.string().nullable(),
  agendaItemId: z.string().nullable(),
  method: z.string().nullable(),
  outcome: z.string().nullable(),
  winner: z.string().nullable(),
  tally: tallySchema.nullable(),
  rounds: z.array(z.unknown()),
  quorumMet: z.boolean().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  boardHash: z.string().nullable(),
  hash: z.string().nullable(),
  supersedes: z.string().nullable(),
  /** The earliest decision stands; one taken apart at the same time is a conflict to settle. */
  standing: z.enum(['stands', 'conflict', 'superseded']),
});
export type Decision = z.infer<typeof decisionSchema>;

export const trailEntrySchema = z.object({ at: z.string(), who: z.string().nullable(), what: z.string() });

export const proposalDetailSchema = proposalSchema.extend({
  comments: z.array(commentSchema),
  milestones: z.array(milestoneSchema),
  decisions: z.array(decisionSchema),
  trail: z.array(trailEntrySchema),
  supporters: z.array(memberRef),
});
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;

const proposalFields = z.object({
  title: z.string().trim().min(1, 'give the proposal a title').max(300),
  summary: z.string().trim().max(4000).nullable(),
  tags: z.array(tag).max(50),
  advocateId: z.string().min(1).nullable(),
  status: proposalStatusSchema,
  ownerId: z.string().min(1).nullable(),
  progress: z.number().int().min(0, 'progress is 0 to 100').max(100, 'progress is 0 to 100'),
});

const idInput = z.object({ id: z.string().min(1) });

export const proposalsContract = {
  'proposals.create': method({
    input: proposalFields.pick({ title: true }).extend({
      summary: z.string().trim().max(4000).optional(),
      body: z.string().max(200000).optional(),
      tags: z.array(tag).max(50).default([]),
      advocateId: z.string().min(1).optional(),
    }),
    output: proposalSchema,
    writes: true,
  }),
  'proposals.get': method({ input: idInput, output: proposalDetailSchema, writes: false }),
  'proposals.list': method({
    input: z.object({ search: z.string().max(200).default(''), status: proposalStatusSchema.optional(), tag: z.string().max(60).optional() }),
    output: z.array(proposalSchema),
    writes: false,
  }),
  'proposals.update': method({ input: z.object({ id: z.string().min(1), changes: proposalFields.partial() }), output: proposalSchema, writes: true }),
  /** Replaces the body with plain paragraphs (scripts and the CLI; the app co-edits the document). */
  'proposals.setBody': method({ input: z.object({ id: z.string().min(1), text: z.string().max(200000) }), output: proposalSchema, writes: true }),
  'proposals.support': method({
    input: z.object({ id: z.string().min(1), memberId: z.string().min(1), supported: z.boolean().default(true) }),
    output: proposalSchema,
    writes: true,
  }),
  'proposals.comment': method({
    input: z.object({ proposalId: z.string().min(1), parentId: z.string().min(1).optional(), body: z.string().trim().min(1, 'write something').max(20000) }),
    output: commentSchema,
    writes: true,
  }),
  'proposals.openBoard': method({ input: z.object({ id: z.string().min(1), board: boardSchema }), output: proposalSchema, writes: true }),
  'proposals.vote': method({
    input: z.object({
      id: z.string().min(1),
      memberId: z.string().min(1),
      ballot: z.unknown(),
      /** Entered by an organiser for a member reached by phone or at the door. */
      proxy: z.boolean().default(false),
      /** Replace the member's earlier vote while the board is open. */
      replace: z.boolean().default(false),
    }),
    output: z.object({ voters: z.number().int() }),
    writes: true,
  }),
  'proposals.tally': method({
    input: idInput,
    output: z.object({ tally: tallySchema.nullable(), hidden: z.boolean(), voters: z.number().int() }),
    writes: false,
  }),
  'proposals.close': method({
    input: z.object({
      id: z.string().min(1),
      supersedes: z.string().min(1).optional(),
      quorumBase: z.number().int().min(0).optional(),
      /** Closed in this meeting (under this agenda item): a quorum of attendance counts its attendance list. */
      meetingId: z.string().min(1).optional(),
      agendaItemId: z.string().min(1).optional(),
    }),
    output: decisionSchema,
    writes: true,
  }),
  'proposals.addMilestone': method({
    input: z.object({ proposalId: z.string().min(1), title: z.string().trim().min(1).max(300), dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2025-03-31').optional() }),
    output: milestoneSchema,
    writes: true,
  }),
  'proposals.updateMilestone': method({
    input: z.object({ id: z.string().min(1), title: z.string().trim().min(1).max(300).optional(), dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(), done: z.boolean().optional() }),
    output: milestoneSchema,
    writes: true,
  }),
  'proposals.exportMarkdown': method({ input: idInput, output: z.object({ fileName: z.string(), markdown: z.string() }), writes: false }),
  /** A document's whole state (base64 Yjs update), for the renderer's replica. */
  'docs.open': method({ input: z.object({ room: z.string().max(200) }), output: z.object({ update: z.string() }), writes: false }),
  /** An update the renderer made to an open document. */
  'docs.update': method({ input: z.object({ room: z.string().max(200), update: z.string().max(20_000_000) }), output: z.object({}), writes: false }),
  /** A y-protocols awareness update (cursor, name, colour): relayed to other windows and the hubs, never stored. */
  'docs.awareness': method({ input: z.object({ room: z.string().max(200), update: z.string().max(100_000) }), output: z.object({}), writes: false }),
};
