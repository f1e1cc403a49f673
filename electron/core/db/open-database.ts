// Opens a data dir: lock, database (from the template on first start), migrations.
// Layout of a data dir: DIR/db (PGlite), DIR/lock, DIR/backups, and nothing else of ours.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from '../../../shared/db/db.js';
import { lockDataDir, type DataDirLock } from '../../../shared/db/data-dir-lock.js';
import { createFromTemplate, pgliteExtensions } from './db-template.js';
import { migrate } from '../../../shared/db/migrations.js';
import { appMigrations } from './app-migrations.js';
import { pgliteDb } from '../../../shared/db/pglite-db.js';

export interface Database {
  readonly dataDir: string;
  readonly db: Db;
  readonly pglite: PGlite;
  /** CHECKPOINT (PGlite never fsyncs on its own), close, release the lock. */
  close(): Promise<void>;
}

export function dataDirPaths(dataDir: string) {
  return { db: path.join(dataDir, 'db'), lock: path.join(dataDir, 'lock'), backups: path.join(dataDir, 'backups') };
}

export async function openDatabase(dataDir: string): Promise<Database> {
  const absolute = path.resolve(dataDir);
  const lock = lockDataDir(absolute);
  try {
    const paths = dataDirPaths(absolute);
    if (!fs.existsSync(path.join(paths.db, 'PG_VERSION'))) {
      fs.rmSync(paths.db, { recursive: true, force: true });
      await createFromTemplate(paths.db);
    }
    const pglite = await PGlite.create(paths.db, { extensions: pgliteExtensions });
    try {
      const db = pgliteDb(pglite);
      await db.exec('create extension if not exists pg_trgm');
      // Nothing to do on a first start: the template holds this build's migrations already.
      await migrate(db, appMigrations());
      return { dataDir: absolute, db, pglite, close: closer(pglite, lock) };
    } catch (error) {
      await pglite.close().catch(() => {});
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

function closer(pglite: PGlite, lock: DataDirLock): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () =>
    (closing ??= (async () => {
      try {
        if (!pglite.closed) {
          await pglite.exec('checkpoint');
          await pglite.close();
        }
      } finally {
        lock.release();
      }
    })());
}
