// Reads one chapter's stored messages back out of the change log, in the hub's `seq` order, as
// change messages again: what a pull answers and what a live update carries.
import type { Db } from '../../shared/db/db.js';
import type { ChangeMessage } from '../../shared/replication/messages.js';

interface LogRow {
  seq: number;
  id: string;
  hlc: string;
  chapter_id: string;
  tbl: string;
  row_id: string;
  vals: Record<string, unknown>;
  device: string;
  author: string | null;
}

export interface LogPage {
  messages: ChangeMessage[];
  /** The seq of the last log row read (or `after` when none): the next page starts after it. */
  cursor: number;
  more: boolean;
}

export async function readChapterLog(db: Db, chapter: string, after: number, limit: number): Promise<LogPage> {
  const { rows } = await db.query<LogRow>(
    `select seq, id, hlc, chapter_id, tbl, row_id, vals, device, author
       from change_log where chapter_id = $1 and seq > $2 order by seq limit $3`,
    [chapter, after, limit + 1],
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const messages: ChangeMessage[] = [];
  for (const row of page) {
    // An erasure scrubs personal values from the log; a message left with none carries nothing
    // (and would not pass the message schema). Skipped, but the cursor still moves past it.
    if (Object.keys(row.vals).length === 0) continue;
    messages.push({
      id: row.id,
      hlc: row.hlc,
      chapter: row.chapter_id,
      table: row.tbl,
      row: row.row_id,
      values: row.vals,
      device: row.device,
      author: row.author,
    });
  }
  return { messages, cursor: page.at(-1)?.seq ?? after, more };
}

/** The chapter's last seq (0 when it has none). */
export async function lastChapterSeq(db: Db, chapter: string): Promise<number> {
  const { rows } = await db.query<{ seq: number }>('select seq from change_log where chapter_id = $1 order by seq desc limit 1', [chapter]);
  return rows[0]?.seq ?? 0;
}
