// Node only (reads files): used by the core and the hub, never by the renderer.
// Migrations are plain SQL files applied in order, each in one transaction, and recorded in
// `schema_migrations`. A database that has a migration this version does not know was made by a
// newer Chapterhouse: refuse it rather than run old code against a newer schema.
import fs from 'node:fs';
import type { Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class NewerSchemaError extends Error {
  constructor(found: number, known: number) {
    super(`this data was written by a newer version of Chapterhouse (schema ${found}, this version knows up to ${known}); update the app to open it`);
    this.name = 'NewerSchemaError';
  }
}

/** Reads `NNNN_name.sql` files from one or more directories, ordered by number. */
export function loadMigrations(...dirs: URL[]): Migration[] {
  const migrations = dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
      .map((file) => ({
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: fs.readFileSync(new URL(file, dir), 'utf8'),
      })),
  );
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) throw new Error(`two migrations numbered ${migrations[i]!.version}`);
  }
  return migrations;
}

/**
 * The shared migrations: beside this file when run from a checkout (CLI, tests, browser host, hub),
 * or copied next to the bundled core by the desktop build (out/core/migrations).
 */
export function sharedMigrationsDir(): URL {
  return new URL('./migrations/', import.meta.url);
}

export async function migrate(db: Db, migrations: Migration[]): Promise<number[]> {
  await db.exec(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  const done = new Set((await db.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => Number(r.version)));
  const known = migrations.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...done);
  if (newest > known) throw new NewerSchemaError(newest, known);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    });
    applied.push(migration.version);
  }
  return applied;
}
