// A meeting's minutes as a document to export, and the record sealed when it closes. An open
// meeting's minutes are read live (the Yjs document, the agenda, the attendance); a sealed
// meeting's come from its record alone, so what is exported is exactly what was sealed.
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { Meeting } from '../../../shared/contract/meetings.js';
import type { Db } from '../../../shared/db/db.js';
import { minutesMarkdown } from '../../../shared/meetings/minutes-doc.js';
import type { MinutesDecision, MinutesDocument } from '../../../shared/meetings/minutes-export.js';
import { tallySchema } from '../../../shared/proposals/tally-result.js';
import type { DocService } from '../docs/doc-service.js';
import { agendaOf, attendeesOf } from './meeting-queries.js';
import { decisionsWhere } from '../proposals/proposal-queries.js';

async function meetingDecisions(db: Db, meetingId: string): Promise<(MinutesDecision & { id: string })[]> {
  const decisions = (await decisionsWhere(db, 'meeting_id = $1', [meetingId])).filter((d) => d.standing !== 'superseded');
  const ids = decisions.map((d) => d.id);
  const { rows } = await db.query<{ id: string; motion: string | null; proposal: string | null; agenda: string | null }>(
    `select d.id, mo.text as motion, p.title as proposal, ai.title as agenda from decisions d
       left join motions mo on mo.decision_id = d.id left join proposals p on p.id = d.proposal_id
       left join agenda_items ai on ai.id = d.agenda_item_id where d.id = any($1::text[])`,
    [ids],
  );
  const names = new Map(rows.map((r) => [r.id, r]));
  return decisions.map((d) => ({
    id: d.id,
    title: names.get(d.id)?.motion ?? names.get(d.id)?.proposal ?? 'Decision',
    agendaItem: names.get(d.id)?.agenda ?? null,
    outcome: d.outcome,
    tally: d.tally,
    closedAt: d.closedAt,
    hash: d.hash,
  }));
}

/** What a meeting's minutes are made of, as it stands now: both the export and the seal read it. */
async function meetingNow(db: Db, docs: DocService, meeting: Meeting) {
  const [agenda, attendees, decisions, doc] = await Promise.all([agendaOf(db, meeting.id), attendeesOf(db, meeting.id), meetingDecisions(db, meeting.id), docs.open(meeting.minutesRoom)]);
  return { agenda, attendees, decisions, doc };
}

/** The columns of a meeting's sealed record, as they stand now (chain place and hash come later). */
export async function recordValues(db: Db, docs: DocService, meeting: Meeting, sealedBy: string | null): Promise<Record<string, unknown>> {
  const { agenda, attendees, decisions, doc } = await meetingNow(db, docs, meeting);
  return {
    meeting_id: meeting.id,
    title: meeting.title,
    starts_at: meeting.startsAt,
    place: meeting.place,
    attendance: attendees.map((a) => ({ member_id: a.memberId, name: a.name, checked_in_at: a.checkedInAt, via: a.via, walk_in: a.walkIn })),
    agenda: agenda.map((i) => ({ id: i.id, title: i.title, done: i.doneAt !== null, notes: i.notes, proposal_id: i.proposalId })),
    minutes: minutesMarkdown(doc),
    minutes_state_hash: createHash('sha256').update(Y.encodeStateAsUpdate(doc)).digest('hex'),
    decisions: decisions.map((d) => ({ id: d.id, title: d.title, agenda_item: d.agendaItem, outcome: d.outcome, tally: d.tally, closed_at: d.closedAt, hash: d.hash })),
    sealed_by: sealedBy,
    sealed_at: new Date().toISOString(),
    supersedes: null,
    correction: null,
  };
}

export async function liveMinutes(db: Db, docs: DocService, meeting: Meeting): Promise<MinutesDocument> {
  const { agenda, attendees, decisions, doc } = await meetingNow(db, docs, meeting);
  return {
    title: meeting.title,
    startsAt: meeting.startsAt,
    place: meeting.place,
    onlineLink: meeting.onlineLink,
    present: attendees.length,
    walkIns: attendees.filter((a) => a.walkIn).length,
    agenda: agenda.map((i) => ({ title: i.title, done: i.doneAt !== null, notes: i.notes })),
    minutes: minutesMarkdown(doc),
    decisions,
    seal: null,
  };
}

interface RecordRow {
  title: string | null;
  starts_at: string | null;
  place: string | null;
  attendance: { walk_in?: boolean }[] | null;
  agenda: { title: string; done: boolean; notes: string | null }[] | null;
  minutes: string | null;
  decisions: { title: string; agenda_item: string | null; outcome: string | null; tally: unknown; closed_at: string | null; hash: string | null }[] | null;
  sealed_at: string | null;
  sealed_by: string | null;
  hash: string | null;
  correction: string | null;
}

/** The minutes exactly as sealed: the latest record of the meeting (a correction supersedes). */
export async function sealedMinutes(db: Db, meeting: Meeting): Promise<MinutesDocument | null> {
  const { rows } = await db.query<RecordRow>('select * from meeting_records where meeting_id = $1 order by updated_hlc desc limit 1', [meeting.id]);
  const r = rows[0];
  if (!r) return null;
  const attendance = r.attendance ?? [];
  return {
    title: r.title ?? meeting.title,
    startsAt: r.starts_at,
    place: r.place,
    onlineLink: meeting.onlineLink,
    present: attendance.length,
    walkIns: attendance.filter((a) => a.walk_in).length,
    agenda: (r.agenda ?? []).map((i) => ({ title: i.title, done: i.done, notes: i.notes })),
    minutes: r.minutes ?? '',
    decisions: (r.decisions ?? []).map((d) => {
      const tally = tallySchema.safeParse(d.tally);
      return { title: d.title, agendaItem: d.agenda_item, outcome: d.outcome, tally: tally.success ? tally.data : null, closedAt: d.closed_at, hash: d.hash };
    }),
    seal: { at: r.sealed_at, by: r.sealed_by, hash: r.hash, correction: r.correction },
  };
}
