// KNOWN BUG, kept as a failing test so it is not forgotten: a chapter set up offline that holds a
// meeting, and then joins a hub *linking* itself to the hub's chapter, no longer verifies. Linking
// renames the chapter's id in every row (join-hub.ts, renameChapter), and a sealed record's hash
// covers its chapter id (shared/sealing/sealed-record.ts), so every record sealed before the link
// reads as "changed after it was written", on this device and on every device it syncs with.
// Found by test/e2e/meetings/meeting.spec.ts (a meeting held offline, the hub joined afterwards).
// When it is fixed, `it.fails` reports this test as passing unexpectedly: make it a plain `it`.
import { afterEach, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { closeAndRemove, openChapterCore } from '../support/core-fixture.js';
import { startTestHub, type TestHub } from '../server/support/hub-fixture.js';

let core: Core | undefined;
let hub: TestHub | undefined;

afterEach(async () => {
  if (core) await closeAndRemove(core);
  await hub?.stop();
  core = undefined;
  hub = undefined;
});

it.fails('keeps records sealed offline verifiable after the chapter is linked to a hub', async () => {
  core = await openChapterCore();
  const member = await core.call('members.create', { firstName: 'Ann' });
  const meeting = await core.call('meetings.create', { title: 'Kitchen-table meeting', startsAt: '2026-05-01T18:00:00Z' });
  await core.call('attendance.checkIn', { meetingId: meeting.id, memberId: member.id });
  const motion = await core.call('motions.put', { meetingId: meeting.id, text: 'Join the federation' });
  await core.call('motions.count', { id: motion.id, votesFor: 1, votesAgainst: 0, votesAbstain: 0 });
  await core.call('motions.close', { id: motion.id });
  await core.call('meetings.close', { id: meeting.id });
  expect((await core.call('decisions.verify', { hubs: false })).problems).toEqual([]);

  hub = await startTestHub();
  const { chapterId } = await hub.createChapter('Riverside Tenants');
  await core.call('sync.join', { hubUrl: hub.hub.url, invite: await hub.invite('organiser', chapterId), linkCurrentChapter: true });
  expect((await core.call('decisions.verify', { hubs: false })).problems).toEqual([]);
});
