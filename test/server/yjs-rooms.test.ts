// Yjs rooms with y-websocket's own WebsocketProvider: clients converge through the hub, an
// observer's edits go nowhere, the documents survive a hub restart, and bad tokens or rooms are
// closed with a reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubCloseCodes, type JoinResponse } from '../../shared/sync/protocol.js';
import { startTestHub, type TestHub } from './support/hub-fixture.js';
import { backend } from './support/hub-store.js';
import { closedByHub, synced, waitFor, yClient, type YClient } from './support/yjs-client.js';

let t: TestHub;
let clients: YClient[] = [];
let organiser: JoinResponse;
let room: string;

beforeEach(async () => {
  t = await startTestHub();
  organiser = await t.device('organiser');
  room = `${organiser.chapterId}/proposal/p1`;
});
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await t.stop();
});

function client(token: string, name = room): YClient {
  const c = yClient(t.hub.url, name, token);
  clients.push(c);
  return c;
}

async function sameChapter(role: 'organiser' | 'observer'): Promise<JoinResponse> {
  return t.join(await t.invite(role, organiser.chapterId!));
}

describe(`Yjs rooms (${backend})`, () => {
  it('syncs two writers both ways', async () => {
    const other = await sameChapter('organiser');
    const a = client(organiser.token);
    const b = client(other.token);
    await Promise.all([synced(a), synced(b)]);
    a.text.insert(0, 'Rent strike ');
    await waitFor(() => b.text.toString() === 'Rent strike ');
    b.text.insert(b.text.length, 'on Monday');
    await waitFor(() => a.text.toString() === 'Rent strike on Monday');
  });

  it("serves an observer the document, but neither applies nor relays its edits", async () => {
    const observer = await sameChapter('observer');
    const a = client(organiser.token);
    await synced(a);
    a.text.insert(0, 'Agreed text');
    const obs = client(observer.token);
    await synced(obs);
    await waitFor(() => obs.text.toString() === 'Agreed text');

    obs.text.insert(0, 'VANDALISED ');
    a.text.insert(a.text.length, '.');
    await waitFor(() => obs.text.toString().endsWith('.'));
    await new Promise((r) => setTimeout(r, 200));
    expect(a.text.toString()).toBe('Agreed text.');
    const late = client(organiser.token);
    await synced(late);
    await waitFor(() => late.text.toString() === 'Agreed text.');
  });

  it('relays awareness (who is here), an observer’s too', async () => {
    const observer = await sameChapter('observer');
    const a = client(organiser.token);
    const obs = client(observer.token);
    await Promise.all([synced(a), synced(obs)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ann' });
    obs.provider.awareness.setLocalStateField('user', { name: 'Olu' });
    const names = (c: YClient) => [...c.provider.awareness.getStates().values()].map((s) => (s.user as { name: string } | undefined)?.name).sort();
    await waitFor(() => names(a).join() === 'Ann,Olu' && names(obs).join() === 'Ann,Olu');
    obs.destroy();
    await waitFor(() => names(a).join() === 'Ann');
  });

  it('serves both edits after a hub restart between them', async () => {
    const first = client(organiser.token);
    await synced(first);
    first.text.insert(0, 'one ');
    await new Promise((r) => setTimeout(r, 100));
    first.destroy();
    await t.restart();

    const second = client(organiser.token);
    await synced(second);
    expect(second.text.toString()).toBe('one ');
    second.text.insert(4, 'two');
    await new Promise((r) => setTimeout(r, 100));
    second.destroy();
    await t.restart();

    const reader = client(organiser.token);
    await synced(reader);
    expect(reader.text.toString()).toBe('one two');
  });

  it('keeps rooms of one hub apart from another hub in the same process', async () => {
    const other = await startTestHub();
    try {
      const there = await other.device('organiser');
      const a = client(organiser.token);
      await synced(a);
      a.text.insert(0, 'hub one');
      const b = yClient(other.hub.url, `${there.chapterId}/proposal/p1`, there.token);
      clients.push(b);
      await synced(b);
      await new Promise((r) => setTimeout(r, 100));
      expect(b.text.toString()).toBe('');
    } finally {
      for (const c of clients.splice(0)) c.destroy();
      await other.stop();
    }
  });

  it('closes a wrong token, another chapter’s room, a bad room name, and a revoked device', async () => {
    expect(await closedByHub(client('wrong-token'))).toMatchObject({ code: hubCloseCodes.unauthorised });
    const stranger = await t.device('organiser');
    const refused = await closedByHub(client(stranger.token));
    expect(refused).toEqual({ code: hubCloseCodes.forbidden, reason: `this device may not open documents of chapter ${organiser.chapterId}` });
    expect(await closedByHub(client(organiser.token, `${organiser.chapterId}/diary/p1`))).toMatchObject({ code: hubCloseCodes.badRequest });

    const open = client(organiser.token);
    await synced(open);
    const closed = closedByHub(open);
    await t.api('POST', `/api/devices/${organiser.deviceId}/revoke`);
    expect(await closed).toMatchObject({ code: hubCloseCodes.unauthorised });
  });

  it('refuses a coordinator: headquarters reads reports, not chapters’ documents', async () => {
    const coordinator = await t.device('coordinator');
    const hq = client(coordinator.token);
    expect(await closedByHub(hq)).toMatchObject({ code: hubCloseCodes.forbidden });
  });
});
