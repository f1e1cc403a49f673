// A chapter set up offline holds a meeting, then joins a hub *linking* itself to the hub's chapter:
// linking renames the chapter's id in every row (join-hub.ts, renameChapter), so a record's hash must
// not cover that id, or every record sealed before the link would read as "changed after it was
// written" here and on every device it syncs with (as test/e2e/meetings/meeting.spec.ts found).
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

it('keeps records sealed offline verifiable after the chapter is linked to a hub', async () => {
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
