// The hub's admin: one token, created on the first start, shown once, stored only as a hash.
// If two hub instances start on one empty PostgreSQL at once, one of them creates it.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../shared/db/db.js';
import { hashSecret, newToken } from './secrets.js';

/**
 * Creates the admin token if the hub has none. Returns it (the only time it exists in the clear)
 * or null when an admin already existed. With `file`, the token is also written there (mode 0600).
 */
export async function ensureAdminToken(db: Db, file?: string): Promise<string | null> {
  const existing = await db.query('select 1 from hub_admin');
  if (existing.rows.length > 0) return null;
  const token = newToken();
  const created = await db.query('insert into hub_admin (token_hash) values ($1) on conflict do nothing returning true as created', [hashSecret(token)]);
  if (created.rows.length === 0) return null;
  if (file) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
    } catch (error) {
      // A token nobody can read is a hub nobody can administer: undo, so the next start retries.
      await db.query('delete from hub_admin where token_hash = $1', [hashSecret(token)]);
      throw new Error(`could not write the admin token to ${file}: ${(error as Error).message}`);
    }
  }
  return token;
}

export async function isAdminToken(db: Db, token: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from hub_admin where token_hash = $1', [hashSecret(token)]);
  return rows.length > 0;
}
