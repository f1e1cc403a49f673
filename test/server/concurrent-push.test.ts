// Two devices pushing to one chapter at the same moment: both pushes land, and a third device
// pulling all the while with its cursor misses nothing. On PostgreSQL this runs across TWO hub
// instances sharing the database, so only the per-chapter advisory lock (not the in-process queue)
// keeps seq order equal to commit order.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeMessage } from '../../shared/replication/messages.js';
import { startTestHub, memberMessage, type TestHub } from './support/hub-fixture.js';
import { backend, freshStore, testDatabaseUrl, type TestStore } from './support/hub-store.js';
import { SyncClient } from './support/sync-client.js';

const hubs: TestHub[] = [];
const sockets: SyncClient[] = [];
let store: TestStore | undefined;

afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const h of hubs.splice(0)) await h.stop();
  await store?.remove();
  store = undefined;
});

async function connect(hub: TestHub, token: string): Promise<SyncClient> {
  const socket = await SyncClient.connect(hub.wsUrl(`/sync?token=${token}`));
  sockets.push(socket);
  return socket;
}

/** Pushes `batches` one after another, as a device does. */
async function pushAll(socket: SyncClient, batches: ChangeMessage[][]): Promise<void> {
  for (const batch of batches) {
    const ack = await socket.push(batch);
    expect(ack.rejected).toEqual([]);
  }
}

function batchesFor(chapter: string, device: string, count: number, size: number): ChangeMessage[][] {
  return Array.from({ length: count }, (_, b) =>
    Array.from({ length: size }, (_, i) => memberMessage(chapter, `${device}-${b}-${i}`, { first_name: `${device} ${b}.${i}` }, Date.now(), device)),
  );
}

async function run(hubA: TestHub, hubB: TestHub): Promise<void> {
  const { chapterId } = await hubA.createChapter('Riverside');
  const join = async (hub: TestHub) => hub.join(await hub.invite('organiser', chapterId));
  const [devA, devB, devC] = [await join(hubA), await join(hubB), await join(hubA)];
  const [a, b, c] = [await connect(hubA, devA.token), await connect(hubB, devB.token), await connect(hubB, devC.token)];
  const batchesA = batchesFor(chapterId, 'devA', 20, 50);
  const batchesB = batchesFor(chapterId, 'devB', 20, 50);

  // The puller keeps pulling after its cursor while both devices push.
  const seen: ChangeMessage[] = [];
  let cursor = 0;
  let pushing = true;
  const puller = (async () => {
    while (pushing) {
      const page = await c.pull(chapterId, cursor);
      seen.push(...page.messages);
      cursor = page.cursor;
    }
    const rest = await c.pullAll(chapterId, cursor);
    seen.push(...rest.messages);
  })();
  await Promise.all([pushAll(a, batchesA), pushAll(b, batchesB)]);
  pushing = false;
  await puller;

  const all = [...batchesA.flat(), ...batchesB.flat()];
  const seenMembers = seen.filter((m) => m.table === 'members');
  expect(seenMembers).toHaveLength(all.length);
  expect(new Set(seenMembers.map((m) => m.id))).toEqual(new Set(all.map((m) => m.id)));

  // Every batch was stored whole, never interleaved with another: one batch at a time.
  const fromPull = (await c.pullAll(chapterId)).messages.filter((m) => m.table === 'members');
  const batchOf = new Map(all.map((m) => [m.id, m.row.split('-').slice(0, 2).join('-')]));
  const runs = fromPull.map((m) => batchOf.get(m.id)).filter((batch, i, list) => i === 0 || batch !== list[i - 1]);
  expect(runs).toHaveLength(batchesA.length + batchesB.length);
}

describe(`two devices pushing to one chapter at once (${backend})`, () => {
  it('stores both on one hub, and a puller misses nothing', async () => {
    const hub = await startTestHub();
    hubs.push(hub);
    await run(hub, hub);
  });

  // Two hub instances can share only a PostgreSQL database, so this case exists only there.
  if (testDatabaseUrl) it('stores both through two hub instances on one PostgreSQL, and a puller misses nothing', async () => {
    store = await freshStore();
    const hubA = await startTestHub(store);
    hubs.push(hubA);
    const hubB = await startTestHub(store, { adminToken: hubA.adminToken });
    hubs.push(hubB);
    await run(hubA, hubB);
  });
});
