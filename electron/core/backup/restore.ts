// Restores a backup file into an empty data dir. The data dir is locked while it happens and the
// database is built aside and renamed into place, so a failed restore leaves nothing half-made.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../../../shared/db/data-dir-lock.js';
import { pgliteExtensions } from '../db/db-template.js';
import { dataDirPaths } from '../db/open-database.js';

export class RestoreError extends Error {
  override name = 'RestoreError';
}

export async function restoreBackup(opts: { dataDir: string; file: string }): Promise<void> {
  if (!fs.existsSync(opts.file)) throw new RestoreError(`there is no backup file at ${opts.file}`);
  const paths = dataDirPaths(path.resolve(opts.dataDir));
  const lock = lockDataDir(path.resolve(opts.dataDir));
  try {
    if (fs.existsSync(path.join(paths.db, 'PG_VERSION'))) {
      throw new RestoreError(`${opts.dataDir} already holds a database; restore into an empty data dir`);
    }
    const temp = `${paths.db}.restoring`;
    fs.rmSync(temp, { recursive: true, force: true });
    let pg: PGlite;
    try {
      pg = await PGlite.create(temp, { extensions: pgliteExtensions, loadDataDir: new Blob([fs.readFileSync(opts.file)]) });
    } catch {
      fs.rmSync(temp, { recursive: true, force: true });
      throw new RestoreError(`${path.basename(opts.file)} is not a Chapterhouse backup (it could not be read as one)`);
    }
    try {
      const { rows } = await pg.query<{ n: number }>("select count(*) as n from information_schema.tables where table_name = 'change_log'");
      if (Number(rows[0]?.n) !== 1) throw new RestoreError(`${path.basename(opts.file)} is a database but not a Chapterhouse backup`);
      await pg.exec('checkpoint');
    } finally {
      await pg.close();
    }
    fs.rmSync(paths.db, { recursive: true, force: true });
    fs.renameSync(temp, paths.db);
  } finally {
    lock.release();
  }
}
