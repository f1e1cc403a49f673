// A meeting through the contract: agenda, check-ins and walk-ins, motions with quorum from the
// attendance list, closing and sealing, minutes, the decisions register and verification.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core-api.js';
import { CallError } from '../../../shared/contract/errors.js';
import { closeAndRemove, openChapterCore } from '../../support/core-fixture.js';

let core: Core;
let members: string[];

beforeEach(async () => {
  core = await openChapterCore();
  members = [];
  for (const [first, email] of [['Ann', 'ann@example.org'], ['Bo', 'bo@example.org'], ['Cy', null], ['Di', null], ['Ed', null], ['Flo', null]] as const) {
    members.push((await core.call('members.create', { firstName: first, lastName: 'Member', email })).id);
  }
});
afterEach(async () => {
  await closeAndRemove(core);
});

async function refusal(promise: Promise<unknown>): Promise<CallError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(CallError);
  return error as CallError;
}

async function scheduled() {
  return core.call('meetings.create', { title: 'March general meeting', startsAt: '2026-03-05T19:00:00Z', place: 'Community hall', agenda: ['Welcome', 'Rent strike fund', 'Any other business'] });
}

describe('meetings', () => {
  it('schedules a meeting with an agenda that can be reordered, edited and marked done', async () => {
    const meeting = await scheduled();
    expect(meeting).toMatchObject({ status: 'scheduled', quorumPercent: 50, attendanceCount: 0, minutesRoom: expect.stringMatching(/\/minutes\//) });
    let detail = await core.call('meetings.get', { id: meeting.id });
    expect(detail.agenda.map((i) => i.title)).toEqual(['Welcome', 'Rent strike fund', 'Any other business']);
    const added = await core.call('agenda.add', { meetingId: meeting.id, title: 'Treasurer report' });
    await core.call('agenda.reorder', { meetingId: meeting.id, order: [added.id, detail.agenda[0]!.id] });
    await core.call('agenda.update', { id: added.id, notes: 'Balance $1,200', done: true });
    detail = await core.call('meetings.get', { id: meeting.id });
    expect(detail.agenda.map((i) => [i.title, i.doneAt !== null])).toEqual([
      ['Treasurer report', true],
      ['Welcome', false],
      ['Rent strike fund', false],
      ['Any other business', false],
    ]);
    expect((await core.call('meetings.list', { search: 'march' })).map((m) => m.id)).toEqual([meeting.id]);
    const bad = await refusal(core.call('meetings.create', { title: '', startsAt: 'tomorrow' } as never));
    expect(bad.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['title', 'startsAt']));
  });

  it('checks members in once, finds them by a keystroke or two, and signs up walk-ins without duplicates', async () => {
    const meeting = await scheduled();
    const found = await core.call('attendance.find', { meetingId: meeting.id, query: 'fl' });
    expect(found.map((c) => c.name)).toEqual(['Flo Member']);
    const first = await core.call('attendance.checkIn', { meetingId: meeting.id, memberId: found[0]!.memberId });
    const again = await core.call('attendance.checkIn', { meetingId: meeting.id, memberId: found[0]!.memberId });
    expect([first.alreadyCheckedIn, again.alreadyCheckedIn]).toEqual([false, true]);
    expect(again.attendee.checkedInAt).toBe(first.attendee.checkedInAt);
    expect((await core.call('attendance.find', { meetingId: meeting.id, query: 'flo' }))[0]!.checkedIn).toBe(true);

    // Already a member by e-mail (in another case): found, not added.
    const known = await core.call('attendance.signUp', { meetingId: meeting.id, name: 'Ann M.', email: 'ANN@example.org', consent: true });
    expect(known).toMatchObject({ newMember: false, alreadyCheckedIn: false, attendee: { memberId: members[0], name: 'Ann Member', walkIn: false } });
    const newcomer = await core.call('attendance.signUp', { meetingId: meeting.id, name: 'Gus Newcomer', phone: '(555) 201-3344', consent: true, pledge: '$10 a month' });
    expect(newcomer).toMatchObject({ newMember: true, attendee: { name: 'Gus Newcomer', phone: '+15552013344', walkIn: true, pledgeNote: '$10 a month' } });
    const twice = await core.call('attendance.signUp', { meetingId: meeting.id, name: 'Gus N', phone: '+1 555 201 3344' });
    expect(twice).toMatchObject({ newMember: false, alreadyCheckedIn: true, attendee: { memberId: newcomer.attendee.memberId } });
    const gus = await core.call('members.get', { id: newcomer.attendee.memberId });
    expect(gus).toMatchObject({ firstName: 'Gus', lastName: 'Newcomer', smsConsent: true, tags: ['walk-in'] });
    expect((await core.call('members.search', { query: 'gus' })).total).toBe(1);

    const noContact = await refusal(core.call('attendance.signUp', { meetingId: meeting.id, name: 'Nobody' }));
    expect(noContact.issues![0]?.path).toBe('email');
    const badPhone = await refusal(core.call('attendance.signUp', { meetingId: meeting.id, name: 'X', phone: '12' }));
    expect(badPhone.issues![0]?.path).toBe('phone');

    await core.call('attendance.undo', { meetingId: meeting.id, memberId: found[0]!.memberId });
    expect((await core.call('meetings.get', { id: meeting.id })).attendees.map((a) => a.name).sort()).toEqual(['Ann Member', 'Gus Newcomer']);
  });

  it('counts motions against the attendance list, writes sealed decisions and seals the meeting on close', async () => {
    const meeting = await scheduled();
    await core.call('meetings.open', { id: meeting.id });
    for (const id of members) await core.call('attendance.checkIn', { meetingId: meeting.id, memberId: id });
    const detail = await core.call('meetings.get', { id: meeting.id });
    const fundItem = detail.agenda[1]!;

    const passed = await core.call('motions.put', { meetingId: meeting.id, agendaItemId: fundItem.id, text: 'Start a rent strike fund' });
    const tooMany = await refusal(core.call('motions.count', { id: passed.id, votesFor: 6, votesAgainst: 1, votesAbstain: 0, proxies: 0 }));
    expect(tooMany.message).toMatch(/7 votes counted but only 6 present/);
    const counted = await core.call('motions.count', { id: passed.id, votesFor: 4, votesAgainst: 1, votesAbstain: 1, proxies: 1 });
    expect(counted.preview).toMatchObject({ outcome: 'passed', quorumMet: true, quorumRequired: 3 });
    const decision = await core.call('motions.close', { id: passed.id });
    expect(decision).toMatchObject({ meetingId: meeting.id, agendaItemId: fundItem.id, method: 'motion', outcome: 'passed', quorumMet: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(decision.tally).toMatchObject({ method: 'motion', counting: 'hands', counts: { yes: 4, no: 1, abstain: 1 }, present: 6, proxies: 1 });
    await refusal(core.call('motions.count', { id: passed.id, votesFor: 1, votesAgainst: 0, votesAbstain: 0 }));

    const thin = await core.call('motions.put', { meetingId: meeting.id, text: 'Paint the hall purple', counting: 'ballots' });
    await core.call('motions.count', { id: thin.id, votesFor: 2, votesAgainst: 0, votesAbstain: 0 });
    const noQuorum = await core.call('motions.close', { id: thin.id });
    expect(noQuorum).toMatchObject({ outcome: 'no quorum', winner: null, quorumMet: false });

    const doc = (await core.call('meetings.get', { id: meeting.id })).minutesRoom;
    expect(doc).toBe(meeting.minutesRoom);
    const record = await core.call('meetings.close', { id: meeting.id });
    expect(record).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/), chainSeq: 3 });
    const closed = await core.call('meetings.get', { id: meeting.id });
    expect(closed).toMatchObject({ status: 'closed', sealedAt: expect.any(String), record: { id: record.id } });

    // Sealed: no more changes to the meeting, its attendance, its motions or its minutes.
    await refusal(core.call('attendance.checkIn', { meetingId: meeting.id, memberId: members[0]! }));
    await refusal(core.call('agenda.add', { meetingId: meeting.id, title: 'Late item' }));
    await refusal(core.call('meetings.close', { id: meeting.id }));
    const minutesEdit = await refusal(core.call('docs.update', { room: meeting.minutesRoom, update: Buffer.from([0, 0]).toString('base64') }));
    expect(minutesEdit.message).toMatch(/sealed/);

    const md = await core.call('meetings.minutes', { id: meeting.id, format: 'md' });
    expect(md.fileName).toBe('2026-03-05-March-general-meeting.md');
    expect(md.text).toContain('- Attendance: 6 present');
    expect(md.text).toContain('## 1. Welcome');
    expect(md.text).toContain('### Start a rent strike fund');
    expect(md.text).toContain('yes 4, no 1, abstain 1 (show of hands, 1 by proxy); 6 of 6 present voted; quorum 3: met');
    expect(md.text).toContain(`\`${record.hash}\``);
    expect(md.text).toContain(`\`${decision.hash}\``);
    const html = await core.call('meetings.minutes', { id: meeting.id, format: 'html' });
    expect(html.text).toMatch(/^<!doctype html>/);
    expect(html.text).toContain('Paint the hall purple');

    const register = await core.call('decisions.list', { search: 'rent strike' });
    expect(register.map((d) => [d.motionText, d.meetingTitle, d.agendaItemTitle])).toEqual([['Start a rent strike fund', 'March general meeting', 'Rent strike fund']]);
    expect((await core.call('decisions.list', { meetingId: meeting.id })).length).toBe(2);
    const verified = await core.call('decisions.verify', {});
    expect(verified).toMatchObject({ records: 3, chains: 1, problems: [] });

    // Corrections are new records pointing to the old ones, never edits.
    const corrected = await core.call('meetings.correct', { id: meeting.id, minutes: 'Minutes as corrected', reason: 'the treasurer was misquoted' });
    expect(corrected).toMatchObject({ supersedes: record.id, correction: 'the treasurer was misquoted', chainSeq: 4 });
    expect((await core.call('meetings.minutes', { id: meeting.id })).text).toContain('Minutes as corrected');
    const next = await core.call('meetings.create', { title: 'April meeting', startsAt: '2026-04-02T19:00:00Z' });
    for (const id of members) await core.call('attendance.checkIn', { meetingId: next.id, memberId: id });
    const recount = await core.call('motions.put', { meetingId: next.id, text: 'Paint the hall purple (recount)', corrects: noQuorum.id });
    await core.call('motions.count', { id: recount.id, votesFor: 5, votesAgainst: 1, votesAbstain: 0 });
    const fixed = await core.call('motions.close', { id: recount.id });
    expect(fixed).toMatchObject({ supersedes: noQuorum.id, outcome: 'passed' });
    const purple = await core.call('decisions.list', { search: 'purple' });
    expect(purple.map((d) => [d.id, d.standing])).toEqual(expect.arrayContaining([[fixed.id, 'stands'], [noQuorum.id, 'superseded']]));
    expect(await core.call('decisions.verify', {})).toMatchObject({ records: 5, problems: [] });
  });

  it('links a proposal vote closed in a meeting, with the attendance as its quorum base', async () => {
    const meeting = await scheduled();
    for (const id of members.slice(0, 4)) await core.call('attendance.checkIn', { meetingId: meeting.id, memberId: id });
    const proposal = await core.call('proposals.create', { title: 'Bike racks' });
    await core.call('proposals.openBoard', { id: proposal.id, board: { method: 'majority', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false, quorum: { kind: 'attendance', share: 0.5 } } });
    await core.call('proposals.vote', { id: proposal.id, memberId: members[0]!, ballot: { choice: 'yes' } });
    await core.call('proposals.vote', { id: proposal.id, memberId: members[1]!, ballot: { choice: 'yes' } });
    const decision = await core.call('proposals.close', { id: proposal.id, meetingId: meeting.id });
    expect(decision).toMatchObject({ meetingId: meeting.id, outcome: 'passed', quorumMet: true });
    expect(decision.tally?.quorum).toMatchObject({ kind: 'attendance', base: 4 });
    const [entry] = await core.call('decisions.list', { meetingId: meeting.id });
    expect(entry).toMatchObject({ proposalTitle: 'Bike racks', proposalStatus: 'accepted' });
  });

  it('keeps kiosk mode until the PIN is given', async () => {
    const meeting = await scheduled();
    await core.call('kiosk.enter', { meetingId: meeting.id, pin: '2468' });
    expect(await core.call('kiosk.state', {})).toEqual({ meetingId: meeting.id });
    const wrong = await refusal(core.call('kiosk.exit', { pin: '1111' }));
    expect(wrong.message).toMatch(/not the PIN/);
    expect(await core.call('kiosk.state', {})).toEqual({ meetingId: meeting.id });
    await core.call('kiosk.exit', { pin: '2468' });
    expect(await core.call('kiosk.state', {})).toEqual({ meetingId: null });
  });
});
