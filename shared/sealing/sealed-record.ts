// What a sealed record's hash covers, and the hash itself. A record (a decision, a closed meeting)
// is hashed over the canonical JSON of its whole content as stored: every replicated column of its
// table except `hash`, plus its table and id. Not its chapter id: a chapter made offline takes the
// hub's id when it is linked to one (`join --link`), and its records must still verify after. Its place in its device's chain (device,
// sequence number, the previous record's hash) is part of that content, so a record cannot be
// moved, dropped or rewritten without breaking every hash after it.
import { hashDecision } from '../proposals/decision-hash.js';
import { tableSpec } from '../replication/tables.js';
import type { SealedTable } from '../replication/meeting-tables.js';

export interface ChainPosition {
  deviceId: string;
  seq: number;
  prevHash: string | null;
}

/** The content a record's hash is taken over: stored column values, nulls for the unset ones. */
export function sealedContent(table: SealedTable, id: string, values: Record<string, unknown>): Record<string, unknown> {
  const content: Record<string, unknown> = { table, id };
  for (const column of Object.keys(tableSpec(table).columns)) {
    if (column === 'hash') continue;
    content[column] = values[column] ?? null;
  }
  return content;
}

export function sealHash(table: SealedTable, id: string, values: Record<string, unknown>): Promise<string> {
  return hashDecision(sealedContent(table, id, values));
}

/** The values to write for a new record at `position`: its own values, its place, and its hash. */
export async function sealValues(
  table: SealedTable,
  id: string,
  values: Record<string, unknown>,
  position: ChainPosition,
): Promise<Record<string, unknown>> {
  const placed = { ...values, device_id: position.deviceId, chain_seq: position.seq, prev_hash: position.prevHash };
  return { ...placed, hash: await sealHash(table, id, placed) };
}
