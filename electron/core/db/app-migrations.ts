// The migrations this build of the app runs: the shared ones, or (in the desktop app) the copy next
// to the bundled core that Electron's main process names in CHAPTERHOUSE_MIGRATIONS_DIR.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadMigrations, sharedMigrationsDir, type Migration } from '../../../shared/db/migrations.js';

let loaded: { dir: string; migrations: Migration[] } | null = null;

/** Read once per process (finding the template and migrating both need them on every start). */
export function appMigrations(): Migration[] {
  const override = process.env.CHAPTERHOUSE_MIGRATIONS_DIR;
  const dir = override ? `file://${path.resolve(override)}/` : sharedMigrationsDir().href;
  if (loaded?.dir !== dir) loaded = { dir, migrations: loadMigrations(new URL(dir)) };
  return loaded.migrations;
}

/** A short fingerprint of a set of migrations: a template made with other migrations is another one. */
export function migrationsFingerprint(migrations: Migration[]): string {
  const hash = createHash('sha256');
  for (const m of migrations) hash.update(`${m.version}\u0000${m.name}\u0000${m.sql}\u0000`);
  return hash.digest('hex').slice(0, 12);
}
