// GET /api/chapters: headquarters' list of chapters with member counts and last sync, for the
// admin and coordinators only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChapterReport } from '../../shared/sync/hub-api.js';
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

describe(`chapter report (${backend})`, () => {
  it('lists every chapter with its live members and when a device last synced it', async () => {
    const riverside = await t.device('organiser');
    const hillside = await t.createChapter('Hillside');
    const socket = await SyncClient.connect(t.wsUrl(`/sync?token=${riverside.token}`));
    const chapter = riverside.chapterId!;
    const before = Date.now();
    await socket.push([
      memberMessage(chapter, 'm1', { first_name: 'Ann' }),
      memberMessage(chapter, 'm2', { first_name: 'Ben', deleted_at: new Date().toISOString() }),
      memberMessage(chapter, 'm3', { first_name: 'Ann', merged_into: 'm1' }),
      memberMessage(chapter, 'm4', { first_name: 'Cy' }),
    ]);
    socket.close();

    const coordinator = await t.device('coordinator');
    const report = await t.api<ChapterReport[]>('GET', '/api/chapters', { token: coordinator.token });
    expect(report.status).toBe(200);
    expect(report.body).toEqual([
      { id: hillside.chapterId, name: 'Hillside', memberCount: 0, lastSyncAt: null },
      { id: chapter, name: 'Riverside', memberCount: 2, lastSyncAt: expect.any(String) },
    ]);
    const lastSync = Date.parse(report.body[1]!.lastSyncAt!);
    expect(lastSync).toBeGreaterThanOrEqual(before - 1000);
    expect(lastSync).toBeLessThanOrEqual(Date.now() + 1000);

    expect((await t.api('GET', '/api/chapters')).body).toEqual(report.body);
  });

  it('refuses organisers and observers (403) and anyone without a token (401)', async () => {
    const organiser = await t.device('organiser');
    const observer = await t.join(await t.invite('observer', organiser.chapterId!));
    expect((await t.api('GET', '/api/chapters', { token: organiser.token })).status).toBe(403);
    expect((await t.api('GET', '/api/chapters', { token: observer.token })).status).toBe(403);
    expect((await t.api('GET', '/api/chapters', { token: null })).status).toBe(401);
  });
});
