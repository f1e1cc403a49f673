// Chain heads: where each device's chain of sealed records stood when it reached this hub. Recorded
// in the transaction that stores the records, read by `decisions verify` on the devices.
import type { Db } from '../../shared/db/db.js';
import type { ChangeMessage } from '../../shared/replication/messages.js';
import { sealedTables } from '../../shared/replication/meeting-tables.js';

const sealed = new Set<string>(sealedTables);

/** Records the chain place of every newly stored sealed record; a place seen before keeps its hash. */
export async function recordChainPlaces(tx: Db, chapter: string, stored: ChangeMessage[]): Promise<void> {
  const places = stored.filter((m) => sealed.has(m.table) && typeof m.values.device_id === 'string' && typeof m.values.chain_seq === 'number' && typeof m.values.hash === 'string');
  if (places.length === 0) return;
  await tx.query(
    `insert into chain_heads (chapter_id, device_id, seq, hash)
     select $1, p.device_id, p.seq, p.hash from jsonb_to_recordset($2::jsonb) as p(device_id text, seq integer, hash text)
     on conflict (chapter_id, device_id, seq) do nothing`,
    [chapter, JSON.stringify(places.map((m) => ({ device_id: m.values.device_id, seq: m.values.chain_seq, hash: m.values.hash })))],
  );
}

export interface ChainHeadRow {
  deviceId: string;
  seq: number;
  hash: string;
  recordedAt: string;
}

/** The furthest place of each device's chain in a chapter that reached this hub. */
export async function chainHeads(db: Db, chapter: string): Promise<ChainHeadRow[]> {
  const { rows } = await db.query<{ device_id: string; seq: number; hash: string; recorded_at: string | Date }>(
    `select distinct on (device_id) device_id, seq, hash, recorded_at from chain_heads
      where chapter_id = $1 order by device_id, seq desc`,
    [chapter],
  );
  return rows.map((r) => ({ deviceId: r.device_id, seq: r.seq, hash: r.hash, recordedAt: new Date(r.recorded_at).toISOString() }));
}
