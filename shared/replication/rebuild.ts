// Rebuilds rows from the change log alone. Used when a hub refuses some of this device's messages:
// they are taken out of the log, and the rows they touched go back to what the remaining messages
// (the hub's values, pulled like any others) say.
import type { Db } from '../db/db.js';
import { applyMessages } from './apply.js';
import type { ChangeMessage } from './messages.js';
import { carriesValues, logMessageColumns, messageFromLog, type LogMessageRow } from './log-rows.js';

interface LogRow extends LogMessageRow {
  received_from: string | null;
}

export async function removeAndRebuild(db: Db, messageIds: string[]): Promise<{ tables: string[] }> {
  if (messageIds.length === 0) return { tables: [] };
  return db.transaction(async (tx) => {
    const { rows: removed } = await tx.query<{ tbl: string; row_id: string }>(
      'delete from change_log where id = any($1::text[]) returning tbl, row_id',
      [messageIds],
    );
    const tables = [...new Set(removed.map((r) => r.tbl))];
    for (const table of tables) {
      const rowIds = [...new Set(removed.filter((r) => r.tbl === table).map((r) => r.row_id))];
      const { rows: remaining } = await tx.query<LogRow>(
        `delete from change_log where tbl = $1 and row_id = any($2::text[]) returning ${logMessageColumns}, received_from`,
        [table, rowIds],
      );
      await tx.query(`delete from ${table} where id = any($1::text[])`, [rowIds]);
      // Re-applied in their original groups so each keeps where it came from.
      const bySource = new Map<string | null, ChangeMessage[]>();
      for (const r of remaining.sort((a, b) => a.hlc.localeCompare(b.hlc))) {
        if (!carriesValues(r)) continue;
        const list = bySource.get(r.received_from) ?? [];
        list.push(messageFromLog(r));
        bySource.set(r.received_from, list);
      }
      for (const [source, messages] of bySource) await applyMessages(tx, messages, source);
    }
    return { tables };
  });
}
