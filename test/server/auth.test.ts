// Auth at the hub: the admin token, invites (single use, expiring), device tokens bound to a
// chapter and role, revocation, and who may read what.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceInfo } from '../../shared/sync/hub-api.js';
import { hubCloseCodes } from '../../shared/sync/protocol.js';
import { memberMessage, startTestHub, type TestHub } from './support/hub-fixture.js';
import { backend } from './support/hub-store.js';
import { SyncClient } from './support/sync-client.js';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.stop();
});

describe(`hub auth (${backend})`, () => {
  it('creates the admin token once, and refuses requests without a valid token', async () => {
    expect(t.adminToken).toMatch(/^[\w-]{40,}$/);
    await t.restart();
    expect(t.hub.adminToken).toBeNull();
    expect((await t.api('GET', '/api/devices')).status).toBe(200);

    const none = await t.api<{ error: string }>('GET', '/api/devices', { token: null });
    expect(none.status).toBe(401);
    expect(none.body.error).toMatch(/Authorization: Bearer/);
    const wrong = await t.api<{ error: string }>('GET', '/api/devices', { token: 'not-a-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatch(/not valid on this hub/);
  });

  it('refuses admin routes to a device token (403) and bad bodies with the field named (400)', async () => {
    const organiser = await t.device('organiser');
    const asDevice = await t.api<{ error: string }>('POST', '/api/invites', { token: organiser.token, body: { role: 'observer', chapterId: organiser.chapterId } });
    expect(asDevice.status).toBe(403);

    const noChapter = await t.api<{ error: string }>('POST', '/api/invites', { body: { role: 'observer' } });
    expect(noChapter).toEqual({ status: 400, body: { error: 'chapterId: an observer invite needs the chapter it is for' } });
    const coordinatorWithChapter = await t.api<{ error: string }>('POST', '/api/invites', { body: { role: 'coordinator', chapterId: organiser.chapterId } });
    expect(coordinatorWithChapter.status).toBe(400);
    const unknownChapter = await t.api<{ error: string }>('POST', '/api/invites', { body: { role: 'organiser', chapterId: 'nope' } });
    expect(unknownChapter.status).toBe(404);
    const badRole = await t.api<{ error: string }>('POST', '/api/invites', { body: { role: 'king' } });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error).toMatch(/^role:/);
    const notJson = await fetch(`${t.hub.url}/api/chapters`, { method: 'POST', headers: { authorization: `Bearer ${t.adminToken}` }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'the request body must be JSON' });
  });

  it('joins with an invite once; the token is bound to the chapter and role', async () => {
    const { chapterId, invite } = await t.createChapter('Riverside Tenants');
    const joined = await t.join(invite, 'Ann laptop');
    expect(joined).toMatchObject({ chapterId, chapterName: 'Riverside Tenants', role: 'organiser' });
    expect(joined.token).toMatch(/^[\w-]{40,}$/);

    const again = await t.api<{ error: string }>('POST', '/api/join', { token: null, body: { invite } });
    expect(again.status).toBe(403);
    expect(again.body.error).toMatch(/already been used/);

    const me = await t.api<DeviceInfo>('GET', '/api/me', { token: joined.token });
    expect(me.body).toMatchObject({ id: joined.deviceId, role: 'organiser', chapterId, name: 'Ann laptop', revokedAt: null });

    const unknown = await t.api<{ error: string }>('POST', '/api/join', { token: null, body: { invite: 'AAAA-BBBB' } });
    expect(unknown.status).toBe(401);
  });

  it('accepts an invite typed in lower case without dashes', async () => {
    const { invite } = await t.createChapter('Riverside');
    const joined = await t.join(invite.toLowerCase().replace(/-/g, ''));
    expect(joined.role).toBe('organiser');
  });

  it('refuses an expired invite', async () => {
    const { chapterId } = await t.createChapter('Riverside');
    // A hundredth of a second of life.
    const invite = await t.invite('observer', chapterId, 0.01 / 86_400);
    await new Promise((r) => setTimeout(r, 50));
    const late = await t.api<{ error: string }>('POST', '/api/join', { token: null, body: { invite } });
    expect(late.status).toBe(403);
    expect(late.body.error).toMatch(/^this invite expired on \d{4}-\d{2}-\d{2}: ask the hub admin for a new one$/);
  });

  it('gives a coordinator no chapter', async () => {
    const coordinator = await t.device('coordinator');
    expect(coordinator).toMatchObject({ chapterId: null, chapterName: null, role: 'coordinator' });
  });

  it('lists devices, by chapter too, and revokes one: refused from then on, open sockets closed', async () => {
    const a = await t.device('organiser');
    const b = await t.device('observer');
    const all = await t.api<DeviceInfo[]>('GET', '/api/devices');
    expect(all.body.map((d) => d.id).sort()).toEqual([a.deviceId, b.deviceId].sort());
    const ofA = await t.api<DeviceInfo[]>('GET', `/api/devices?chapter=${a.chapterId}`);
    expect(ofA.body.map((d) => d.id)).toEqual([a.deviceId]);

    const socket = await SyncClient.connect(t.wsUrl(`/sync?token=${a.token}`));
    const closed = socket.closed();
    const revoked = await t.api<{ id: string; revokedAt: string }>('POST', `/api/devices/${a.deviceId}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.id).toBe(a.deviceId);
    expect(await closed).toEqual({ code: hubCloseCodes.unauthorised, reason: "this device's access to the hub was revoked" });

    const refused = await SyncClient.connect(t.wsUrl(`/sync?token=${a.token}`)).catch((e: { status: number; body: string }) => e);
    expect(refused).toMatchObject({ status: 401 });
    expect(JSON.parse((refused as { body: string }).body).error).toMatch(/revoked/);
    expect((await t.api('GET', '/api/me', { token: a.token })).status).toBe(401);
    expect((await t.api('POST', '/api/devices/nobody/revoke')).status).toBe(404);
  });

  it('refuses a sync socket without a token or with a wrong one', async () => {
    await expect(SyncClient.connect(t.wsUrl('/sync'))).rejects.toMatchObject({ status: 401 });
    await expect(SyncClient.connect(t.wsUrl('/sync?token=wrong'))).rejects.toMatchObject({ status: 401 });
    await expect(SyncClient.connect(t.wsUrl(`/sync?token=${t.adminToken}`))).rejects.toMatchObject({ status: 401 });
  });

  it("gives chapter A's token nothing of chapter B, and rejects its writes there", async () => {
    const a = await t.device('organiser');
    const b = await t.device('organiser');
    const socketB = await SyncClient.connect(t.wsUrl(`/sync?token=${b.token}`));
    expect((await socketB.push([memberMessage(b.chapterId!, 'm1', { first_name: 'Bea' })])).accepted).toHaveLength(1);

    const socketA = await SyncClient.connect(t.wsUrl(`/sync?token=${a.token}`));
    socketA.send({ type: 'pull', chapter: b.chapterId, after: 0 });
    const refusal = await socketA.next((f): f is Extract<typeof f, { type: 'error' }> => f.type === 'error');
    expect(refusal.message).toBe(`this device may not read chapter ${b.chapterId}`);

    const intoB = memberMessage(b.chapterId!, 'm2', { first_name: 'Intruder' });
    const ack = await socketA.push([intoB]);
    expect(ack.accepted).toEqual([]);
    expect(ack.rejected).toEqual([{ id: intoB.id, reason: `this device may only change chapter ${a.chapterId}` }]);
    const readerB = await SyncClient.connect(t.wsUrl(`/sync?token=${(await t.join(await t.invite('organiser', b.chapterId!))).token}`));
    expect((await readerB.pull(b.chapterId!)).messages.filter((m) => m.table === 'members').map((m) => m.row)).toEqual(['m1']);
    readerB.close();

    const report = await t.api('GET', '/api/chapters', { token: a.token });
    expect(report.status).toBe(403);
    socketA.close();
    socketB.close();
  });

  it("rejects an observer's writes, by id, with a reason", async () => {
    const observer = await t.device('observer');
    const socket = await SyncClient.connect(t.wsUrl(`/sync?token=${observer.token}`));
    const msg = memberMessage(observer.chapterId!, 'm1', { first_name: 'Ann' });
    const ack = await socket.push([msg]);
    expect(ack).toMatchObject({ accepted: [], rejected: [{ id: msg.id, reason: 'observers cannot change data' }] });
    expect((await socket.pull(observer.chapterId!)).messages.filter((m) => m.table === 'members')).toEqual([]);
    socket.close();
  });
});
