// Sealed records and their per-device chains: what the hash covers, and what verification catches.
import { describe, expect, it } from 'vitest';
import { sealHash, sealValues } from '../../../shared/sealing/sealed-record.js';
import { verifyChains, type StoredRecord } from '../../../shared/sealing/verify-chains.js';

const chapter = 'ch1';

async function chain(deviceId: string, outcomes: string[]): Promise<StoredRecord[]> {
  const records: StoredRecord[] = [];
  let prevHash: string | null = null;
  for (const [i, outcome] of outcomes.entries()) {
    const id = `${deviceId}-d${i + 1}`;
    const values = await sealValues('decisions', id, { outcome, method: 'motion', tally: { counts: { yes: i, no: 1 } } }, { deviceId, seq: i + 1, prevHash });
    records.push({ table: 'decisions', id, chapterId: chapter, values });
    prevHash = values.hash as string;
  }
  return records;
}

describe('sealed records', () => {
  it('hash every column of the record, its place in the chain and its identity, not its chapter (renamed when linked to a hub)', async () => {
    const base = { outcome: 'passed', tally: { counts: { yes: 3 } } };
    const place = { device_id: 'dev', chain_seq: 1, prev_hash: null };
    const hash = await sealHash('decisions', 'd1', { ...base, ...place });
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await sealHash('decisions', 'd1', { ...place, tally: { counts: { yes: 3 } }, outcome: 'passed' })).toBe(hash);
    expect(await sealHash('decisions', 'd1', { ...base, ...place, outcome: 'not passed' })).not.toBe(hash);
    expect(await sealHash('decisions', 'd1', { ...base, ...place, chain_seq: 2 })).not.toBe(hash);
    expect(await sealHash('decisions', 'd2', { ...base, ...place })).not.toBe(hash);
    expect(await sealHash('meeting_records', 'd1', { ...place })).not.toBe(await sealHash('decisions', 'd1', { ...place }));
  });

  it('verify two devices’ chains that never forked, and report a changed record', async () => {
    const records = [...(await chain('a', ['passed', 'not passed', 'passed'])), ...(await chain('b', ['no quorum']))];
    expect(await verifyChains(records, [])).toMatchObject({ records: 4, chains: 2, problems: [] });
    records[1]!.values.outcome = 'passed';
    const report = await verifyChains(records, []);
    expect(report.problems).toEqual([expect.objectContaining({ id: 'a-d2', seq: 2, problem: expect.stringMatching(/does not match its hash/) })]);
  });

  it('report a dropped record and a broken link, even when each record’s own hash was recomputed', async () => {
    const records = await chain('a', ['passed', 'passed', 'passed']);
    const dropped = records.filter((r) => r.id !== 'a-d2');
    expect((await verifyChains(dropped, [])).problems.map((p) => p.problem)).toEqual([
      expect.stringMatching(/records 2 to 2 .* are missing/),
      expect.stringMatching(/does not link/),
    ]);
    const rewritten = await chain('a', ['passed', 'rejected', 'passed']);
    const mixed = [records[0]!, rewritten[1]!, records[2]!];
    expect((await verifyChains(mixed, [])).problems.map((p) => p.id)).toEqual(['a-d3']);
  });

  it('compare with the heads a hub recorded: a whole chain rewritten consistently no longer matches', async () => {
    const original = await chain('a', ['passed', 'passed']);
    const heads = [{ hub: 'https://hq.example.org', deviceId: 'a', seq: 2, hash: original[1]!.values.hash as string }];
    expect((await verifyChains(original, heads)).problems).toEqual([]);
    const rewritten = await chain('a', ['rejected', 'passed']);
    expect((await verifyChains(rewritten, [])).problems).toEqual([]);
    const report = await verifyChains(rewritten, heads);
    expect(report.problems).toEqual([expect.objectContaining({ id: 'a-d2', problem: expect.stringMatching(/hub https:\/\/hq.example.org recorded a different hash/) })]);
    expect((await verifyChains(rewritten.slice(0, 1), heads)).problems[0]?.problem).toMatch(/saw record 2 .* not here/);
  });
});
