// What to push to a hub next: the log after the hub's "pushed up to" mark, for the chapter its
// token covers. Messages learned from other hubs are included (so a meeting hub's changes reach
// headquarters); the ones that came from this very hub are not echoed back.
import type { Db } from '../../../shared/db/db.js';
import type { ChangeMessage } from '../../../shared/replication/messages.js';
import { carriesValues, logMessageColumns, messageFromLog, type LogMessageRow } from '../../../shared/replication/log-rows.js';
import type { HubLink } from './hub-links.js';

export interface OutboxBatch {
  messages: ChangeMessage[];
  /** The mark to store once the hub acknowledges the batch. */
  upTo: number;
}

interface LogRow extends LogMessageRow {
  seq: number | string;
}

export async function nextOutboxBatch(db: Db, link: HubLink, limit: number): Promise<OutboxBatch | null> {
  // An observer's edits are pushed too: the hub refuses them by id, and the device then restores
  // the hub's values and shows why (rather than keeping a change that silently never syncs).
  if (!link.chapterId || link.role === 'coordinator') return null;
  const { rows } = await db.query<LogRow>(
    `select seq, ${logMessageColumns} from change_log
      where seq > $1 and chapter_id = $2 and received_from is distinct from $3
      order by seq limit $4`,
    [link.pushedUpTo, link.chapterId, link.id, limit],
  );
  if (rows.length === 0) return null;
  return {
    messages: rows.filter(carriesValues).map(messageFromLog),
    upTo: Number(rows.at(-1)!.seq),
  };
}
