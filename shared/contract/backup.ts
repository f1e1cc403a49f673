// Backups of the whole data dir: made on demand (menu, CLI) and on a rotating schedule.
import { z } from 'zod';
import { method } from './define.js';

export const backupInfoSchema = z.object({ fileName: z.string(), bytes: z.number().int(), createdAt: z.string() });
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupContract = {
  'backup.create': method({ input: z.object({}), output: backupInfoSchema, writes: true }),
  'backup.list': method({ input: z.object({}), output: z.array(backupInfoSchema), writes: false }),
  /** The bytes of one backup in DIR/backups, for the browser host's download. */
  'backup.read': method({
    input: z.object({ fileName: z.string().regex(/^[\w.-]+\.tar\.gz$/, 'not a backup file name') }),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
    writes: false,
  }),
};
