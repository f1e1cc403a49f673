// This device's chain of sealed records in a chapter: every decision and closed meeting written here
// takes the next place in it. Only called from writes, which the write queue runs one at a time, so
// two records never take the same place.
import type { Db } from '../../../shared/db/db.js';
import type { ChangeMessage } from '../../../shared/replication/messages.js';
import type { SealedTable } from '../../../shared/replication/meeting-tables.js';
import { sealValues, type ChainPosition } from '../../../shared/sealing/sealed-record.js';
import type { StoredRecord } from '../../../shared/sealing/verify-chains.js';
import { tableSpec } from '../../../shared/replication/tables.js';
import type { HandlerContext } from '../handler-context.js';

async function chainHead(db: Db, chapterId: string, deviceId: string): Promise<{ seq: number; hash: string | null } | null> {
  const { rows } = await db.query<{ chain_seq: number; hash: string | null }>(
    `select chain_seq, hash from (
       select chain_seq, hash from decisions where chapter_id = $1 and device_id = $2
       union all
       select chain_seq, hash from meeting_records where chapter_id = $1 and device_id = $2
     ) as chain order by chain_seq desc limit 1`,
    [chapterId, deviceId],
  );
  return rows[0] ? { seq: rows[0].chain_seq, hash: rows[0].hash } : null;
}

/**
 * Change messages for new sealed records, placed one after another at the end of this device's
 * chain. Commit them (with anything else) in one call, before any other sealed record is written.
 */
export async function sealedChanges(ctx: HandlerContext, records: { table: SealedTable; id: string; values: Record<string, unknown> }[]): Promise<ChangeMessage[]> {
  const chapterId = ctx.chapterId();
  const deviceId = ctx.session.device.deviceId;
  const head = await chainHead(ctx.db, chapterId, deviceId);
  let position: ChainPosition = { deviceId, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? null };
  const messages: ChangeMessage[] = [];
  for (const record of records) {
    const values = await sealValues(record.table, record.id, record.values, position);
    messages.push(ctx.change(record.table, record.id, values));
    position = { deviceId, seq: position.seq + 1, prevHash: values.hash as string };
  }
  return messages;
}

/** Every sealed record of a chapter as stored, for verification. */
export async function readSealedRecords(db: Db, chapterId: string): Promise<StoredRecord[]> {
  const records: StoredRecord[] = [];
  for (const table of ['decisions', 'meeting_records'] as const) {
    const columns = ['id', ...Object.keys(tableSpec(table).columns)];
    const { rows } = await db.query<Record<string, unknown>>(`select ${columns.join(', ')} from ${table} where chapter_id = $1`, [chapterId]);
    for (const row of rows) {
      const { id, ...values } = row;
      records.push({ table, id: id as string, chapterId, values });
    }
  }
  return records;
}
