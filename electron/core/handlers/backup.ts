// Backup: on demand from the menu or the browser host, listed for the Settings screen.
import fs from 'node:fs';
import path from 'node:path';
import { CallError } from '../../../shared/contract/errors.js';
import type { HandlerMap } from '../handler-context.js';
import { createBackup, listBackups } from '../backup/backups.js';
import { dataDirPaths } from '../db/open-database.js';
import type { PGlite } from '@electric-sql/pglite';

export function backupHandlers(pglite: PGlite): HandlerMap<'backup.create' | 'backup.list' | 'backup.read'> {
  return {
    'backup.create': async (_input, ctx) => createBackup(pglite, dataDirPaths(ctx.dataDir).backups),
    'backup.list': async (_input, ctx) => listBackups(dataDirPaths(ctx.dataDir).backups),
    'backup.read': async (input, ctx) => {
      const file = path.join(dataDirPaths(ctx.dataDir).backups, input.fileName);
      if (!fs.existsSync(file)) throw new CallError('not_found', `there is no backup called ${input.fileName}`);
      return { fileName: input.fileName, contentBase64: fs.readFileSync(file).toString('base64') };
    },
  };
}
