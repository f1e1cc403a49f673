// The migrations this build of the app runs: the shared ones, or (in the desktop app) the copy next
// to the bundled core that Electron's main process names in CHAPTERHOUSE_MIGRATIONS_DIR.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadMigrations, sharedMigrationsDir, type Migration } from '../../../shared/db/migrations.js';

export function appMigrations(): Migration[] {
  const override = process.env.CHAPTERHOUSE_MIGRATIONS_DIR;
  return loadMigrations(override ? new URL(`file://${path.resolve(override)}/`) : sharedMigrationsDir());
}

/** A short fingerprint of a set of migrations: a template made with other migrations is another one. */
export function migrationsFingerprint(migrations: Migration[]): string {
  const hash = createHash('sha256');
  for (const m of migrations) hash.update(`${m.version}\u0000${m.name}\u0000${m.sql}\u0000`);
  return hash.digest('hex').slice(0, 12);
}
