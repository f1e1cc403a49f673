// Meetings: scheduling, the agenda, attendance (desk, kiosk and phones), motions counted in the room,
// closing and sealing, the minutes, and the register of every decision the chapter has made.
import { z } from 'zod';
import { tallySchema } from '../proposals/tally-result.js';
import { meetingStatuses } from '../replication/meeting-tables.js';
import { method } from './define.js';
import { decisionSchema } from './proposals.js';

const id = z.string().min(1).max(64);
const isoTime = z.iso.datetime({ offset: true, error: 'use a date and time like 2026-03-05T19:00:00Z' });
const percent = z.number().int().min(0, 'a quorum is 0 to 100 per cent').max(100, 'a quorum is 0 to 100 per cent');

export const meetingStatusSchema = z.enum(meetingStatuses);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;
export const checkInViaSchema = z.enum(['desk', 'kiosk', 'phone']);
export type CheckInVia = z.infer<typeof checkInViaSchema>;

export const meetingSchema = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string().nullable(),
  place: z.string().nullable(),
  onlineLink: z.string().nullable(),
  quorumPercent: z.number().int().nullable(),
  status: meetingStatusSchema,
  sealedAt: z.string().nullable(),
  sealedBy: z.string().nullable(),
  attendanceCount: z.number().int(),
  /** The Yjs room of the minutes: `<chapter>/minutes/<id>`. */
  minutesRoom: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const agendaItemSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  title: z.string(),
  proposalId: z.string().nullable(),
  proposalTitle: z.string().nullable(),
  notes: z.string().nullable(),
  doneAt: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const attendeeSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  via: checkInViaSchema.nullable(),
  walkIn: z.boolean(),
  pledgeNote: z.string().nullable(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const motionSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: z.string().nullable(),
  proposalId: z.string().nullable(),
  text: z.string(),
  counting: z.enum(['hands', 'ballots']),
  votesFor: z.number().int(),
  votesAgainst: z.number().int(),
  votesAbstain: z.number().int(),
  proxies: z.number().int(),
  quorumPercent: z.number().int().nullable(),
  corrects: z.string().nullable(),
  decisionId: z.string().nullable(),
  /** What the count says now, against the attendance now (null while it cannot be counted). */
  preview: tallySchema.nullable(),
  problem: z.string().nullable(),
});
export type Motion = z.infer<typeof motionSchema>;

export const meetingRecordSchema = z.object({
  id: z.string(),
  sealedAt: z.string().nullable(),
  sealedBy: z.string().nullable(),
  hash: z.string().nullable(),
  deviceId: z.string().nullable(),
  chainSeq: z.number().int().nullable(),
  supersedes: z.string().nullable(),
  correction: z.string().nullable(),
});
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;

export const meetingDetailSchema = meetingSchema.extend({
  agenda: z.array(agendaItemSchema),
  attendees: z.array(attendeeSchema),
  motions: z.array(motionSchema),
  decisions: z.array(decisionSchema),
  record: meetingRecordSchema.nullable(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const checkInCandidateSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  checkedIn: z.boolean(),
});
export type CheckInCandidate = z.infer<typeof checkInCandidateSchema>;

export const signUpSchema = z.object({
  meetingId: id,
  name: z.string().trim().min(1, 'give a name').max(200),
  email: z.string().trim().toLowerCase().pipe(z.email('not an email address')).optional(),
  phone: z.string().trim().max(40).optional(),
  consent: z.boolean().default(false),
  pledge: z.string().trim().max(200).optional(),
  via: checkInViaSchema.default('desk'),
});

export const signUpResultSchema = z.object({
  attendee: attendeeSchema,
  newMember: z.boolean(),
  alreadyCheckedIn: z.boolean(),
});
export type SignUpResult = z.infer<typeof signUpResultSchema>;

export const registerEntrySchema = decisionSchema.extend({
  meetingTitle: z.string().nullable(),
  agendaItemTitle: z.string().nullable(),
  proposalTitle: z.string().nullable(),
  proposalStatus: z.string().nullable(),
  /** The implementation's progress (0 to 100) on the proposal, when there is one. */
  progress: z.number().int().nullable(),
  tags: z.array(z.string()),
  motionText: z.string().nullable(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

export const verifyProblemSchema = z.object({
  table: z.string().nullable(),
  id: z.string().nullable(),
  deviceId: z.string().nullable(),
  seq: z.number().int().nullable(),
  problem: z.string(),
});

export const verifyReportSchema = z.object({
  records: z.number().int(),
  chains: z.number().int(),
  headsChecked: z.number().int(),
  hubs: z.array(z.object({ hub: z.string(), reached: z.boolean(), heads: z.number().int(), error: z.string().nullable() })),
  problems: z.array(verifyProblemSchema),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

export const signInPageSchema = z.object({ meetingId: z.string(), urls: z.array(z.string()), shortAddress: z.string(), qrSvg: z.string() });
export type SignInPage = z.infer<typeof signInPageSchema>;

const meetingFields = z.object({
  title: z.string().trim().min(1, 'give the meeting a title').max(300),
  startsAt: isoTime,
  place: z.string().trim().max(300).nullable(),
  onlineLink: z.url({ protocol: /^https?$/, error: 'use a link like https://meet.example.org/chapter' }).max(2000).nullable(),
  quorumPercent: percent.nullable(),
});

const idInput = z.object({ id });
const countField = z.number().int().min(0, 'a count cannot be negative').max(1_000_000);

export const meetingsContract = {
  'meetings.create': method({
    input: meetingFields.extend({
      place: meetingFields.shape.place.optional(),
      onlineLink: meetingFields.shape.onlineLink.optional(),
      quorumPercent: percent.nullable().default(50),
      /** Agenda item titles to start with. */
      agenda: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
    }),
    output: meetingSchema,
    writes: true,
  }),
  'meetings.update': method({ input: z.object({ id, changes: meetingFields.partial() }), output: meetingSchema, writes: true }),
  'meetings.list': method({
    input: z.object({ search: z.string().max(200).default(''), status: meetingStatusSchema.optional() }),
    output: z.array(meetingSchema),
    writes: false,
  }),
  'meetings.get': method({ input: idInput, output: meetingDetailSchema, writes: false }),
  /** Starts the meeting: the minutes are pre-filled from the agenda if they are still empty. */
  'meetings.open': method({ input: idInput, output: meetingSchema, writes: true }),
  /** Closes and seals: attendance, agenda, minutes and decisions as one chained record. */
  'meetings.close': method({ input: idInput, output: meetingRecordSchema, writes: true }),
  /** A sealed meeting's minutes corrected: a new record that supersedes the last one, never an edit. */
  'meetings.correct': method({
    input: z.object({ id, minutes: z.string().max(1_000_000), reason: z.string().trim().min(1, 'say what the correction is for').max(2000) }),
    output: meetingRecordSchema,
    writes: true,
  }),
  'meetings.minutes': method({
    input: z.object({ id, format: z.enum(['md', 'html']).default('md') }),
    output: z.object({ fileName: z.string(), text: z.string() }),
    writes: false,
  }),

  'agenda.add': method({
    input: z.object({ meetingId: id, title: z.string().trim().min(1, 'give the item a title').max(300), proposalId: id.optional() }),
    output: agendaItemSchema,
    writes: true,
  }),
  'agenda.update': method({
    input: z.object({
      id,
      title: z.string().trim().min(1, 'give the item a title').max(300).optional(),
      notes: z.string().max(20000).nullable().optional(),
      done: z.boolean().optional(),
      proposalId: id.nullable().optional(),
    }),
    output: agendaItemSchema,
    writes: true,
  }),
  'agenda.remove': method({ input: idInput, output: z.object({ id: z.string() }), writes: true }),
  'agenda.reorder': method({ input: z.object({ meetingId: id, order: z.array(id).min(1).max(1000) }), output: z.array(agendaItemSchema), writes: true }),

  /** Members matching what was typed at the door, those already checked in marked. */
  'attendance.find': method({
    input: z.object({ meetingId: id, query: z.string().max(200), limit: z.number().int().min(1).max(50).default(8) }),
    output: z.array(checkInCandidateSchema),
    writes: false,
  }),
  'attendance.checkIn': method({
    input: z.object({ meetingId: id, memberId: id, via: checkInViaSchema.default('desk') }),
    output: z.object({ attendee: attendeeSchema, alreadyCheckedIn: z.boolean() }),
    writes: true,
  }),
  'attendance.undo': method({ input: z.object({ meetingId: id, memberId: id }), output: z.object({ memberId: z.string() }), writes: true }),
  /** A walk-in: found again by e-mail or phone if already a member, else added; then checked in. */
  'attendance.signUp': method({ input: signUpSchema, output: signUpResultSchema, writes: true }),

  'motions.put': method({
    input: z.object({
      meetingId: id,
      text: z.string().trim().min(1, 'write the motion').max(4000),
      agendaItemId: id.optional(),
      proposalId: id.optional(),
      counting: z.enum(['hands', 'ballots']).default('hands'),
      /** Defaults to the meeting's quorum. */
      quorumPercent: percent.nullable().optional(),
      /** A decision this motion corrects: when it is decided, its decision supersedes that one. */
      corrects: id.optional(),
    }),
    output: motionSchema,
    writes: true,
  }),
  'motions.count': method({
    input: z.object({ id, votesFor: countField, votesAgainst: countField, votesAbstain: countField, proxies: countField.default(0) }),
    output: motionSchema,
    writes: true,
  }),
  /** Writes the decision, sealed, linked to the meeting and agenda item (and proposal). */
  'motions.close': method({ input: idInput, output: decisionSchema, writes: true }),

  /** The phone sign-in page on the local network, while the meeting is open. */
  'meetings.signInPage': method({ input: z.object({ meetingId: id, port: z.number().int().min(0).max(65535).default(0) }), output: signInPageSchema, writes: false }),
  'meetings.signInPageState': method({ input: z.object({ meetingId: id }), output: signInPageSchema.nullable(), writes: false }),
  'meetings.stopSignInPage': method({ input: z.object({ meetingId: id }), output: z.object({ stopped: z.boolean() }), writes: false }),

  /** Kiosk mode: the window shows only the sign-in form until the lead's PIN is given. */
  'kiosk.enter': method({ input: z.object({ meetingId: id, pin: z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits') }), output: z.object({ meetingId: z.string() }), writes: false }),
  'kiosk.exit': method({ input: z.object({ pin: z.string().max(8) }), output: z.object({ ok: z.literal(true) }), writes: false }),
  'kiosk.state': method({ input: z.object({}), output: z.object({ meetingId: z.string().nullable() }), writes: false }),

  'decisions.list': method({
    input: z.object({
      search: z.string().max(200).default(''),
      meetingId: id.optional(),
      tag: z.string().max(60).optional(),
      status: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    output: z.array(registerEntrySchema),
    writes: false,
  }),
  /** Checks every sealed record's hash and chain, and the chain heads the reachable hubs recorded. */
  'decisions.verify': method({ input: z.object({ hubs: z.boolean().default(true) }), output: verifyReportSchema, writes: false }),
};
