// Opens the hub's database: embedded PGlite in a data dir (DIR/db, the default) or a PostgreSQL
// server from a postgres:// URL, then runs the shared migrations and the hub's own (1001+).
// Both answer through the same `Db` interface, so nothing above this file knows which it is.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db } from '../../shared/db/db.js';
import { loadMigrations, migrate, sharedMigrationsDir } from '../../shared/db/migrations.js';
import { pgliteDb } from '../../shared/db/pglite-db.js';
import { lockDataDir } from '../../shared/db/data-dir-lock.js';
import { createPool, pgDb } from './pg-db.js';

export type HubStoreOptions = { dataDir: string } | { databaseUrl: string };

export interface HubStore {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is, for the log line: a directory, or the URL without its password. */
  readonly description: string;
  close(): Promise<void>;
}

/** Keeps migrations of two hub instances starting at once on one PostgreSQL from colliding. */
const MIGRATION_LOCK = 7_230_001;

export function hubMigrationsDir(): URL {
  return new URL('./migrations/', import.meta.url);
}

export async function openHubStore(options: HubStoreOptions, log: (line: string) => void = () => {}): Promise<HubStore> {
  return 'databaseUrl' in options ? openPostgres(options.databaseUrl, log) : openEmbedded(options.dataDir);
}

async function prepare(db: Db): Promise<void> {
  const migrations = loadMigrations(sharedMigrationsDir(), hubMigrationsDir());
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // The trigram index of the shared schema needs pg_trgm (on Debian, part of the postgresql package).
    await tx.exec('create extension if not exists pg_trgm');
    await migrate(tx, migrations);
  });
}

async function openEmbedded(dataDir: string): Promise<HubStore> {
  const absolute = path.resolve(dataDir);
  const lock = lockDataDir(absolute);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(path.join(absolute, 'db'), { extensions: { pg_trgm } });
    const db = pgliteDb(pglite);
    await prepare(db);
    const opened = pglite;
    let closing: Promise<void> | undefined;
    return {
      db,
      kind: 'pglite',
      description: absolute,
      close: () =>
        (closing ??= (async () => {
          try {
            // PGlite never fsyncs on its own: flush before closing.
            await opened.exec('checkpoint');
            await opened.close();
          } finally {
            lock.release();
          }
        })()),
    };
  } catch (error) {
    await pglite?.close().catch(() => {});
    lock.release();
    throw error;
  }
}

async function openPostgres(databaseUrl: string, log: (line: string) => void): Promise<HubStore> {
  const pool = createPool(databaseUrl);
  // An idle client that loses its server emits 'error' on the pool; without a listener the
  // process would crash. The pool replaces the client; the next query reports any lasting problem.
  pool.on('error', (error) => log(`database: an idle connection failed: ${error.message}`));
  try {
    const db = pgDb(pool);
    await prepare(db);
    let closing: Promise<void> | undefined;
    return { db, kind: 'postgres', description: redact(databaseUrl), close: () => (closing ??= pool.end()) };
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`could not open the hub database at ${redact(databaseUrl)}: ${(error as Error).message}`);
  }
}

function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the given --database-url';
  }
}
