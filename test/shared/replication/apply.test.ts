// The one apply path against a real PGlite: per-column last-writer-wins, idempotence, erasure.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/core/db/open-database.js';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { formatHlc } from '../../../shared/hlc.js';
import { applyMessages } from '../../../shared/replication/apply.js';
import { changeMessageSchema, type ChangeMessage } from '../../../shared/replication/messages.js';
import { removeDir, tempDir } from '../../support/core-fixture.js';

let database: Database;
const chapter = 'chapter-1';

const at = (millis: number, node = 'devA') => formatHlc({ millis, counter: 0, node });

function msg(row: string, hlc: string, values: Record<string, unknown>, extra: Partial<ChangeMessage> = {}): ChangeMessage {
  return changeMessageSchema.parse({ id: randomUUID(), hlc, chapter, table: 'members', row, values, device: 'devA', author: null, ...extra });
}

async function member(id: string) {
  const { rows } = await database.db.query<Record<string, unknown>>('select * from members where id = $1', [id]);
  return rows[0];
}

beforeAll(async () => {
  database = await openDatabase(tempDir());
});
afterAll(async () => {
  await database.close();
  removeDir(database.dataDir);
});
beforeEach(async () => {
  await database.db.exec('delete from members; delete from change_log;');
});

describe('applyMessages', () => {
  it('creates a row and logs its message in one go', async () => {
    const m = msg('m1', at(1000), { first_name: 'Ann', email: 'ann@example.org' });
    const result = await applyMessages(database.db, [m]);
    expect(result).toEqual({ applied: [m.id], tables: ['members'] });
    expect(await member('m1')).toMatchObject({ first_name: 'Ann', last_name: '', email: 'ann@example.org', tags: [], status: 'supporter' });
    const log = await database.db.query('select id, row_id, vals from change_log');
    expect(log.rows).toEqual([{ id: m.id, row_id: 'm1', vals: { first_name: 'Ann', email: 'ann@example.org' } }]);
  });

  it('keeps, per column, the value with the latest stamp, whatever the arrival order', async () => {
    const older = msg('m1', at(1000), { first_name: 'Ann', phone: '+15550000001' });
    const newer = msg('m1', at(2000, 'devB'), { first_name: 'Anne' });
    await applyMessages(database.db, [newer]);
    await applyMessages(database.db, [older]);
    expect(await member('m1')).toMatchObject({ first_name: 'Anne', phone: '+15550000001' });
    expect((await member('m1'))!.updated_hlc).toBe(newer.hlc);
  });

  it('folds several messages for one row in one batch', async () => {
    await applyMessages(database.db, [
      msg('m1', at(3000), { first_name: 'C' }),
      msg('m1', at(1000), { first_name: 'A', city: 'Oslo' }),
      msg('m1', at(2000), { first_name: 'B', city: 'Rome' }),
    ]);
    expect(await member('m1')).toMatchObject({ first_name: 'C', city: 'Rome' });
  });

  it('is idempotent by message id: a retried batch changes nothing', async () => {
    const first = msg('m1', at(1000), { first_name: 'Ann' });
    const second = msg('m1', at(2000), { first_name: 'Bea' });
    await applyMessages(database.db, [first, second]);
    const again = await applyMessages(database.db, [first, second]);
    expect(again.applied).toEqual([]);
    expect(await member('m1')).toMatchObject({ first_name: 'Bea' });
    expect((await database.db.query('select count(*)::int as n from change_log')).rows[0]).toEqual({ n: 2 });
  });

  it('never moves a row to another chapter', async () => {
    await applyMessages(database.db, [msg('m1', at(1000), { first_name: 'Ann' })]);
    await applyMessages(database.db, [msg('m1', at(2000), { first_name: 'Mallory' }, { chapter: 'other' })]);
    expect(await member('m1')).toMatchObject({ chapter_id: chapter, first_name: 'Ann' });
  });

  it('rolls back everything when one statement fails', async () => {
    const good = msg('m1', at(1000), { first_name: 'Ann' });
    const bad = { ...msg('m2', at(1000), { first_name: 'Bo' }), table: 'no_such_table' } as ChangeMessage;
    await expect(applyMessages(database.db, [good, bad])).rejects.toThrow();
    expect(await member('m1')).toBeUndefined();
    expect((await database.db.query('select count(*)::int as n from change_log')).rows[0]).toEqual({ n: 0 });
  });

  it('keeps an erasure even against later edits, and scrubs the log', async () => {
    await applyMessages(database.db, [msg('m1', at(1000), { first_name: 'Ann', email: 'ann@example.org', notes: 'private' })]);
    const erase = msg('m1', at(2000), { erased_at: '2025-01-01T00:00:00Z', first_name: '', email: null, notes: null });
    const offlineEditBefore = msg('m1', at(1500, 'devB'), { email: 'ann.b@example.org' });
    const offlineEditAfter = msg('m1', at(3000, 'devB'), { email: 'ann.c@example.org', city: 'Oslo' });
    await applyMessages(database.db, [erase]);
    await applyMessages(database.db, [offlineEditBefore, offlineEditAfter], 'hub-1');
    expect(await member('m1')).toMatchObject({ first_name: '', email: null, notes: null, city: null });
    const { rows } = await database.db.query<{ vals: Record<string, unknown> }>('select vals from change_log order by seq');
    expect(JSON.stringify(rows)).not.toMatch(/ann|private|Oslo/);
  });
});

describe('change message validation', () => {
  const base = { id: 'x1', hlc: at(1), chapter, table: 'members', row: 'm1', device: 'd', author: null };
  it.each([
    [{ ...base, table: 'secrets', values: { a: 1 } }, 'not a replicated table'],
    [{ ...base, values: {} }, 'at least one column'],
    [{ ...base, values: { no_column: 'x' } }, 'has no column no_column'],
    [{ ...base, values: { tags: 'not-a-list' } }, 'expected array'],
    [{ ...base, hlc: 'yesterday', values: { first_name: 'A' } }, 'not a clock stamp'],
    [{ ...base, row: "m1'; drop table members", values: { first_name: 'A' } }, 'ids are letters'],
  ])('rejects %#', (input, expected) => {
    const result = changeMessageSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(expected);
  });
});
