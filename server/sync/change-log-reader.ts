// Reads one chapter's stored messages back out of the change log, in the hub's `seq` order, as
// change messages again: what a pull answers and what a live update carries.
import type { Db } from '../../shared/db/db.js';
import type { ChangeMessage } from '../../shared/replication/messages.js';
import { carriesValues, logMessageColumns, messageFromLog, type LogMessageRow } from '../../shared/replication/log-rows.js';

interface LogRow extends LogMessageRow {
  seq: number;
}

export interface LogPage {
  messages: ChangeMessage[];
  /** The seq of the last log row read (or `after` when none): the next page starts after it. */
  cursor: number;
  more: boolean;
}

/**
 * `sentBy`: the pulling device. Messages it pushed itself are left out (it has them), but the
 * cursor still moves past them: a device that pushed 10,000 members must not download them again.
 */
export async function readChapterLog(db: Db, chapter: string, after: number, limit: number, sentBy: string | null = null): Promise<LogPage> {
  const { rows } = await db.query<LogRow & { received_from: string | null }>(
    `select seq, ${logMessageColumns}, received_from
       from change_log where chapter_id = $1 and seq > $2 order by seq limit $3`,
    [chapter, after, limit + 1],
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const messages: ChangeMessage[] = page.filter((r) => carriesValues(r) && (sentBy === null || r.received_from !== sentBy)).map(messageFromLog);
  return { messages, cursor: page.at(-1)?.seq ?? after, more };
}

/** The chapter's last seq (0 when it has none). */
export async function lastChapterSeq(db: Db, chapter: string): Promise<number> {
  const { rows } = await db.query<{ seq: number }>('select seq from change_log where chapter_id = $1 order by seq desc limit 1', [chapter]);
  return rows[0]?.seq ?? 0;
}
