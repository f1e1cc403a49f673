// Checks sealed records: each record's hash against its content, each device's chain link by link,
// and each chain head a hub recorded against the record now at that place. Pure: the caller reads
// the records and the hubs' heads.
import type { SealedTable } from '../replication/meeting-tables.js';
import { sealHash } from './sealed-record.js';

export interface StoredRecord {
  table: SealedTable;
  id: string;
  chapterId: string;
  /** Every replicated column as stored (hash, device_id, chain_seq, prev_hash included). */
  values: Record<string, unknown>;
}

/** A device's chain head as a hub saw it at a sync. */
export interface ChainHead {
  hub: string;
  deviceId: string;
  seq: number;
  hash: string;
}

export interface RecordProblem {
  table: SealedTable | null;
  id: string | null;
  deviceId: string | null;
  seq: number | null;
  problem: string;
}

export interface VerifyReport {
  records: number;
  chains: number;
  headsChecked: number;
  problems: RecordProblem[];
}

export async function verifyChains(records: StoredRecord[], heads: ChainHead[]): Promise<VerifyReport> {
  const problems: RecordProblem[] = [];
  const chains = new Map<string, StoredRecord[]>();
  for (const record of records) {
    const where = placeOf(record);
    const expected = await sealHash(record.table, record.id, record.values);
    if (record.values.hash !== expected) {
      problems.push({ ...where, problem: record.values.hash ? 'its content does not match its hash: it was changed after it was written' : 'it has no hash' });
    }
    if (where.deviceId === null || where.seq === null) {
      problems.push({ ...where, problem: 'it has no place in a device chain' });
      continue;
    }
    const chain = chains.get(where.deviceId) ?? [];
    chain.push(record);
    chains.set(where.deviceId, chain);
  }

  for (const [deviceId, chain] of chains) {
    chain.sort((a, b) => Number(a.values.chain_seq) - Number(b.values.chain_seq));
    let previous: StoredRecord | null = null;
    for (const record of chain) {
      const where = placeOf(record);
      const expectedSeq = previous ? Number(previous.values.chain_seq) + 1 : 1;
      if (where.seq !== expectedSeq) {
        problems.push({ ...where, problem: where.seq! < expectedSeq ? `two records hold place ${where.seq} in device ${deviceId}'s chain` : `records ${expectedSeq} to ${where.seq! - 1} of device ${deviceId}'s chain are missing` });
      }
      const expectedPrev = previous ? previous.values.hash : null;
      if ((record.values.prev_hash ?? null) !== (expectedPrev ?? null)) {
        problems.push({ ...where, problem: 'it does not link to the record before it in its device chain' });
      }
      previous = record;
    }
  }

  let headsChecked = 0;
  for (const head of heads) {
    headsChecked++;
    const record = chains.get(head.deviceId)?.find((r) => Number(r.values.chain_seq) === head.seq);
    if (!record) {
      problems.push({ table: null, id: null, deviceId: head.deviceId, seq: head.seq, problem: `hub ${head.hub} saw record ${head.seq} of this device's chain, and it is not here` });
    } else if (record.values.hash !== head.hash) {
      problems.push({ ...placeOf(record), problem: `hub ${head.hub} recorded a different hash for this place in the chain: the record was rewritten after that sync` });
    }
  }
  return { records: records.length, chains: chains.size, headsChecked, problems };
}

function placeOf(record: StoredRecord): Omit<RecordProblem, 'problem'> {
  const seq = record.values.chain_seq;
  return {
    table: record.table,
    id: record.id,
    deviceId: typeof record.values.device_id === 'string' ? record.values.device_id : null,
    seq: typeof seq === 'number' ? seq : null,
  };
}
