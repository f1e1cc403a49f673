// A pre-initialised empty database, with this build's migrations applied. PGlite's initdb takes
// seconds and the migrations most of another; copying a closed, empty data dir takes a fraction of
// one. Nothing in it belongs to one installation (the device's id is made at its first start). The packaged app ships the template (built by `npm run build`); from a
// source checkout it is made once and cached under node_modules/.cache.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { migrate } from '../../../shared/db/migrations.js';
import { pgliteDb } from '../../../shared/db/pglite-db.js';
import { appMigrations, migrationsFingerprint } from './app-migrations.js';

export const pgliteExtensions = { pg_trgm };

// Not named `require`: the desktop bundle declares its own.
const requireHere = createRequire(import.meta.url);

function pgliteVersion(): string {
  try {
    return (requireHere('@electric-sql/pglite/package.json') as { version: string }).version;
  } catch {
    const pkg = path.join(path.dirname(requireHere.resolve('@electric-sql/pglite')), '..', 'package.json');
    return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  }
}

/** Where a template may already be: explicit, shipped with the app, or cached by an earlier run. */
function candidateDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.CHAPTERHOUSE_DB_TEMPLATE) dirs.push(process.env.CHAPTERHOUSE_DB_TEMPLATE);
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) dirs.push(path.join(resources, 'db-template'));
  dirs.push(cacheDir());
  return dirs;
}

function cacheDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  // Named by the migrations too: a checkout that changes them (or another branch) gets its own.
  return path.join(dir, 'node_modules', '.cache', 'chapterhouse', `db-template-pglite-${pgliteVersion()}-${migrationsFingerprint(appMigrations())}`);
}

function isTemplate(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

/**
 * Builds a template at `target`, atomically: a half-made template is never used, and when two
 * processes build one at once (test workers on a fresh checkout) the first complete one is kept.
 */
export async function buildTemplate(target: string): Promise<void> {
  const temp = `${target}.building-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(temp), { recursive: true });
  const pg = await PGlite.create(temp, { extensions: pgliteExtensions });
  await pg.exec('create extension if not exists pg_trgm');
  await migrate(pgliteDb(pg), appMigrations());
  await pg.exec('checkpoint');
  await pg.close();
  if (fs.existsSync(target) && !isTemplate(target)) fs.rmSync(target, { recursive: true, force: true });
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (!isTemplate(target)) throw error;
  }
}

export async function templateDir(): Promise<string> {
  const found = candidateDirs().find(isTemplate);
  if (found) return found;
  const dir = cacheDir();
  await buildTemplate(dir);
  return dir;
}

/** Creates `dbDir` from the template; a crash half-way leaves no `dbDir` behind, only a temp. */
export async function createFromTemplate(dbDir: string): Promise<void> {
  const source = await templateDir();
  const temp = `${dbDir}.new`;
  fs.rmSync(temp, { recursive: true, force: true });
  fs.cpSync(source, temp, { recursive: true });
  fs.renameSync(temp, dbDir);
}
