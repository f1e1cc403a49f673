// The change log's rows as change messages again: what sync pushes, what a hub's pull answers,
// what a rebuild re-applies. One conversion, so the log and the wire never drift apart.
import type { ChangeMessage } from './messages.js';

/** The columns to select from change_log for `messageFromLog`. */
export const logMessageColumns = 'id, hlc, chapter_id, tbl, row_id, vals, device, author';

export interface LogMessageRow {
  id: string;
  hlc: string;
  chapter_id: string;
  tbl: string;
  row_id: string;
  vals: Record<string, unknown>;
  device: string;
  author: string | null;
}

export function messageFromLog(row: LogMessageRow): ChangeMessage {
  return { id: row.id, hlc: row.hlc, chapter: row.chapter_id, table: row.tbl, row: row.row_id, values: row.vals, device: row.device, author: row.author };
}

/**
 * An erasure scrubs personal values from the log; a message left with none carries nothing (and
 * would not pass the message schema). Readers skip it, but move their marks past it.
 */
export function carriesValues(row: Pick<LogMessageRow, 'vals'>): boolean {
  return Object.keys(row.vals).length > 0;
}
