// Proposals: drafting, support, comments, the vote board and its decisions, the implementation
// trail. Rows change only through change messages; the body and the votes live in Yjs documents.
import { randomUUID } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';
import type { Proposal } from '../../../shared/contract/proposals.js';
import { setPlainText } from '../../../shared/docs/plain-text.js';
import { voterCount } from '../../../shared/proposals/board-doc.js';
import type { DocService } from '../docs/doc-service.js';
import type { HandlerContext, HandlerMap } from '../handler-context.js';
import { findMember } from '../members/member-queries.js';
import { boardRoom, bodyRoom, decide, decisionValues, statusAfter, tallyOf, vote } from '../proposals/board-service.js';
import { sealedChanges } from '../sealing/device-chain.js';
import { findMeeting, presentCount } from '../meetings/meeting-queries.js';
import { proposalMarkdown } from '../proposals/proposal-markdown.js';
import { decisionsOf, findProposal, listProposals, proposalDetail } from '../proposals/proposal-queries.js';

type ProposalMethods =
  | 'proposals.create' | 'proposals.get' | 'proposals.list' | 'proposals.update' | 'proposals.setBody' | 'proposals.support'
  | 'proposals.comment' | 'proposals.openBoard' | 'proposals.vote' | 'proposals.tally' | 'proposals.close'
  | 'proposals.addMilestone' | 'proposals.updateMilestone' | 'proposals.exportMarkdown' | 'docs.open' | 'docs.update' | 'docs.awareness';

async function requireProposal(ctx: HandlerContext, id: string): Promise<Proposal> {
  const proposal = await findProposal(ctx.db, ctx.chapterId(), id);
  if (!proposal) throw new CallError('not_found', `there is no proposal with id ${id} in this chapter`);
  return proposal;
}

async function requireMemberIn(ctx: HandlerContext, id: string, path: string): Promise<void> {
  const member = await findMember(ctx.db, ctx.chapterId(), id);
  if (!member || member.deletedAt || member.erasedAt) throw new CallError('validation', `there is no member with id ${id}`, [{ path, message: 'not a member of this chapter' }]);
}

function roomInChapter(ctx: HandlerContext, room: string): string {
  const [chapter] = room.split('/');
  if (chapter !== ctx.chapterId()) throw new CallError('not_found', 'that document is not in this chapter');
  return room;
}

export function proposalsHandlers(docs: DocService): HandlerMap<ProposalMethods> {
  return {
    'proposals.create': async (input, ctx) => {
      const id = randomUUID();
      if (input.advocateId) await requireMemberIn(ctx, input.advocateId, 'advocateId');
      await ctx.commit([
        ctx.change('proposals', id, {
          title: input.title,
          summary: input.summary ?? null,
          tags: input.tags,
          advocate_id: input.advocateId ?? null,
          created_by: ctx.session.device.organiserName,
          created_at: new Date().toISOString(),
          status: 'proposed',
        }),
      ]);
      if (input.body) await docs.change(bodyRoom(ctx.chapterId(), id), (doc) => setPlainText(doc, input.body!));
      return requireProposal(ctx, id);
    },

    'proposals.get': async (input, ctx) => proposalDetail(ctx.db, await requireProposal(ctx, input.id)),

    'proposals.list': async (input, ctx) => listProposals(ctx.db, ctx.chapterId(), input),

    'proposals.update': async (input, ctx) => {
      await requireProposal(ctx, input.id);
      const c = input.changes;
      if (c.advocateId) await requireMemberIn(ctx, c.advocateId, 'changes.advocateId');
      if (c.ownerId) await requireMemberIn(ctx, c.ownerId, 'changes.ownerId');
      const values: Record<string, unknown> = {};
      if (c.title !== undefined) values.title = c.title;
      if (c.summary !== undefined) values.summary = c.summary;
      if (c.tags !== undefined) values.tags = c.tags;
      if (c.advocateId !== undefined) values.advocate_id = c.advocateId;
      if (c.status !== undefined) values.status = c.status;
      if (c.ownerId !== undefined) values.owner_id = c.ownerId;
      if (c.progress !== undefined) values.progress = c.progress;
      if (Object.keys(values).length > 0) await ctx.commit([ctx.change('proposals', input.id, values)]);
      return requireProposal(ctx, input.id);
    },

    'proposals.setBody': async (input, ctx) => {
      await requireProposal(ctx, input.id);
      await docs.change(bodyRoom(ctx.chapterId(), input.id), (doc) => setPlainText(doc, input.text));
      return requireProposal(ctx, input.id);
    },

    'proposals.support': async (input, ctx) => {
      await requireProposal(ctx, input.id);
      await requireMemberIn(ctx, input.memberId, 'memberId');
      // One row per member and proposal, by its id: supporting twice is still one support.
      const rowId = `${input.id}_${input.memberId}`;
      await ctx.commit([ctx.change('proposal_supports', rowId, { proposal_id: input.id, member_id: input.memberId, supported: input.supported, at: new Date().toISOString() })]);
      ctx.touched('proposals');
      return requireProposal(ctx, input.id);
    },

    'proposals.comment': async (input, ctx) => {
      await requireProposal(ctx, input.proposalId);
      const id = randomUUID();
      const createdAt = new Date().toISOString();
      await ctx.commit([
        ctx.change('proposal_comments', id, {
          proposal_id: input.proposalId,
          parent_id: input.parentId ?? null,
          body: input.body,
          author_name: ctx.session.device.organiserName,
          author_member_id: ctx.session.device.organiserMemberId,
          created_at: createdAt,
        }),
      ]);
      return { id, parentId: input.parentId ?? null, body: input.body, authorName: ctx.session.device.organiserName, createdAt };
    },

    'proposals.openBoard': async (input, ctx) => {
      const proposal = await requireProposal(ctx, input.id);
      if (proposal.board) throw new CallError('conflict', 'this proposal already has a vote board; close it and supersede its decision to vote again');
      if (input.board.eligible !== 'all') for (const id of input.board.eligible) await requireMemberIn(ctx, id, 'board.eligible');
      await ctx.commit([ctx.change('proposals', input.id, { board: input.board, status: 'voting' })]);
      return requireProposal(ctx, input.id);
    },

    'proposals.vote': async (input, ctx) => {
      const proposal = await requireProposal(ctx, input.id);
      if (!proposal.board) throw new CallError('conflict', 'this proposal has no vote board yet');
      if ((await decisionsOf(ctx.db, input.id)).some((d) => d.standing !== 'superseded')) {
        throw new CallError('conflict', 'this board is closed: the decision has been recorded');
      }
      const voters = await vote(ctx.db, docs, {
        chapterId: ctx.chapterId(),
        proposalId: input.id,
        board: proposal.board,
        memberId: input.memberId,
        ballot: input.ballot,
        proxy: input.proxy,
        replace: input.replace,
        organiser: ctx.session.device.organiserName,
      });
      return { voters };
    },

    'proposals.tally': async (input, ctx) => {
      const proposal = await requireProposal(ctx, input.id);
      if (!proposal.board) return { tally: null, hidden: false, voters: 0 };
      const doc = await docs.open(boardRoom(ctx.chapterId(), input.id));
      // Closed means decided, whatever the status says (a status change must not reveal results).
      const closed = (await decisionsOf(ctx.db, input.id)).some((d) => d.standing !== 'superseded');
      if (proposal.board.hideResultsUntilClosed && !closed) return { tally: null, hidden: true, voters: voterCount(doc) };
      const tally = await tallyOf(ctx.db, doc, ctx.chapterId(), proposal.board);
      return { tally, hidden: false, voters: tally.voters };
    },

    'proposals.close': async (input, ctx) => {
      const proposal = await requireProposal(ctx, input.id);
      if (!proposal.board) throw new CallError('conflict', 'this proposal has no vote board to close');
      const decisions = await decisionsOf(ctx.db, input.id);
      const live = decisions.filter((d) => d.standing !== 'superseded');
      if (live.length > 0 && !input.supersedes) throw new CallError('conflict', 'this board is closed already; a new decision must supersede the old one (--supersedes ID)');
      if (input.supersedes && !decisions.some((d) => d.id === input.supersedes)) {
        throw new CallError('validation', `there is no decision ${input.supersedes} on this proposal`, [{ path: 'supersedes', message: 'not a decision of this proposal' }]);
      }
      let quorumBase = input.quorumBase;
      if (input.meetingId) {
        const meeting = await findMeeting(ctx.db, ctx.chapterId(), input.meetingId);
        if (!meeting) throw new CallError('validation', `there is no meeting ${input.meetingId}`, [{ path: 'meetingId', message: 'not a meeting of this chapter' }]);
        if (meeting.sealedAt) throw new CallError('conflict', `"${meeting.title}" is closed and sealed: decide in an open meeting`);
        if (quorumBase === undefined && proposal.board.quorum?.kind === 'attendance') quorumBase = await presentCount(ctx.db, input.meetingId);
      }
      const record = await decide(ctx.db, docs, {
        chapterId: ctx.chapterId(),
        proposalId: input.id,
        board: proposal.board,
        closedBy: ctx.session.device.organiserName,
        supersedes: input.supersedes ?? null,
        ...(quorumBase !== undefined ? { quorumBase } : {}),
        meetingId: input.meetingId ?? null,
        agendaItemId: input.agendaItemId ?? null,
      });
      const sealed = await sealedChanges(ctx, [{ table: 'decisions', id: record.id, values: decisionValues(record) }]);
      await ctx.commit([
        ...sealed,
        ctx.change('proposals', input.id, { status: statusAfter(record.tally) }),
      ]);
      const decision = (await decisionsOf(ctx.db, input.id)).find((d) => d.id === record.id);
      if (!decision) throw new CallError('internal', 'the decision was written but cannot be read back');
      return decision;
    },

    'proposals.addMilestone': async (input, ctx) => {
      await requireProposal(ctx, input.proposalId);
      const id = randomUUID();
      await ctx.commit([ctx.change('milestones', id, { proposal_id: input.proposalId, title: input.title, due_on: input.dueOn ?? null })]);
      return { id, title: input.title, dueOn: input.dueOn ?? null, doneAt: null };
    },

    'proposals.updateMilestone': async (input, ctx) => {
      const { rows } = await ctx.db.query<{ id: string; title: string; due_on: string | null; done_at: string | null }>(
        'select id, title, due_on, done_at from milestones where id = $1 and chapter_id = $2 and deleted_at is null',
        [input.id, ctx.chapterId()],
      );
      const existing = rows[0];
      if (!existing) throw new CallError('not_found', `there is no milestone with id ${input.id}`);
      const values: Record<string, unknown> = {};
      if (input.title !== undefined) values.title = input.title;
      if (input.dueOn !== undefined) values.due_on = input.dueOn;
      if (input.done !== undefined) values.done_at = input.done ? new Date().toISOString() : null;
      // The trail names the milestone, so its title travels with a change of state.
      if (values.done_at) values.title = input.title ?? existing.title;
      if (Object.keys(values).length > 0) await ctx.commit([ctx.change('milestones', input.id, values)]);
      const done = 'done_at' in values ? (values.done_at as string | null) : existing.done_at;
      return { id: existing.id, title: (values.title as string) ?? existing.title, dueOn: 'due_on' in values ? (values.due_on as string | null) : existing.due_on, doneAt: done };
    },

    'proposals.exportMarkdown': async (input, ctx) => {
      const detail = await proposalDetail(ctx.db, await requireProposal(ctx, input.id));
      const slug = detail.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'proposal';
      return { fileName: `${slug}.md`, markdown: proposalMarkdown(detail) };
    },

    'docs.open': async (input, ctx) => ({ update: Buffer.from(await docs.stateAsUpdate(roomInChapter(ctx, input.room))).toString('base64') }),

    'docs.awareness': async (input, ctx) => {
      await docs.relayAwareness(roomInChapter(ctx, input.room), input.update);
      return {};
    },

    'docs.update': async (input, ctx) => {
      await docs.apply(roomInChapter(ctx, input.room), Buffer.from(input.update, 'base64'), { kind: 'renderer', connection: 0 });
      return {};
    },
  };
}
