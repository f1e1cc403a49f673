// Devices syncing through a real hub on 127.0.0.1: separate cores on separate data dirs, offline
// edits, then sync. Runs on the hub's PGlite, and on PostgreSQL in `npm run test:postgres`.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import type { Member } from '../../shared/contract/members.js';
import { closeAndRemove, fileRequest, openChapterCore, samplesDir, tempDir } from '../support/core-fixture.js';
import { startCore } from '../../electron/core/start-core.js';
import { startTestHub, type TestHub } from '../server/support/hub-fixture.js';
import { backend, freshStore } from '../server/support/hub-store.js';
import { killHard, spawnTs, waitForLine } from '../support/child-process.js';
import fs from 'node:fs';
import path from 'node:path';

const cores: Core[] = [];
let hub: TestHub | undefined;

afterEach(async () => {
  for (const core of cores.splice(0)) await closeAndRemove(core);
  await hub?.stop();
  hub = undefined;
});

async function device(options: { live?: boolean } = {}): Promise<Core> {
  const { startCore } = await import('../../electron/core/start-core.js');
  const { tempDir } = await import('../support/core-fixture.js');
  const core = await startCore({ dataDir: tempDir(), liveSync: options.live ?? false, log: () => {} });
  cores.push(core);
  return core;
}

async function joined(chapterId: string, role: 'organiser' | 'observer' = 'organiser', options: { live?: boolean } = {}): Promise<Core> {
  const core = await device(options);
  await core.call('sync.join', { hubUrl: hub!.hub.url, invite: await hub!.invite(role, chapterId) });
  await core.syncOnce();
  const { chapters } = await core.call('session.get', {});
  core.useChapter(chapters.find((c) => c.id === chapterId)!.id);
  return core;
}

const byEmail = (members: Member[]) => Object.fromEntries(members.map((m) => [m.email, m]));
const roster = async (core: Core) =>
  (await core.call('members.list', {})).map(({ id, firstName, lastName, email, phone, tags, city, notes }) => ({ id, firstName, lastName, email, phone, tags, city, notes })).sort((a, b) => a.id.localeCompare(b.id));

describe(`device sync through a hub (${backend})`, () => {
  it('brings a new device the whole chapter, and merges offline edits field by field', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await joined(chapterId);
    expect((await a.call('session.get', {})).chapters.map((c) => c.name)).toEqual(['Riverside']);
    await a.call('members.import', fileRequest('s.csv', fs.readFileSync(path.join(samplesDir, 'spreadsheet-sample.csv'))));
    await a.syncOnce();
    const b = await joined(chapterId);
    expect(await roster(b)).toEqual(await roster(a));

    // Apart: both edit Kasia's phone (B later), A her city, B her notes; A deletes Hiro.
    const kasia = byEmail(await a.call('members.list', {}))['kasia.eriksen0@example.org']!;
    const hiro = byEmail(await a.call('members.list', {}))['hiro.ucar2@example.org']!;
    await a.call('members.update', { id: kasia.id, changes: { phone: '+15550000001', city: 'Oslo' } });
    await a.call('members.delete', { id: hiro.id });
    await new Promise((r) => setTimeout(r, 5));
    await b.call('members.update', { id: kasia.id, changes: { phone: '+15550000002', notes: 'met at the rally' } });

    await a.syncOnce();
    await b.syncOnce();
    await a.syncOnce();
    const mergedA = await roster(a);
    expect(mergedA).toEqual(await roster(b));
    expect(mergedA.find((m) => m.id === kasia.id)).toMatchObject({ phone: '+15550000002', city: 'Oslo', notes: 'met at the rally' });
    expect(mergedA.find((m) => m.id === hiro.id)).toBeUndefined();
    expect((await b.call('members.get', { id: hiro.id })).deletedAt).not.toBeNull();
  });

  it('converges three devices that each edited while apart', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const [a, b, c] = [await joined(chapterId), await joined(chapterId), await joined(chapterId)];
    const ann = await a.call('members.create', { firstName: 'Ann', email: 'ann@example.org' });
    await a.syncOnce();
    await b.syncOnce();
    await c.syncOnce();
    await a.call('members.update', { id: ann.id, changes: { city: 'Leeds' } });
    await b.call('members.update', { id: ann.id, changes: { tags: ['press'] } });
    await c.call('members.create', { firstName: 'Cy', email: 'cy@example.org' });
    await c.call('members.update', { id: ann.id, changes: { city: 'York' } });
    for (const round of [1, 2]) for (const core of [c, b, a]) await core.syncOnce().then(() => round);
    const rosters = await Promise.all([a, b, c].map(roster));
    expect(rosters[1]).toEqual(rosters[0]);
    expect(rosters[2]).toEqual(rosters[0]);
    expect(rosters[0]!.find((m) => m.id === ann.id)).toMatchObject({ city: 'York', tags: ['press'] });
    expect(rosters[0]).toHaveLength(2);
  });

  it('shows a change on the other devices within a moment, without asking', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await joined(chapterId, 'organiser', { live: true });
    const b = await joined(chapterId, 'organiser', { live: true });
    await expect.poll(async () => (await b.call('sync.status', {})).hubs[0]?.connected, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await a.call('sync.status', {})).hubs[0]?.connected, { timeout: 10_000 }).toBe(true);
    const ann = await a.call('members.create', { firstName: 'Ann', email: 'ann@example.org' });
    await expect.poll(async () => (await b.call('members.search', { query: 'ann' })).rows.map((r) => r.id), { timeout: 5_000 }).toEqual([ann.id]);
    expect((await a.call('sync.status', {})).pending).toBe(0);
  });

  it('restores the hub’s values for a change it refused, and says why', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const lead = await joined(chapterId);
    const ann = await lead.call('members.create', { firstName: 'Ann', city: 'Leeds' });
    await lead.syncOnce();
    const observer = await joined(chapterId, 'observer');
    await observer.call('members.update', { id: ann.id, changes: { city: 'Paris' } });
    await observer.syncOnce();
    expect((await observer.call('members.get', { id: ann.id })).city).toBe('Leeds');
    const rejections = await observer.call('sync.rejections', {});
    expect(rejections).toHaveLength(1);
    expect(rejections[0]!.reason).toMatch(/observers cannot change data/);
    expect((await observer.call('sync.status', {})).rejected).toBe(1);
  });

  it('links a chapter that already exists on the laptop, pushing its whole history', async () => {
    hub = await startTestHub();
    const { chapterId, invite } = await hub.createChapter('Hub name');
    const lead = await openChapterCore();
    cores.push(lead);
    await lead.call('members.create', { firstName: 'Ann', email: 'ann@example.org' });
    const joinedLink = await lead.call('sync.join', { hubUrl: hub.hub.url, invite, linkCurrentChapter: true });
    expect(joinedLink.chapterId).toBe(chapterId);
    await lead.syncOnce();
    const session = await lead.call('session.get', {});
    expect(session.chapters).toEqual([expect.objectContaining({ id: chapterId, name: 'Riverside Tenants' })]);
    const other = await joined(chapterId);
    expect((await other.call('members.list', {})).map((m) => m.email)).toEqual(['ann@example.org']);
    expect((await other.call('session.get', {})).chapters.map((c) => c.name)).toEqual(['Riverside Tenants']);
  });

  it('completes a sync after the hub was killed (kill -9) in the middle of one, losing and duplicating nothing', async () => {
    const store = await freshStore();
    const adminFile = path.join(tempDir(), 'admin-token');
    const storeArgs = 'dataDir' in store.options ? ['--data', store.options.dataDir] : ['--database-url', store.options.databaseUrl];
    const port = 20000 + Math.floor(Math.random() * 20000);
    const startChild = async () => {
      const child = spawnTs('electron/core/cli/main.ts', ['hub', ...storeArgs, '--port', String(port), '--admin-token-file', adminFile]);
      await waitForLine(child, `hub listening on http://127.0.0.1:${port}`);
      return child;
    };
    let child = await startChild();
    try {
      const hubUrl = `http://127.0.0.1:${port}`;
      const adminToken = fs.readFileSync(adminFile, 'utf8').trim();
      const chapterId = await createChapterAt(hubUrl, adminToken);
      const a = await device();
      await a.call('sync.join', { hubUrl, invite: await inviteFrom(hubUrl, adminToken, chapterId) });
      await a.syncOnce();
      a.useChapter(chapterId);
      const rows = Array.from({ length: 8000 }, (_, i) => `Person ${i},p${i}@example.org`).join('\n');
      await a.call('members.import', fileRequest('big.csv', `Name,E-mail\n${rows}\n`));

      const syncing = a.syncOnce().then(
        () => 'completed',
        (error: Error) => error.message,
      );
      await expect.poll(async () => (await a.call('sync.status', {})).pending, { interval: 20, timeout: 30_000 }).toBeLessThan(8000);
      await killHard(child);
      expect(await syncing).toMatch(/hub/);
      const halfway = (await a.call('sync.status', {})).pending;
      expect(halfway).toBeGreaterThan(0);

      child = await startChild();
      await a.syncOnce();
      expect((await a.call('sync.status', {})).pending).toBe(0);
      const b = await device();
      await b.call('sync.join', { hubUrl, invite: await inviteFrom(hubUrl, adminToken, chapterId) });
      await b.syncOnce();
      b.useChapter(chapterId);
      expect((await b.call('members.search', {})).total).toBe(8000);
      expect(await roster(b)).toEqual(await roster(a));
    } finally {
      await killHard(child);
      await store.remove();
    }
  }, 120_000);

  it('passes changes learned from a meeting hub on to headquarters', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const meeting = await startTestHub();
    try {
      const adopted = await meeting.api<{ invite: string }>('POST', '/api/chapters', { body: { name: 'Riverside', chapterId } });
      expect(adopted.status).toBe(201);
      // The lead is joined to both; a volunteer only to the meeting hub.
      const lead = await joined(chapterId);
      await lead.call('sync.join', { hubUrl: meeting.hub.url, invite: adopted.body.invite });
      const volunteer = await device();
      await volunteer.call('sync.join', { hubUrl: meeting.hub.url, invite: await meeting.invite('organiser', chapterId) });
      await volunteer.syncOnce();
      volunteer.useChapter(chapterId);
      const walkIn = await volunteer.call('members.create', { firstName: 'Walk', lastName: 'In', email: 'walk.in@example.org' });
      await volunteer.syncOnce();
      await lead.syncOnce();
      const atHq = await joined(chapterId);
      expect((await atHq.call('members.get', { id: walkIn.id })).email).toBe('walk.in@example.org');
    } finally {
      await meeting.stop();
    }
  });

  it('refuses a wrong invite and an unreachable hub with reasons', async () => {
    hub = await startTestHub();
    const a = await device();
    await expect(a.call('sync.join', { hubUrl: hub.hub.url, invite: 'AAAA-BBBB-CCCC-DDDD-EEEE' })).rejects.toThrow(/refused the invite/);
    await expect(a.call('sync.join', { hubUrl: 'http://203.0.113.9:80', invite: 'x' })).rejects.toThrow(/must use TLS/);
    await expect(a.syncOnce()).rejects.toThrow(/joined no hub/);
  });

  it('hosts a meeting hub that another device joins with the invite it shows', async () => {
    const lead = await openChapterCore();
    cores.push(lead);
    await lead.call('members.create', { firstName: 'Ann', email: 'ann@example.org' });
    const hosting = await lead.call('sync.hostStart', {});
    expect(hosting.qrSvg).toMatch(/^<svg/);
    const port = new URL(hosting.addresses[0]!).port;
    const guest = await device();
    await guest.call('sync.join', { hubUrl: `http://127.0.0.1:${port}`, invite: hosting.invite });
    await lead.syncOnce();
    await guest.syncOnce();
    const { chapters } = await guest.call('session.get', {});
    expect(chapters.map((c) => c.name)).toEqual(['Riverside Tenants']);
    guest.useChapter(chapters[0]!.id);
    expect((await guest.call('members.list', {})).map((m) => m.email)).toEqual(['ann@example.org']);
    expect((await lead.call('sync.hostStop', {})).stopped).toBe(true);
  });
});

async function createChapterAt(hubUrl: string, adminToken: string): Promise<string> {
  const response = await fetch(`${hubUrl}/api/chapters`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Riverside' }),
  });
  return ((await response.json()) as { chapterId: string }).chapterId;
}

async function inviteFrom(hubUrl: string, adminToken: string, chapterId: string): Promise<string> {
  const response = await fetch(`${hubUrl}/api/invites`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'organiser', chapterId }),
  });
  return ((await response.json()) as { invite: string }).invite;
}



describe(`who else is online (${backend})`, () => {
  it('tells each connected device who else is syncing the chapter, and when they leave', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await startCore({ dataDir: tempDir(), liveSync: true, log: () => {} });
    const b = await startCore({ dataDir: tempDir(), liveSync: true, log: () => {} });
    cores.push(a, b);
    await a.call('session.setup', { chapterName: 'Scratch', country: 'US', organiserName: 'Ann' });
    await b.call('session.setup', { chapterName: 'Scratch', country: 'US', organiserName: 'Bo' });
    await a.call('sync.join', { hubUrl: hub.hub.url, invite: await hub.invite('organiser', chapterId) });
    await b.call('sync.join', { hubUrl: hub.hub.url, invite: await hub.invite('organiser', chapterId) });
    await expect.poll(async () => (await a.call('sync.status', {})).hubs[0]?.online, { timeout: 10_000 }).toEqual([expect.stringMatching(/^Bo on /)]);
    expect((await b.call('sync.status', {})).hubs[0]?.online).toEqual([expect.stringMatching(/^Ann on /)]);
    await b.call('sync.leave', { hubId: (await b.call('sync.status', {})).hubs[0]!.id });
    await expect.poll(async () => (await a.call('sync.status', {})).hubs[0]?.online, { timeout: 10_000 }).toEqual([]);
  });
});
