// Change messages: the only way a replicated row changes, locally or from another device.
// `{id, hlc, chapter, table, row, values, device, author}`; `values` holds only the changed
// columns, all stamped with `hlc`. Validated here for local writes, sync and the hub alike.
import { z } from 'zod';
import { isHlc } from '../hlc.js';
import { replicatedTables } from './tables.js';

const id = z.string().min(1).max(64).regex(/^[\w-]+$/, 'ids are letters, digits, _ and -');

export const changeMessageSchema = z
  .object({
    id,
    hlc: z.string().refine(isHlc, 'not a clock stamp'),
    chapter: id,
    table: z.string(),
    row: id,
    values: z.record(z.string(), z.unknown()),
    device: id,
    author: z.string().max(200).nullable(),
  })
  .superRefine((msg, ctx) => {
    const spec = replicatedTables[msg.table];
    if (!spec) {
      ctx.addIssue({ code: 'custom', path: ['table'], message: `not a replicated table: ${msg.table}` });
      return;
    }
    if (msg.table === 'chapters' && msg.row !== msg.chapter) {
      ctx.addIssue({ code: 'custom', path: ['row'], message: 'a chapter row must carry its own id as chapter' });
    }
    const columns = Object.keys(msg.values);
    if (columns.length === 0) ctx.addIssue({ code: 'custom', path: ['values'], message: 'a change must set at least one column' });
    for (const column of columns) {
      const columnSpec = spec.columns[column];
      if (!columnSpec) {
        ctx.addIssue({ code: 'custom', path: ['values', column], message: `${msg.table} has no column ${column}` });
        continue;
      }
      const parsed = columnSpec.value.safeParse(msg.values[column]);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', path: ['values', column], message: parsed.error.issues[0]?.message ?? 'invalid value' });
      }
    }
  });

export type ChangeMessage = z.infer<typeof changeMessageSchema>;
