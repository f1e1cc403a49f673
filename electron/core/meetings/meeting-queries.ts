// Reading meetings: the list, one meeting with its agenda, attendance, motions and decisions.
import type { AgendaItem, Attendee, Meeting, MeetingDetail, MeetingRecord, Motion } from '../../../shared/contract/meetings.js';
import type { Db } from '../../../shared/db/db.js';
import { motionCountProblem, tallyMotion } from '../../../shared/meetings/motion-tally.js';
import { minutesRoom } from '../../../shared/meetings/minutes-doc.js';
import type { MeetingStatus } from '../../../shared/contract/meetings.js';
import { decisionsWhere } from '../proposals/proposal-queries.js';

interface MeetingRow {
  id: string;
  chapter_id: string;
  title: string;
  starts_at: string | null;
  place: string | null;
  online_link: string | null;
  quorum_percent: number | null;
  status: MeetingStatus;
  sealed_at: string | null;
  sealed_by: string | null;
  attendance_count: number;
}

const meetingSelect = `select m.id, m.chapter_id, m.title, m.starts_at, m.place, m.online_link, m.quorum_percent, m.status, m.sealed_at, m.sealed_by,
  (select count(*)::integer from attendance a where a.meeting_id = m.id and a.checked_in_at is not null and a.left_at is null) as attendance_count
  from meetings m`;

function toMeeting(r: MeetingRow): Meeting {
  return {
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    place: r.place,
    onlineLink: r.online_link,
    quorumPercent: r.quorum_percent,
    // A sealed meeting is closed whatever a later offline edit of its status says.
    status: r.sealed_at ? 'closed' : r.status,
    sealedAt: r.sealed_at,
    sealedBy: r.sealed_by,
    attendanceCount: r.attendance_count,
    minutesRoom: minutesRoom(r.chapter_id, r.id),
  };
}

export async function findMeeting(db: Db, chapterId: string, id: string): Promise<Meeting | null> {
  const { rows } = await db.query<MeetingRow>(`${meetingSelect} where m.id = $1 and m.chapter_id = $2 and m.deleted_at is null`, [id, chapterId]);
  return rows[0] ? toMeeting(rows[0]) : null;
}

export async function listMeetings(db: Db, chapterId: string, filter: { search: string; status?: MeetingStatus | undefined }): Promise<Meeting[]> {
  const params: unknown[] = [chapterId];
  let where = 'm.chapter_id = $1 and m.deleted_at is null';
  if (filter.search.trim()) {
    params.push(`%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where += ` and (lower(m.title) like $${params.length} or lower(coalesce(m.place, '')) like $${params.length})`;
  }
  const { rows } = await db.query<MeetingRow>(`${meetingSelect} where ${where} order by m.starts_at desc nulls last, m.title`, params);
  const meetings = rows.map(toMeeting);
  return filter.status ? meetings.filter((m) => m.status === filter.status) : meetings;
}

export async function agendaOf(db: Db, meetingId: string): Promise<AgendaItem[]> {
  const { rows } = await db.query<{ id: string; meeting_id: string; position: number; title: string; proposal_id: string | null; proposal_title: string | null; notes: string | null; done_at: string | null }>(
    `select a.id, a.meeting_id, a.position, a.title, a.proposal_id, p.title as proposal_title, a.notes, a.done_at
       from agenda_items a left join proposals p on p.id = a.proposal_id
      where a.meeting_id = $1 and a.deleted_at is null order by a.position, a.id`,
    [meetingId],
  );
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    position: r.position,
    title: r.title,
    proposalId: r.proposal_id,
    proposalTitle: r.proposal_title,
    notes: r.notes,
    doneAt: r.done_at,
  }));
}

export async function findAgendaItem(db: Db, chapterId: string, id: string): Promise<AgendaItem | null> {
  const { rows } = await db.query<{ meeting_id: string }>('select meeting_id from agenda_items where id = $1 and chapter_id = $2 and deleted_at is null', [id, chapterId]);
  if (!rows[0]) return null;
  return (await agendaOf(db, rows[0].meeting_id)).find((item) => item.id === id) ?? null;
}

export async function attendeesOf(db: Db, meetingId: string): Promise<Attendee[]> {
  const { rows } = await db.query<{ member_id: string; name: string; email: string | null; phone: string | null; checked_in_at: string | null; via: Attendee['via']; walk_in: boolean; pledge_note: string | null }>(
    `select a.member_id, trim(coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')) as name, m.email, m.phone,
            a.checked_in_at, a.via, a.walk_in, a.pledge_note
       from attendance a left join members m on m.id = a.member_id
      where a.meeting_id = $1 and a.checked_in_at is not null and a.left_at is null
      order by a.checked_in_at, a.member_id`,
    [meetingId],
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    name: r.name || '(erased member)',
    email: r.email,
    phone: r.phone,
    checkedInAt: r.checked_in_at,
    via: r.via,
    walkIn: r.walk_in,
    pledgeNote: r.pledge_note,
  }));
}

export async function presentCount(db: Db, meetingId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::integer as n from attendance where meeting_id = $1 and checked_in_at is not null and left_at is null',
    [meetingId],
  );
  return rows[0]?.n ?? 0;
}

interface MotionRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  proposal_id: string | null;
  text: string;
  counting: 'hands' | 'ballots';
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  proxies: number;
  quorum_percent: number | null;
  corrects: string | null;
  decision_id: string | null;
}

function toMotion(r: MotionRow, present: number): Motion {
  const count = {
    counting: r.counting,
    votesFor: r.votes_for,
    votesAgainst: r.votes_against,
    votesAbstain: r.votes_abstain,
    proxies: r.proxies,
    present,
    quorumPercent: r.quorum_percent,
  };
  const problem = motionCountProblem(count);
  return {
    id: r.id,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    proposalId: r.proposal_id,
    text: r.text,
    counting: r.counting,
    votesFor: r.votes_for,
    votesAgainst: r.votes_against,
    votesAbstain: r.votes_abstain,
    proxies: r.proxies,
    quorumPercent: r.quorum_percent,
    corrects: r.corrects,
    decisionId: r.decision_id,
    preview: problem ? null : tallyMotion(count),
    problem: problem?.message ?? null,
  };
}

export async function motionsOf(db: Db, meetingId: string): Promise<Motion[]> {
  const present = await presentCount(db, meetingId);
  const { rows } = await db.query<MotionRow>('select * from motions where meeting_id = $1 and deleted_at is null order by updated_hlc, id', [meetingId]);
  // A motion's own row changes when it is counted; the order it was put in is its first stamp.
  return rows.map((r) => toMotion(r, present));
}

export async function findMotion(db: Db, chapterId: string, id: string): Promise<Motion | null> {
  const { rows } = await db.query<MotionRow>('select * from motions where id = $1 and chapter_id = $2 and deleted_at is null', [id, chapterId]);
  if (!rows[0]) return null;
  return toMotion(rows[0], await presentCount(db, rows[0].meeting_id));
}

export async function recordOf(db: Db, meetingId: string): Promise<MeetingRecord | null> {
  const { rows } = await db.query<{ id: string; sealed_at: string | null; sealed_by: string | null; hash: string | null; device_id: string | null; chain_seq: number | null; supersedes: string | null; correction: string | null }>(
    // The latest record stands: a correction supersedes the one before it.
    'select id, sealed_at, sealed_by, hash, device_id, chain_seq, supersedes, correction from meeting_records where meeting_id = $1 order by updated_hlc desc limit 1',
    [meetingId],
  );
  const r = rows[0];
  return r ? { id: r.id, sealedAt: r.sealed_at, sealedBy: r.sealed_by, hash: r.hash, deviceId: r.device_id, chainSeq: r.chain_seq, supersedes: r.supersedes, correction: r.correction } : null;
}

export async function meetingDetail(db: Db, meeting: Meeting): Promise<MeetingDetail> {
  const [agenda, attendees, motions, decisions, record] = await Promise.all([
    agendaOf(db, meeting.id),
    attendeesOf(db, meeting.id),
    motionsOf(db, meeting.id),
    decisionsWhere(db, 'meeting_id = $1', [meeting.id]),
    recordOf(db, meeting.id),
  ]);
  return { ...meeting, agenda, attendees, motions, decisions, record };
}
