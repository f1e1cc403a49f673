// A meeting's sealed record through a real hub: a second device sees the same record and hashes;
// the hub records each device's chain heads, so a record rewritten later with every hash recomputed
// is caught by `decisions verify`; and the hub refuses updates to sealed minutes.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Core } from '../../electron/core/core-api.js';
import { startCore } from '../../electron/core/start-core.js';
import { readSealedRecords } from '../../electron/core/sealing/device-chain.js';
import { sealHash } from '../../shared/sealing/sealed-record.js';
import { setPlainText, plainText } from '../../shared/docs/plain-text.js';
import { openDatabase } from '../../electron/core/db/open-database.js';
import { closeAndRemove, tempDir } from '../support/core-fixture.js';
import { startTestHub, type TestHub } from '../server/support/hub-fixture.js';
import { backend } from '../server/support/hub-store.js';
import { exchangeDoc } from '../../electron/core/sync/doc-exchange.js';

const cores: Core[] = [];
let hub: TestHub | undefined;

afterEach(async () => {
  for (const core of cores.splice(0)) await closeAndRemove(core);
  await hub?.stop();
  hub = undefined;
});

async function joined(chapterId: string, dataDir = tempDir()): Promise<Core> {
  const core = await startCore({ dataDir, log: () => {} });
  cores.push(core);
  await core.call('sync.join', { hubUrl: hub!.hub.url, invite: await hub!.invite('organiser', chapterId) });
  await core.syncOnce();
  core.useChapter(chapterId);
  return core;
}

async function runMeeting(core: Core): Promise<{ meetingId: string; minutesRoom: string }> {
  const ids: string[] = [];
  for (const name of ['Ann', 'Bo', 'Cy', 'Di']) ids.push((await core.call('members.create', { firstName: name })).id);
  const meeting = await core.call('meetings.create', { title: 'Hall meeting', startsAt: '2026-05-01T18:00:00Z', agenda: ['Repairs'] });
  await core.call('meetings.open', { id: meeting.id });
  for (const id of ids) await core.call('attendance.checkIn', { meetingId: meeting.id, memberId: id });
  const motion = await core.call('motions.put', { meetingId: meeting.id, text: 'Demand repairs by June' });
  await core.call('motions.count', { id: motion.id, votesFor: 3, votesAgainst: 1, votesAbstain: 0 });
  await core.call('motions.close', { id: motion.id });
  await core.call('meetings.close', { id: meeting.id });
  return { meetingId: meeting.id, minutesRoom: meeting.minutesRoom };
}

describe(`meetings through a hub (${backend})`, () => {
  it('gives a second device the same sealed record, and the hub refuses edits to sealed minutes', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await joined(chapterId);
    const { meetingId, minutesRoom } = await runMeeting(a);
    await a.syncOnce();
    const b = await joined(chapterId);
    const [onA, onB] = [await a.call('meetings.get', { id: meetingId }), await b.call('meetings.get', { id: meetingId })];
    expect(onB.status).toBe('closed');
    expect(onB.record).toEqual(onA.record);
    expect(onB.decisions.map((d) => d.hash)).toEqual(onA.decisions.map((d) => d.hash));
    expect((await b.call('meetings.minutes', { id: meetingId })).text).toBe((await a.call('meetings.minutes', { id: meetingId })).text);
    expect(await b.call('decisions.verify', {})).toMatchObject({ records: 2, problems: [], hubs: [{ reached: true, heads: 1 }] });

    // A device that never heard of the seal sends an edit of the minutes: the hub drops it.
    const stranger = new Y.Doc();
    const token = (await hub.device('organiser', chapterId)).token;
    await exchangeDoc(hub.hub.url, token, minutesRoom, stranger, 'test');
    const before = plainText(stranger);
    setPlainText(stranger, 'rewritten after the meeting');
    await exchangeDoc(hub.hub.url, token, minutesRoom, stranger, 'test');
    const fresh = new Y.Doc();
    await exchangeDoc(hub.hub.url, token, minutesRoom, fresh, 'test');
    expect(plainText(fresh)).toBe(before);
  });

  it('catches a record rewritten after a sync, even with every hash recomputed', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const dataDir = tempDir();
    const a = await joined(chapterId, dataDir);
    await runMeeting(a);
    await a.syncOnce();
    expect(await a.call('decisions.verify', {})).toMatchObject({ problems: [], headsChecked: 1 });
    await a.close();
    cores.splice(cores.indexOf(a), 1);

    // Someone with the data dir changes the decision's outcome and recomputes its hash and the
    // hash of every record after it in the chain, so the device's own checks all pass.
    const database = await openDatabase(dataDir);
    const records = (await readSealedRecords(database.db, chapterId)).sort((x, y) => Number(x.values.chain_seq) - Number(y.values.chain_seq));
    let prevHash: string | null = null;
    for (const record of records) {
      const values: Record<string, unknown> = { ...record.values, prev_hash: prevHash };
      if (record.table === 'decisions') values.outcome = 'not passed';
      const hash = await sealHash(record.table, record.id, values);
      if (record.table === 'decisions') await database.db.query('update decisions set outcome = $2 where id = $1', [record.id, values.outcome]);
      await database.db.query(`update ${record.table} set prev_hash = $2, hash = $3 where id = $1`, [record.id, prevHash, hash]);
      prevHash = hash;
    }
    await database.close();

    const reopened = await startCore({ dataDir, log: () => {} });
    cores.push(reopened);
    reopened.useChapter(chapterId);
    expect((await reopened.call('decisions.verify', { hubs: false })).problems).toEqual([]);
    const report = await reopened.call('decisions.verify', {});
    expect(report.problems).toEqual([expect.objectContaining({ table: 'meeting_records', problem: expect.stringMatching(/recorded a different hash/) })]);
  });
});
