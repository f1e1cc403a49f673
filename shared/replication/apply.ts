// The one apply path. Local writes, imports, and changes pulled from a hub all end here, on the
// device and on the hub alike. In ONE transaction it appends the new messages to the change log
// and folds them into the rows, keeping for each column the value with the latest clock stamp.
// The transaction is what makes this safe: a crash can never leave a row changed without its
// message in the log (which sync would then never send), nor a logged message not applied.
// Callers touch in-memory state (caches, events) only after this returns, i.e. after commit.
import type { Db } from '../db/db.js';
import type { ChangeMessage } from './messages.js';
import { tableSpec, type TableSpec } from './tables.js';

/** Rows per statement: large enough to amortise a round trip, small enough for one JSON parse. */
const BATCH = 2000;

export interface ApplyResult {
  /** Ids of messages that were new and are now applied and logged. */
  applied: string[];
  /** Tables whose rows changed, for the renderer's live queries. */
  tables: string[];
}

export async function applyMessages(db: Db, messages: readonly ChangeMessage[], receivedFrom: string | null = null): Promise<ApplyResult> {
  if (messages.length === 0) return { applied: [], tables: [] };
  return db.transaction(async (tx) => {
    const applied: string[] = [];
    const tables = new Set<string>();
    for (let start = 0; start < messages.length; start += BATCH) {
      const batch = messages.slice(start, start + BATCH);
      const fresh = await logNewMessages(tx, batch, receivedFrom);
      for (const [table, rows] of foldByRow(fresh)) {
        const spec = tableSpec(table);
        await tx.query(upsertSql(spec), [JSON.stringify(rows)]);
        // A local batch can only touch an erased row by erasing it (the handlers refuse other
        // edits of erased members); a remote one may carry an offline device's late edit.
        if (spec.erasure && (receivedFrom !== null || rows.some((r) => r[spec.erasure!.marker] != null))) {
          await scrubErasedFromLog(tx, spec, rows);
        }
        tables.add(table);
      }
      for (const msg of fresh) applied.push(msg.id);
    }
    return { applied, tables: [...tables] };
  });
}

/** Appends messages to the log; returns those not seen before (messages are idempotent by id). */
async function logNewMessages(tx: Db, batch: readonly ChangeMessage[], receivedFrom: string | null): Promise<ChangeMessage[]> {
  const payload = batch.map((m) => ({
    id: m.id,
    hlc: m.hlc,
    chapter_id: m.chapter,
    tbl: m.table,
    row_id: m.row,
    vals: m.values,
    device: m.device,
    author: m.author,
  }));
  const result = await tx.query<{ id: string }>(
    `insert into change_log (id, hlc, chapter_id, tbl, row_id, vals, device, author, received_from)
     select x.id, x.hlc, x.chapter_id, x.tbl, x.row_id, x.vals, x.device, x.author, $2
       from jsonb_to_recordset($1::jsonb) as x(id text, hlc text, chapter_id text, tbl text, row_id text, vals jsonb, device text, author text)
     on conflict (id) do nothing
     returning id`,
    [JSON.stringify(payload), receivedFrom],
  );
  if (result.rows.length === batch.length) return [...batch];
  const fresh = new Set(result.rows.map((r) => r.id));
  return batch.filter((m) => fresh.delete(m.id));
}

interface FoldedRow {
  id: string;
  chapter_id: string;
  clocks: Record<string, string>;
  updated_hlc: string;
  [column: string]: unknown;
}

/**
 * Merges the messages for each row into one record (per column, the latest stamp wins), because
 * one upsert statement may not touch the same row twice.
 */
function foldByRow(messages: readonly ChangeMessage[]): Map<string, FoldedRow[]> {
  const byTable = new Map<string, Map<string, FoldedRow>>();
  for (const msg of messages) {
    let rows = byTable.get(msg.table);
    if (!rows) byTable.set(msg.table, (rows = new Map()));
    let row = rows.get(msg.row);
    if (!row) rows.set(msg.row, (row = { id: msg.row, chapter_id: msg.chapter, clocks: {}, updated_hlc: msg.hlc }));
    for (const [column, value] of Object.entries(msg.values)) {
      const seen = row.clocks[column];
      if (seen === undefined || msg.hlc > seen) {
        row.clocks[column] = msg.hlc;
        row[column] = value;
      }
    }
    if (msg.hlc > row.updated_hlc) row.updated_hlc = msg.hlc;
  }
  return new Map([...byTable].map(([table, rows]) => [table, [...rows.values()]]));
}

const upsertCache = new Map<string, string>();

/**
 * One INSERT ... ON CONFLICT per batch, with the last-writer-wins rule in SQL: a column takes the
 * incoming value only when the incoming stamp for that column is later than the stored one.
 * Runs on PostgreSQL 15 (the hub) and PGlite's 18: no newer syntax.
 */
export function upsertSql(spec: TableSpec): string {
  const cached = upsertCache.get(spec.name);
  if (cached) return cached;
  const columns = Object.entries(spec.columns);
  const recordType = ['id text', 'chapter_id text', ...columns.map(([c, s]) => `${c} ${s.type}`), 'clocks jsonb', 'updated_hlc text'];
  const insertValues = columns.map(([c, s]) => (s.default ? `coalesce(x.${c}, ${s.default})` : `x.${c}`));
  const personal = new Set(spec.erasure?.personal ?? []);
  const marker = spec.erasure?.marker;
  const assignments = columns.map(([c]) => {
    const newer = `(excluded.clocks->>'${c}') > coalesce(t.clocks->>'${c}', '')`;
    if (marker && personal.has(c)) {
      return `${c} = case when t.${marker} is not null then t.${c}
                          when excluded.${marker} is not null then excluded.${c}
                          when ${newer} then excluded.${c} else t.${c} end`;
    }
    return `${c} = case when ${newer} then excluded.${c} else t.${c} end`;
  });
  const insert = `insert into ${spec.name} as t (id, chapter_id, ${columns.map(([c]) => c).join(', ')}, clocks, updated_hlc)
    select x.id, x.chapter_id, ${insertValues.join(', ')}, x.clocks, x.updated_hlc
      from jsonb_to_recordset($1::jsonb) as x(${recordType.join(', ')})`;
  if (spec.immutable) {
    // The first version stored wins, everywhere: a row that must never change ignores later ones.
    const sql = `${insert}\n    on conflict (id) do nothing`;
    upsertCache.set(spec.name, sql);
    return sql;
  }
  const sql = `${insert}
    on conflict (id) do update set
      ${assignments.join(',\n      ')},
      clocks = t.clocks || coalesce((select jsonb_object_agg(e.key, e.value) from jsonb_each(excluded.clocks) e
                                      where (e.value #>> '{}') > coalesce(t.clocks->>e.key, '')), '{}'::jsonb),
      updated_hlc = greatest(t.updated_hlc, excluded.updated_hlc)
    where t.chapter_id = excluded.chapter_id`;
  upsertCache.set(spec.name, sql);
  return sql;
}

/**
 * After an erasure, the log keeps no copy of the row's personal values, only the tombstone. Checked
 * against the stored row, so a change that arrives after the erasure is scrubbed too.
 */
async function scrubErasedFromLog(tx: Db, spec: TableSpec, rows: FoldedRow[]): Promise<void> {
  const { marker, personal } = spec.erasure!;
  await tx.query(
    `update change_log c set vals = c.vals - $3::text[]
       from ${spec.name} r
      where c.tbl = $1 and c.row_id = any($2::text[]) and r.id = c.row_id
        and r.${marker} is not null and not (c.vals ? $4) and c.vals ?| $3::text[]`,
    [spec.name, rows.map((r) => r.id), personal, marker],
  );
}
