// Row sync over a real WebSocket: push, idempotent retry, pull with a cursor, live updates to the
// other devices, and the checks that reject a message by id with a reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc, MAX_DRIFT_MS } from '../../shared/hlc.js';
import { MAX_PULL, MAX_PUSH, type ChangesFrame, type HubFrame } from '../../shared/sync/protocol.js';
import { memberMessage, startTestHub, type TestHub } from './support/hub-fixture.js';
import { backend } from './support/hub-store.js';
import { SyncClient } from './support/sync-client.js';

let t: TestHub;
const sockets: SyncClient[] = [];
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await t.stop();
});

async function connect(token: string): Promise<SyncClient> {
  const socket = await SyncClient.connect(t.wsUrl(`/sync?token=${token}`));
  sockets.push(socket);
  return socket;
}

const isChanges = (f: HubFrame): f is ChangesFrame => f.type === 'changes';
const members = (frame: { messages: { table: string }[] }) => frame.messages.filter((m) => m.table === 'members');

describe(`row sync (${backend})`, () => {
  it('stores a push, answers a pull in order, and is idempotent on retry', async () => {
    const device = await t.device('organiser');
    const chapter = device.chapterId!;
    const socket = await connect(device.token);

    // The chapter's own row, written by the hub when the admin created it, comes first.
    const first = await socket.pull(chapter);
    expect(first.messages).toHaveLength(1);
    expect(first.messages[0]).toMatchObject({ table: 'chapters', row: chapter, values: { name: 'Riverside' } });
    expect(first).toMatchObject({ after: 0, more: false });

    const batch = [memberMessage(chapter, 'm1', { first_name: 'Ann' }), memberMessage(chapter, 'm2', { first_name: 'Ben', tags: ['x'] })];
    const ack = await socket.push(batch);
    expect(ack).toMatchObject({ type: 'ack', accepted: batch.map((m) => m.id), rejected: [] });
    expect(Math.abs(ack.hubTime - Date.now())).toBeLessThan(5000);

    const reader = await connect((await t.join(await t.invite('organiser', chapter))).token);
    const after = await reader.pull(chapter, first.cursor);
    expect(after.messages).toEqual(batch);
    expect(after.cursor).toBeGreaterThan(first.cursor);
    // The pusher is not sent its own messages back, but its cursor moves past them.
    expect(await socket.pull(chapter, first.cursor)).toMatchObject({ messages: [], cursor: after.cursor });

    // The connection was cut before the ack: the device sends the same messages again.
    const retry = await socket.push(batch);
    expect(retry).toMatchObject({ accepted: batch.map((m) => m.id), rejected: [] });
    const again = await reader.pull(chapter, first.cursor);
    expect(again.messages).toEqual(batch);
    expect(again.cursor).toBe(after.cursor);
    expect(await reader.pull(chapter, after.cursor)).toMatchObject({ messages: [], cursor: after.cursor, more: false });
  });

  it('pages a long log with the cursor and `more`', async () => {
    const device = await t.device('organiser');
    const chapter = device.chapterId!;
    const socket = await connect(device.token);
    const total = MAX_PULL + 500;
    const all = Array.from({ length: total }, (_, i) => memberMessage(chapter, `m${i}`, { first_name: `P${i}` }));
    for (let i = 0; i < total; i += MAX_PUSH) {
      expect((await socket.push(all.slice(i, i + MAX_PUSH))).rejected).toEqual([]);
    }
    const reader = await connect((await t.join(await t.invite('organiser', chapter))).token);
    const page1 = await reader.pull(chapter, 0);
    expect(page1.messages).toHaveLength(MAX_PULL);
    expect(page1.more).toBe(true);
    const page2 = await reader.pull(chapter, page1.cursor);
    expect(page2.more).toBe(false);
    const pulled = [...page1.messages, ...page2.messages].filter((m) => m.table === 'members');
    expect(pulled.map((m) => m.id)).toEqual(all.map((m) => m.id));
  });

  it('sends new changes at once to the other devices that may read the chapter', async () => {
    const { chapterId } = await t.createChapter('Riverside');
    const a = await t.join(await t.invite('organiser', chapterId));
    const b = await t.join(await t.invite('organiser', chapterId));
    const observer = await t.join(await t.invite('observer', chapterId));
    const coordinator = await t.device('coordinator');
    const elsewhere = await t.device('organiser');
    const [socketA, socketB, socketObs, socketHq, socketOther] = await Promise.all([
      connect(a.token),
      connect(b.token),
      connect(observer.token),
      connect(coordinator.token),
      connect(elsewhere.token),
    ]);
    const bCursor = (await socketB.pull(chapterId)).cursor;

    const msg = memberMessage(chapterId, 'm1', { first_name: 'Ann' });
    await socketA.push([msg]);
    for (const socket of [socketB, socketObs]) {
      const live = await socket.next(isChanges);
      expect(live).toMatchObject({ chapter: chapterId, messages: [msg], more: false });
    }
    // B was up to date, so it may move its cursor straight to the frame's.
    const liveB = await socketB.pull(chapterId, bCursor);
    expect(liveB.messages).toEqual([msg]);

    // Neither the pusher, nor another chapter's device, nor headquarters (reports only) hears of it.
    await socketA.push([]);
    await new Promise((r) => setTimeout(r, 100));
    expect(socketA.frames.filter(isChanges)).toEqual([]);
    expect(socketOther.frames.filter(isChanges)).toEqual([]);
    expect(socketHq.frames.filter(isChanges)).toEqual([]);
  });

  it("tells a device a live frame's range, so it can tell whether it missed something", async () => {
    const { chapterId } = await t.createChapter('Riverside');
    const a = await connect((await t.join(await t.invite('organiser', chapterId))).token);
    const b = await connect((await t.join(await t.invite('organiser', chapterId))).token);
    const start = await b.pull(chapterId);
    await a.push([memberMessage(chapterId, 'm1', { first_name: 'Ann' })]);
    const live1 = await b.next(isChanges);
    expect(live1.after).toBe(start.cursor);
    await a.push([memberMessage(chapterId, 'm2', { first_name: 'Ben' }), memberMessage(chapterId, 'm3', { first_name: 'Cy' })]);
    const live2 = await b.next(isChanges);
    expect(live2.after).toBe(live1.cursor);
    expect(live2.messages.map((m) => m.row)).toEqual(['m2', 'm3']);
    expect((await b.pull(chapterId, start.cursor)).cursor).toBe(live2.cursor);
  });

  it("rejects a message stamped more than five minutes ahead of the hub's clock, and keeps the others", async () => {
    const device = await t.device('organiser');
    const chapter = device.chapterId!;
    const socket = await connect(device.token);
    const ahead = memberMessage(chapter, 'm1', { first_name: 'Future' }, Date.now() + 10 * 60_000);
    const slightlyAhead = memberMessage(chapter, 'm2', { first_name: 'Near' }, Date.now() + MAX_DRIFT_MS - 30_000);
    const weekOld = memberMessage(chapter, 'm3', { first_name: 'Old' }, Date.now() - 7 * 86_400_000);
    const ack = await socket.push([ahead, slightlyAhead, weekOld]);
    expect(ack.accepted).toEqual([slightlyAhead.id, weekOld.id]);
    expect(ack.rejected).toHaveLength(1);
    expect(ack.rejected[0]!.id).toBe(ahead.id);
    expect(ack.rejected[0]!.reason).toMatch(/^stamped (599|600) s ahead of the hub's clock: check this computer's clock$/);
  });

  it('rejects invalid messages by id (or position) with the reason, and unreadable frames with an error', async () => {
    const device = await t.device('organiser');
    const chapter = device.chapterId!;
    const socket = await connect(device.token);
    const good = memberMessage(chapter, 'm1', { first_name: 'Ann' });
    const badStatus = { ...memberMessage(chapter, 'm2', {}), values: { status: 'president' } };
    const noTable = { ...memberMessage(chapter, 'm3', { first_name: 'X' }), table: 'secrets' };
    const ack = await socket.push([good, badStatus, noTable, { hello: 'world' }]);
    expect(ack.accepted).toEqual([good.id]);
    expect(ack.rejected.map((r) => r.id)).toEqual([badStatus.id, noTable.id, '#3']);
    expect(ack.rejected[0]!.reason).toMatch(/^invalid message: values\.status: /);
    expect(ack.rejected[1]!.reason).toBe('invalid message: table: not a replicated table: secrets');

    socket.ws.send('not json');
    expect((await socket.next((f): f is Extract<HubFrame, { type: 'error' }> => f.type === 'error')).message).toMatch(/JSON/);
    socket.send({ type: 'pull', chapter });
    expect((await socket.next((f): f is Extract<HubFrame, { type: 'error' }> => f.type === 'error')).message).toMatch(/^not a push or pull frame: after:/);
  });

  it("lets an organiser rename its own chapter, and no one else's", async () => {
    const device = await t.device('organiser');
    const other = await t.createChapter('Other');
    const socket = await connect(device.token);
    const rename = { ...memberMessage(device.chapterId!, device.chapterId!, {}), table: 'chapters', values: { name: 'Riverside Tenants' } };
    const foreign = { ...memberMessage(other.chapterId, other.chapterId, {}), table: 'chapters', values: { name: 'Hijacked' } };
    const ack = await socket.push([rename, foreign]);
    expect(ack.accepted).toEqual([rename.id]);
    expect(ack.rejected).toEqual([{ id: foreign.id, reason: `this device may only change chapter ${device.chapterId}` }]);
    const report = await t.api<{ id: string; name: string }[]>('GET', '/api/chapters');
    expect(report.body.map((c) => c.name).sort()).toEqual(['Other', 'Riverside Tenants']);
  });

  it('refuses a message id that another chapter already uses', async () => {
    const a = await t.device('organiser');
    const b = await t.device('organiser');
    const socketA = await connect(a.token);
    const socketB = await connect(b.token);
    const original = memberMessage(a.chapterId!, 'm1', { first_name: 'Ann' });
    await socketA.push([original]);
    const copy = { ...original, chapter: b.chapterId! };
    const ack = await socketB.push([copy]);
    expect(ack.accepted).toEqual([]);
    expect(ack.rejected[0]!.reason).toMatch(/already used by another chapter/);
  });

  it("serves an erased member's log without the erased values", async () => {
    const device = await t.device('organiser');
    const chapter = device.chapterId!;
    const a = await connect(device.token);
    const start = (await a.pull(chapter)).cursor;
    const created = memberMessage(chapter, 'm1', { first_name: 'Ann', email: 'ann@example.org' }, Date.now() - 2000);
    const moved = memberMessage(chapter, 'm1', { status: 'member' }, Date.now() - 1000);
    await a.push([created, moved]);
    const erasure = memberMessage(chapter, 'm1', { erased_at: new Date().toISOString(), first_name: '', email: null });
    await a.push([erasure]);
    const reader = await connect((await t.join(await t.invite('organiser', chapter))).token);
    const pulled = await reader.pull(chapter, start);
    expect(pulled.messages.map((m) => m.values)).toEqual([{ status: 'member' }, erasure.values]);
    expect(JSON.stringify(pulled)).not.toContain('ann@example.org');
    // The erased-only message is skipped, but the cursor moves past everything read.
    expect(members(pulled)).toHaveLength(2);
  });

  it('keeps what was stored across a restart, and the clock of hub-made rows moves on', async () => {
    const device = await t.device('organiser');
    const socket = await connect(device.token);
    const msg = memberMessage(device.chapterId!, 'm1', { first_name: 'Ann' });
    await socket.push([msg]);
    socket.close();
    await t.restart();
    const again = await connect((await t.join(await t.invite('organiser', device.chapterId!))).token);
    expect(members(await again.pull(device.chapterId!))).toEqual([msg]);
    const second = await t.createChapter('Second');
    const secondDevice = await connect((await t.join(await t.invite('organiser', second.chapterId))).token);
    const [firstRow] = (await again.pull(device.chapterId!)).messages;
    const [secondRow] = (await secondDevice.pull(second.chapterId)).messages;
    expect(secondRow!.hlc > firstRow!.hlc).toBe(true);
    expect(formatHlc({ millis: 0, counter: 0, node: 'x' }) < secondRow!.hlc).toBe(true);
  });
});
