// Support for a proposal recorded on one device reaches the others through a hub, and two devices
// recording the same member's support while apart make one row, not two.
import { afterEach, expect, it } from 'vitest';
import { HubDevices } from '../support/hub-devices.js';

const devices = new HubDevices();
afterEach(() => devices.cleanUp());

it('syncs support through the hub, one row per member and proposal', async () => {
  const hub = await devices.startHub();
  const { chapterId } = await hub.createChapter('Riverside');
  const a = await devices.joined(chapterId);
  const ann = await a.call('members.create', { firstName: 'Ann' });
  const proposal = await a.call('proposals.create', { title: 'Bike racks' });
  await a.syncOnce();
  const b = await devices.joined(chapterId);
  await a.call('proposals.support', { id: proposal.id, memberId: ann.id });
  await b.call('proposals.support', { id: proposal.id, memberId: ann.id });
  await a.syncOnce();
  await b.syncOnce();
  await a.syncOnce();
  for (const core of [a, b]) expect((await core.call('sync.status', {})).rejected).toBe(0);
  for (const core of [a, b]) expect((await core.call('proposals.get', { id: proposal.id })).supportCount).toBe(1);
});
