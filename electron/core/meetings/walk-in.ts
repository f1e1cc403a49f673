// Signing people in at a meeting: checking in a member, and signing up a walk-in, who is found
// again if already a member (same e-mail or phone) and added otherwise, never twice. Everything a
// sign-in changes is committed in one transaction.
import { randomUUID } from 'node:crypto';
import type { Attendee, CheckInVia, SignUpResult } from '../../../shared/contract/meetings.js';
import { CallError } from '../../../shared/contract/errors.js';
import type { Db } from '../../../shared/db/db.js';
import { readPhone, splitFullName } from '../../../shared/members/import-values.js';
import type { ChangeMessage } from '../../../shared/replication/messages.js';
import type { HandlerContext } from '../handler-context.js';
import { attendanceId } from './attendance-id.js';

export interface WalkIn {
  meetingId: string;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  consent: boolean;
  pledge?: string | undefined;
  via: CheckInVia;
}

interface ContactRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  email_consent: boolean | null;
  sms_consent: boolean | null;
}

async function chapterCountry(db: Db, chapterId: string): Promise<string> {
  const { rows } = await db.query<{ country: string }>('select country from chapters where id = $1', [chapterId]);
  return rows[0]?.country ?? 'US';
}

/** A live member with this e-mail (any case) or this phone; the e-mail match wins. */
async function findByContact(db: Db, chapterId: string, email: string | null, phone: string | null): Promise<ContactRow | null> {
  const { rows } = await db.query<ContactRow>(
    `select id, first_name, last_name, email, phone, email_consent, sms_consent from members
      where chapter_id = $1 and deleted_at is null and erased_at is null and merged_into is null
        and ((lower(email) = $2) or (phone = $3))
      order by (lower(email) = $2) desc nulls last, updated_hlc limit 1`,
    [chapterId, email, phone],
  );
  return rows[0] ?? null;
}

export async function isCheckedIn(db: Db, meetingId: string, memberId: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from attendance where id = $1 and checked_in_at is not null and left_at is null', [attendanceId(meetingId, memberId)]);
  return rows.length > 0;
}

/** The change that checks a member in (nothing when already in: the first check-in time stays). */
export function checkInChange(ctx: HandlerContext, meetingId: string, memberId: string, via: CheckInVia, extra: { walkIn?: boolean; pledgeNote?: string | null } = {}): ChangeMessage {
  return ctx.change('attendance', attendanceId(meetingId, memberId), {
    meeting_id: meetingId,
    member_id: memberId,
    checked_in_at: new Date().toISOString(),
    via,
    walk_in: extra.walkIn ?? false,
    ...(extra.pledgeNote ? { pledge_note: extra.pledgeNote } : {}),
    left_at: null,
  });
}

export async function attendeeOf(db: Db, meetingId: string, memberId: string): Promise<Attendee> {
  const { rows } = await db.query<{ name: string; email: string | null; phone: string | null; checked_in_at: string | null; via: Attendee['via']; walk_in: boolean; pledge_note: string | null }>(
    `select trim(coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')) as name, m.email, m.phone, a.checked_in_at, a.via, a.walk_in, a.pledge_note
       from attendance a join members m on m.id = a.member_id where a.id = $1`,
    [attendanceId(meetingId, memberId)],
  );
  const r = rows[0];
  if (!r) throw new CallError('internal', 'the check-in was written but cannot be read back');
  return { memberId, name: r.name, email: r.email, phone: r.phone, checkedInAt: r.checked_in_at, via: r.via, walkIn: r.walk_in, pledgeNote: r.pledge_note };
}

export async function signUpWalkIn(ctx: HandlerContext, walkIn: WalkIn): Promise<SignUpResult> {
  const chapterId = ctx.chapterId();
  const email = walkIn.email ?? null;
  let phone: string | null = null;
  if (walkIn.phone) {
    const read = readPhone(walkIn.phone, await chapterCountry(ctx.db, chapterId));
    if (!read.ok) throw new CallError('validation', `"${walkIn.phone}" is not a phone number we can read`, [{ path: 'phone', message: 'write it with its country code, like +1 555 123 4567' }]);
    phone = read.value;
  }
  if (!email && !phone) {
    throw new CallError('validation', 'give an e-mail address or a phone number, so we can find you again', [{ path: 'email', message: 'give an e-mail or a phone number' }]);
  }

  const existing = await findByContact(ctx.db, chapterId, email, phone);
  const messages: ChangeMessage[] = [];
  let memberId: string;
  if (existing) {
    memberId = existing.id;
    // Fill in what the roster lacks and record consent given now; never erase or overwrite.
    const fill: Record<string, unknown> = {};
    if (email && !existing.email) fill.email = email;
    if (phone && !existing.phone) fill.phone = phone;
    if (walkIn.consent && email && existing.email_consent !== true) fill.email_consent = true;
    if (walkIn.consent && phone && existing.sms_consent !== true) fill.sms_consent = true;
    if (Object.keys(fill).length > 0) messages.push(ctx.change('members', memberId, fill));
  } else {
    memberId = randomUUID();
    const { firstName = '', lastName = '' } = splitFullName(walkIn.name);
    messages.push(
      ctx.change('members', memberId, {
        first_name: firstName,
        last_name: lastName,
        email,
        phone,
        email_consent: email ? walkIn.consent : null,
        sms_consent: phone ? walkIn.consent : null,
        status: 'supporter',
        tags: ['walk-in'],
        joined_on: new Date().toISOString().slice(0, 10),
      }),
    );
  }
  const alreadyCheckedIn = existing ? await isCheckedIn(ctx.db, walkIn.meetingId, memberId) : false;
  if (!alreadyCheckedIn) messages.push(checkInChange(ctx, walkIn.meetingId, memberId, walkIn.via, { walkIn: !existing, pledgeNote: walkIn.pledge ?? null }));
  else if (walkIn.pledge) messages.push(ctx.change('attendance', attendanceId(walkIn.meetingId, memberId), { pledge_note: walkIn.pledge }));
  if (messages.length > 0) await ctx.commit(messages);
  return { attendee: await attendeeOf(ctx.db, walkIn.meetingId, memberId), newMember: !existing, alreadyCheckedIn };
}
