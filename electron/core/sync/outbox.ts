// What to push to a hub next: the log after the hub's "pushed up to" mark, for the chapter its
// token covers. Messages learned from other hubs are included (so a meeting hub's changes reach
// headquarters); the ones that came from this very hub are not echoed back.
import type { Db } from '../../../shared/db/db.js';
import type { ChangeMessage } from '../../../shared/replication/messages.js';
import type { HubLink } from './hub-links.js';

export interface OutboxBatch {
  messages: ChangeMessage[];
  /** The mark to store once the hub acknowledges the batch. */
  upTo: number;
}

interface LogRow {
  seq: number | string;
  id: string;
  hlc: string;
  chapter_id: string;
  tbl: string;
  row_id: string;
  vals: Record<string, unknown>;
  device: string;
  author: string | null;
}

export async function nextOutboxBatch(db: Db, link: HubLink, limit: number): Promise<OutboxBatch | null> {
  // An observer's edits are pushed too: the hub refuses them by id, and the device then restores
  // the hub's values and shows why (rather than keeping a change that silently never syncs).
  if (!link.chapterId || link.role === 'coordinator') return null;
  const { rows } = await db.query<LogRow>(
    `select seq, id, hlc, chapter_id, tbl, row_id, vals, device, author from change_log
      where seq > $1 and chapter_id = $2 and received_from is distinct from $3
      order by seq limit $4`,
    [link.pushedUpTo, link.chapterId, link.id, limit],
  );
  if (rows.length === 0) return null;
  return {
    // An erasure may have scrubbed a message down to nothing: the mark still moves past it.
    messages: rows
      .filter((r) => Object.keys(r.vals).length > 0)
      .map((r) => ({ id: r.id, hlc: r.hlc, chapter: r.chapter_id, table: r.tbl, row: r.row_id, values: r.vals, device: r.device, author: r.author })),
    upTo: Number(rows.at(-1)!.seq),
  };
}
