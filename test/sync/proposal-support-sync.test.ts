// Support for a proposal recorded on one device reaches the others through a hub, and two devices
// recording the same member's support while apart make one row, not two.
import { afterEach, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { startCore } from '../../electron/core/start-core.js';
import { closeAndRemove, tempDir } from '../support/core-fixture.js';
import { startTestHub, type TestHub } from '../server/support/hub-fixture.js';

const cores: Core[] = [];
let hub: TestHub | undefined;
afterEach(async () => {
  for (const core of cores.splice(0)) await closeAndRemove(core);
  await hub?.stop();
  hub = undefined;
});

async function joined(chapterId: string): Promise<Core> {
  const core = await startCore({ dataDir: tempDir(), log: () => {} });
  cores.push(core);
  await core.call('sync.join', { hubUrl: hub!.hub.url, invite: await hub!.invite('organiser', chapterId) });
  await core.syncOnce();
  core.useChapter(chapterId);
  return core;
}

it('syncs support through the hub, one row per member and proposal', async () => {
  hub = await startTestHub();
  const { chapterId } = await hub.createChapter('Riverside');
  const a = await joined(chapterId);
  const ann = await a.call('members.create', { firstName: 'Ann' });
  const proposal = await a.call('proposals.create', { title: 'Bike racks' });
  await a.syncOnce();
  const b = await joined(chapterId);
  await a.call('proposals.support', { id: proposal.id, memberId: ann.id });
  await b.call('proposals.support', { id: proposal.id, memberId: ann.id });
  await a.syncOnce();
  await b.syncOnce();
  await a.syncOnce();
  for (const core of [a, b]) expect((await core.call('sync.status', {})).rejected).toBe(0);
  for (const core of [a, b]) expect((await core.call('proposals.get', { id: proposal.id })).supportCount).toBe(1);
});
