// Meetings: scheduling, agenda, attendance at the door (desk, kiosk, phones), motions counted in the
// room, closing and sealing, minutes, and the decisions register. Rows change only through change
// messages; the minutes are a Yjs document, refused once the meeting is sealed.
import { randomUUID } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';
import type { Meeting } from '../../../shared/contract/meetings.js';
import { minutesToHtml, minutesToMarkdown } from '../../../shared/meetings/minutes-export.js';
import { motionCountProblem, tallyMotion } from '../../../shared/meetings/motion-tally.js';
import { prefillMinutes } from '../../../shared/meetings/minutes-doc.js';
import type { DocService } from '../docs/doc-service.js';
import type { HandlerContext, HandlerMap } from '../handler-context.js';
import { attendanceId } from '../meetings/attendance-id.js';
import { decisionRegister } from '../meetings/decision-register.js';
import type { Kiosk } from '../meetings/kiosk.js';
import { agendaOf, findAgendaItem, findMeeting, findMotion, listMeetings, meetingDetail, presentCount, recordOf } from '../meetings/meeting-queries.js';
import { liveMinutes, recordValues, sealedMinutes } from '../meetings/meeting-minutes.js';
import type { SealedMinutes } from '../meetings/sealed-minutes.js';
import type { SignInPages } from '../meetings/signin-pages.js';
import { listChapters } from '../session-state.js';
import { verifyRecords } from '../meetings/verify-records.js';
import { attendeeOf, checkInChange, isCheckedIn, signUpWalkIn } from '../meetings/walk-in.js';
import { findMember, type RosterSizeCache } from '../members/member-queries.js';
import { doorSearch } from '../meetings/door-search.js';
import { decisionsWhere, findProposal } from '../proposals/proposal-queries.js';
import { statusAfter } from '../proposals/board-service.js';
import { sealedChanges } from '../sealing/device-chain.js';

type MeetingMethods =
  | 'meetings.create' | 'meetings.update' | 'meetings.list' | 'meetings.get' | 'meetings.open' | 'meetings.close' | 'meetings.correct' | 'meetings.minutes'
  | 'agenda.add' | 'agenda.update' | 'agenda.remove' | 'agenda.reorder'
  | 'attendance.find' | 'attendance.checkIn' | 'attendance.undo' | 'attendance.signUp'
  | 'motions.put' | 'motions.count' | 'motions.close'
  | 'meetings.signInPage' | 'meetings.signInPageState' | 'meetings.stopSignInPage'
  | 'kiosk.enter' | 'kiosk.exit' | 'kiosk.state'
  | 'decisions.list' | 'decisions.verify';

export interface MeetingServices {
  docs: DocService;
  rosterSizes: RosterSizeCache;
  sealedMinutes: SealedMinutes;
  kiosk: Kiosk;
  signInPages: SignInPages;
}

async function requireMeeting(ctx: HandlerContext, id: string): Promise<Meeting> {
  const meeting = await findMeeting(ctx.db, ctx.chapterId(), id);
  if (!meeting) throw new CallError('not_found', `there is no meeting with id ${id} in this chapter`);
  return meeting;
}

/** A meeting that may still change: not closed and sealed. */
async function requireUnsealed(ctx: HandlerContext, id: string): Promise<Meeting> {
  const meeting = await requireMeeting(ctx, id);
  if (meeting.sealedAt) throw new CallError('conflict', `"${meeting.title}" was closed and sealed on ${meeting.sealedAt.slice(0, 10)}: its record cannot change`);
  return meeting;
}

async function requireProposalIn(ctx: HandlerContext, id: string, path: string): Promise<void> {
  if (!(await findProposal(ctx.db, ctx.chapterId(), id))) throw new CallError('validation', `there is no proposal with id ${id}`, [{ path, message: 'not a proposal of this chapter' }]);
}

async function requireAgendaItemOf(ctx: HandlerContext, meetingId: string, id: string, path: string): Promise<void> {
  const item = await findAgendaItem(ctx.db, ctx.chapterId(), id);
  if (!item || item.meetingId !== meetingId) throw new CallError('validation', `there is no agenda item ${id} in this meeting`, [{ path, message: 'not an item of this meeting' }]);
}

export function meetingsHandlers(services: MeetingServices): HandlerMap<MeetingMethods> {
  const { docs, kiosk } = services;
  return {
    'meetings.create': async (input, ctx) => {
      const id = randomUUID();
      await ctx.commit([
        ctx.change('meetings', id, {
          title: input.title,
          starts_at: input.startsAt,
          place: input.place ?? null,
          online_link: input.onlineLink ?? null,
          quorum_percent: input.quorumPercent,
          status: 'scheduled',
        }),
        ...input.agenda.map((title, i) => ctx.change('agenda_items', randomUUID(), { meeting_id: id, position: (i + 1) * 10, title })),
      ]);
      return requireMeeting(ctx, id);
    },

    'meetings.update': async (input, ctx) => {
      await requireUnsealed(ctx, input.id);
      const c = input.changes;
      const values: Record<string, unknown> = {};
      if (c.title !== undefined) values.title = c.title;
      if (c.startsAt !== undefined) values.starts_at = c.startsAt;
      if (c.place !== undefined) values.place = c.place;
      if (c.onlineLink !== undefined) values.online_link = c.onlineLink;
      if (c.quorumPercent !== undefined) values.quorum_percent = c.quorumPercent;
      if (Object.keys(values).length > 0) await ctx.commit([ctx.change('meetings', input.id, values)]);
      return requireMeeting(ctx, input.id);
    },

    'meetings.list': async (input, ctx) => listMeetings(ctx.db, ctx.chapterId(), input),

    'meetings.get': async (input, ctx) => meetingDetail(ctx.db, await requireMeeting(ctx, input.id)),

    'meetings.open': async (input, ctx) => {
      const meeting = await requireUnsealed(ctx, input.id);
      if (meeting.status !== 'open') await ctx.commit([ctx.change('meetings', input.id, { status: 'open', opened_at: new Date().toISOString() })]);
      const agenda = await agendaOf(ctx.db, input.id);
      const doc = await docs.open(meeting.minutesRoom);
      if (doc.getXmlFragment('default').length === 0 && agenda.length > 0) {
        await docs.change(meeting.minutesRoom, (d) => prefillMinutes(d, agenda.map((i) => i.title)));
      }
      return requireMeeting(ctx, input.id);
    },

    'meetings.close': async (input, ctx) => {
      const meeting = await requireUnsealed(ctx, input.id);
      // Whatever was typed up to now is in the document; wait until it is stored with its projections.
      await docs.flush();
      const recordId = randomUUID();
      const values = await recordValues(ctx.db, docs, meeting, ctx.session.device.organiserName);
      const sealed = await sealedChanges(ctx, [{ table: 'meeting_records', id: recordId, values }]);
      await ctx.commit([
        ...sealed,
        ctx.change('meetings', input.id, { status: 'closed', sealed_at: values.sealed_at, sealed_by: values.sealed_by, record_id: recordId }),
      ]);
      services.sealedMinutes.add(meeting.minutesRoom);
      // Not awaited, and not in the write queue: a phone's sign-in waiting for the queue would hold
      // the page open while the page's close waited for it. The page refuses from now on anyway.
      void services.signInPages.stop(input.id).catch(() => {});
      const record = await recordOf(ctx.db, input.id);
      if (!record) throw new CallError('internal', 'the record was written but cannot be read back');
      return record;
    },

    'meetings.correct': async (input, ctx) => {
      const meeting = await requireMeeting(ctx, input.id);
      const previous = await recordOf(ctx.db, input.id);
      if (!meeting.sealedAt || !previous) throw new CallError('conflict', `"${meeting.title}" is not sealed yet: edit its minutes directly`);
      const { rows } = await ctx.db.query<Record<string, unknown>>('select * from meeting_records where id = $1', [previous.id]);
      const old = rows[0]!;
      const recordId = randomUUID();
      const values = {
        meeting_id: old.meeting_id,
        title: old.title,
        starts_at: old.starts_at,
        place: old.place,
        attendance: old.attendance,
        agenda: old.agenda,
        minutes: input.minutes,
        minutes_state_hash: old.minutes_state_hash,
        decisions: old.decisions,
        sealed_by: ctx.session.device.organiserName,
        sealed_at: new Date().toISOString(),
        supersedes: previous.id,
        correction: input.reason,
      };
      const sealed = await sealedChanges(ctx, [{ table: 'meeting_records', id: recordId, values }]);
      await ctx.commit([...sealed, ctx.change('meetings', input.id, { record_id: recordId })]);
      return (await recordOf(ctx.db, input.id))!;
    },

    'meetings.minutes': async (input, ctx) => {
      const meeting = await requireMeeting(ctx, input.id);
      const minutes = (meeting.sealedAt ? await sealedMinutes(ctx.db, meeting) : null) ?? (await liveMinutes(ctx.db, docs, meeting));
      const base = `${(meeting.startsAt ?? '').slice(0, 10)} ${meeting.title}`.trim().replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'minutes';
      return input.format === 'html'
        ? { fileName: `${base}.html`, text: minutesToHtml(minutes) }
        : { fileName: `${base}.md`, text: minutesToMarkdown(minutes) };
    },

    'agenda.add': async (input, ctx) => {
      await requireUnsealed(ctx, input.meetingId);
      if (input.proposalId) await requireProposalIn(ctx, input.proposalId, 'proposalId');
      const agenda = await agendaOf(ctx.db, input.meetingId);
      const id = randomUUID();
      const position = (agenda.at(-1)?.position ?? 0) + 10;
      await ctx.commit([ctx.change('agenda_items', id, { meeting_id: input.meetingId, position, title: input.title, proposal_id: input.proposalId ?? null })]);
      return (await findAgendaItem(ctx.db, ctx.chapterId(), id))!;
    },

    'agenda.update': async (input, ctx) => {
      const item = await findAgendaItem(ctx.db, ctx.chapterId(), input.id);
      if (!item) throw new CallError('not_found', `there is no agenda item with id ${input.id}`);
      await requireUnsealed(ctx, item.meetingId);
      if (input.proposalId) await requireProposalIn(ctx, input.proposalId, 'proposalId');
      const values: Record<string, unknown> = {};
      if (input.title !== undefined) values.title = input.title;
      if (input.notes !== undefined) values.notes = input.notes;
      if (input.proposalId !== undefined) values.proposal_id = input.proposalId;
      if (input.done !== undefined && input.done !== (item.doneAt !== null)) values.done_at = input.done ? new Date().toISOString() : null;
      if (Object.keys(values).length > 0) await ctx.commit([ctx.change('agenda_items', input.id, values)]);
      return (await findAgendaItem(ctx.db, ctx.chapterId(), input.id))!;
    },

    'agenda.remove': async (input, ctx) => {
      const item = await findAgendaItem(ctx.db, ctx.chapterId(), input.id);
      if (!item) throw new CallError('not_found', `there is no agenda item with id ${input.id}`);
      await requireUnsealed(ctx, item.meetingId);
      await ctx.commit([ctx.change('agenda_items', input.id, { deleted_at: new Date().toISOString() })]);
      return { id: input.id };
    },

    'agenda.reorder': async (input, ctx) => {
      await requireUnsealed(ctx, input.meetingId);
      const agenda = await agendaOf(ctx.db, input.meetingId);
      const known = new Set(agenda.map((i) => i.id));
      const unknown = input.order.find((id) => !known.has(id));
      if (unknown) throw new CallError('validation', `agenda item ${unknown} is not in this meeting`, [{ path: 'order', message: 'only this meeting\'s items can be ordered' }]);
      // Items not named keep their relative order, after the named ones.
      const order = [...input.order, ...agenda.map((i) => i.id).filter((id) => !input.order.includes(id))];
      const moves = order
        .map((id, i) => ({ id, position: (i + 1) * 10 }))
        .filter(({ id, position }) => agenda.find((i) => i.id === id)!.position !== position);
      if (moves.length > 0) await ctx.commit(moves.map(({ id, position }) => ctx.change('agenda_items', id, { position })));
      return agendaOf(ctx.db, input.meetingId);
    },

    'attendance.find': async (input, ctx) => {
      await requireMeeting(ctx, input.meetingId);
      if (!input.query.trim()) return [];
      const found = await doorSearch(ctx.db, ctx.chapterId(), input.query, input.limit, services.rosterSizes);
      const ids = found.map((r) => r.id);
      const { rows } = await ctx.db.query<{ member_id: string }>(
        'select member_id from attendance where id = any($1::text[]) and checked_in_at is not null and left_at is null',
        [ids.map((id) => attendanceId(input.meetingId, id))],
      );
      const present = new Set(rows.map((r) => r.member_id));
      return found.map((r) => ({ memberId: r.id, name: `${r.firstName} ${r.lastName}`.trim(), email: r.email, phone: r.phone, checkedIn: present.has(r.id) }));
    },

    'attendance.checkIn': async (input, ctx) => {
      await requireUnsealed(ctx, input.meetingId);
      const member = await findMember(ctx.db, ctx.chapterId(), input.memberId);
      if (!member || member.deletedAt || member.erasedAt) throw new CallError('validation', `there is no member with id ${input.memberId}`, [{ path: 'memberId', message: 'not a member of this chapter' }]);
      const alreadyCheckedIn = await isCheckedIn(ctx.db, input.meetingId, input.memberId);
      if (!alreadyCheckedIn) await ctx.commit([checkInChange(ctx, input.meetingId, input.memberId, input.via)]);
      return { attendee: await attendeeOf(ctx.db, input.meetingId, input.memberId), alreadyCheckedIn };
    },

    'attendance.undo': async (input, ctx) => {
      await requireUnsealed(ctx, input.meetingId);
      if (await isCheckedIn(ctx.db, input.meetingId, input.memberId)) {
        await ctx.commit([ctx.change('attendance', attendanceId(input.meetingId, input.memberId), { left_at: new Date().toISOString() })]);
      }
      return { memberId: input.memberId };
    },

    'attendance.signUp': async (input, ctx) => {
      await requireUnsealed(ctx, input.meetingId);
      return signUpWalkIn(ctx, input);
    },

    'motions.put': async (input, ctx) => {
      const meeting = await requireUnsealed(ctx, input.meetingId);
      if (input.agendaItemId) await requireAgendaItemOf(ctx, input.meetingId, input.agendaItemId, 'agendaItemId');
      if (input.proposalId) await requireProposalIn(ctx, input.proposalId, 'proposalId');
      if (input.corrects) {
        const { rows } = await ctx.db.query('select 1 from decisions where id = $1 and chapter_id = $2', [input.corrects, ctx.chapterId()]);
        if (rows.length === 0) throw new CallError('validation', `there is no decision ${input.corrects} to correct`, [{ path: 'corrects', message: 'not a decision of this chapter' }]);
      }
      const id = randomUUID();
      await ctx.commit([
        ctx.change('motions', id, {
          meeting_id: input.meetingId,
          agenda_item_id: input.agendaItemId ?? null,
          proposal_id: input.proposalId ?? null,
          text: input.text,
          counting: input.counting,
          quorum_percent: input.quorumPercent === undefined ? meeting.quorumPercent : input.quorumPercent,
          corrects: input.corrects ?? null,
        }),
      ]);
      return (await findMotion(ctx.db, ctx.chapterId(), id))!;
    },

    'motions.count': async (input, ctx) => {
      const motion = await findMotion(ctx.db, ctx.chapterId(), input.id);
      if (!motion) throw new CallError('not_found', `there is no motion with id ${input.id}`);
      await requireUnsealed(ctx, motion.meetingId);
      if (motion.decisionId) throw new CallError('conflict', 'this motion was decided already; a correction is a new motion');
      const present = await presentCount(ctx.db, motion.meetingId);
      const problem = motionCountProblem({ ...input, counting: motion.counting, present, quorumPercent: motion.quorumPercent });
      if (problem) throw new CallError('validation', problem.message, [problem]);
      await ctx.commit([
        ctx.change('motions', input.id, { votes_for: input.votesFor, votes_against: input.votesAgainst, votes_abstain: input.votesAbstain, proxies: input.proxies }),
      ]);
      return (await findMotion(ctx.db, ctx.chapterId(), input.id))!;
    },

    'motions.close': async (input, ctx) => {
      const motion = await findMotion(ctx.db, ctx.chapterId(), input.id);
      if (!motion) throw new CallError('not_found', `there is no motion with id ${input.id}`);
      await requireUnsealed(ctx, motion.meetingId);
      if (motion.decisionId) throw new CallError('conflict', 'this motion was decided already');
      const present = await presentCount(ctx.db, motion.meetingId);
      const count = { ...motion, present };
      const problem = motionCountProblem(count);
      if (problem) throw new CallError('validation', problem.message, [problem]);
      const tally = tallyMotion(count);
      const decisionId = randomUUID();
      const sealed = await sealedChanges(ctx, [
        {
          table: 'decisions',
          id: decisionId,
          values: {
            proposal_id: motion.proposalId,
            meeting_id: motion.meetingId,
            agenda_item_id: motion.agendaItemId,
            method: 'motion',
            outcome: tally.outcome,
            winner: tally.winner,
            tally,
            quorum_met: tally.quorumMet,
            closed_by: ctx.session.device.organiserName,
            closed_at: new Date().toISOString(),
            board_state_vector: null,
            board_hash: null,
            supersedes: motion.corrects,
          },
        },
      ]);
      await ctx.commit([
        ...sealed,
        ctx.change('motions', input.id, { decision_id: decisionId }),
        ...(motion.proposalId ? [ctx.change('proposals', motion.proposalId, { status: statusAfter(tally) })] : []),
      ]);
      // The newest decision on its question: it stands (or supersedes the one it corrects).
      const [decision] = await decisionsWhere(ctx.db, 'id = $1', [decisionId]);
      if (!decision) throw new CallError('internal', 'the decision was written but cannot be read back');
      return decision;
    },

    'meetings.signInPage': async (input, ctx) => {
      const meeting = await requireUnsealed(ctx, input.meetingId);
      const chapters = await listChapters(ctx.db);
      const chapterName = chapters.find((c) => c.id === ctx.chapterId())?.name ?? '';
      try {
        return await services.signInPages.start({ id: meeting.id, title: meeting.title, chapterName, minutesRoom: meeting.minutesRoom }, input.port);
      } catch (error) {
        throw new CallError('conflict', `the sign-in page could not start: ${(error as Error).message}`);
      }
    },

    'meetings.signInPageState': async (input) => services.signInPages.page(input.meetingId),

    'meetings.stopSignInPage': async (input) => ({ stopped: await services.signInPages.stop(input.meetingId) }),

    'kiosk.enter': async (input, ctx) => {
      await requireUnsealed(ctx, input.meetingId);
      kiosk.enter(input.meetingId, input.pin);
      return { meetingId: input.meetingId };
    },

    'kiosk.exit': async (input) => {
      kiosk.exit(input.pin);
      return { ok: true as const };
    },

    'kiosk.state': async () => ({ meetingId: kiosk.meetingId }),

    'decisions.list': async (input, ctx) => decisionRegister(ctx.db, ctx.chapterId(), input),

    'decisions.verify': async (input, ctx) => verifyRecords(ctx.db, ctx.chapterId(), input),
  };
}
