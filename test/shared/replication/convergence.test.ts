// Property: whatever edits three devices make while apart, and in whatever order they exchange
// their change logs, once everyone has everything all copies are identical. This is the rule the
// whole offline-first design rests on (per-column last-writer-wins on the hybrid clock).
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db } from '../../../shared/db/db.js';
import { loadMigrations, migrate, sharedMigrationsDir } from '../../../shared/db/migrations.js';
import { pgliteDb } from '../../../shared/db/pglite-db.js';
import { HybridClock } from '../../../shared/hlc.js';
import { applyMessages } from '../../../shared/replication/apply.js';
import type { ChangeMessage } from '../../../shared/replication/messages.js';

const DEVICES = 3;
const ROWS = ['r0', 'r1', 'r2'];
const chapter = 'chapter-1';

interface Device {
  db: Db;
  pg: PGlite;
  clock: HybridClock;
}

let devices: Device[];
let now = 1_700_000_000_000;

beforeAll(async () => {
  devices = [];
  for (let i = 0; i < DEVICES; i++) {
    const pg = await PGlite.create({ extensions: { pg_trgm } });
    const db = pgliteDb(pg);
    await db.exec('create extension if not exists pg_trgm');
    await migrate(db, loadMigrations(sharedMigrationsDir()));
    devices.push({ db, pg, clock: new HybridClock(`dev${i}`, () => now) });
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(devices.map((d) => d.pg.close()));
});

type Command =
  | { kind: 'edit'; device: number; row: number; column: 'first_name' | 'city' | 'tags' | 'deleted_at'; value: string | null; advance: number }
  | { kind: 'sync'; from: number; to: number };

const editArb = fc.record({
  kind: fc.constant('edit' as const),
  device: fc.nat({ max: DEVICES - 1 }),
  row: fc.nat({ max: ROWS.length - 1 }),
  column: fc.constantFrom('first_name' as const, 'city' as const, 'tags' as const, 'deleted_at' as const),
  value: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
  // Wall clocks that stand still, creep, or jump: the clock must order edits regardless.
  advance: fc.constantFrom(0, 0, 1, 5, 1000),
});
const syncArb = fc.record({ kind: fc.constant('sync' as const), from: fc.nat({ max: DEVICES - 1 }), to: fc.nat({ max: DEVICES - 1 }) });

function valueFor(column: string, value: string | null): unknown {
  if (column === 'tags') return value ? [value] : [];
  if (column === 'first_name') return value ?? '';
  return value;
}

async function logOf(device: Device): Promise<ChangeMessage[]> {
  const { rows } = await device.db.query<{ id: string; hlc: string; chapter_id: string; tbl: string; row_id: string; vals: Record<string, unknown>; device: string; author: string | null }>(
    'select id, hlc, chapter_id, tbl, row_id, vals, device, author from change_log order by seq',
  );
  return rows.map((r) => ({ id: r.id, hlc: r.hlc, chapter: r.chapter_id, table: r.tbl, row: r.row_id, values: r.vals, device: r.device, author: r.author }));
}

async function exchange(from: Device, to: Device): Promise<void> {
  const messages = await logOf(from);
  for (const m of messages) to.clock.receive(m.hlc);
  await applyMessages(to.db, messages);
}

async function snapshot(device: Device): Promise<unknown[]> {
  const { rows } = await device.db.query('select id, first_name, city, tags, deleted_at from members order by id');
  return rows;
}

async function run(commands: Command[]): Promise<void> {
  for (const d of devices) await d.db.exec('delete from members; delete from change_log;');
  for (const command of commands) {
    if (command.kind === 'edit') {
      now += command.advance;
      const device = devices[command.device]!;
      const message: ChangeMessage = {
        id: randomUUID(),
        hlc: device.clock.tick(),
        chapter,
        table: 'members',
        row: ROWS[command.row]!,
        values: { [command.column]: valueFor(command.column, command.value) },
        device: `dev${command.device}`,
        author: null,
      };
      await applyMessages(device.db, [message]);
    } else if (command.from !== command.to) {
      await exchange(devices[command.from]!, devices[command.to]!);
    }
  }
  // Everyone gets everything (twice round, so the last device's log reaches the first).
  for (let round = 0; round < 2; round++) {
    for (const from of devices) for (const to of devices) if (from !== to) await exchange(from, to);
  }
  const [first, ...others] = await Promise.all(devices.map(snapshot));
  for (const other of others) expect(other).toEqual(first);
}

describe('convergence', () => {
  it('three devices converge whatever the edits and the sync order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(editArb, editArb, syncArb), { minLength: 1, maxLength: 25 }), (commands) => run(commands)),
      { numRuns: 40 },
    );
  }, 120_000);
});
