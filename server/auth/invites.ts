// Invites: the only way a device gets a token. Single use and expiring (default 7 days); an
// organiser or observer invite names its chapter, a coordinator invite names none.
// Only the hash of the code is stored.
import type { Db } from '../../shared/db/db.js';
import { DEFAULT_INVITE_TTL_DAYS, type CreateInviteRequest, type CreateInviteResponse } from '../../shared/sync/hub-api.js';
import type { Role } from '../../shared/sync/protocol.js';
import { HttpError } from '../http/http-error.js';
import { hashSecret, newInviteCode, normaliseInviteCode } from './secrets.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createInvite(db: Db, request: CreateInviteRequest, now = Date.now()): Promise<CreateInviteResponse> {
  const chapterId = request.chapterId ?? null;
  if (chapterId !== null) {
    const { rows } = await db.query('select 1 from chapters where id = $1 and deleted_at is null', [chapterId]);
    if (rows.length === 0) throw new HttpError(404, `there is no chapter ${chapterId} on this hub: create it first (hub chapter create NAME)`);
  }
  const invite = newInviteCode();
  const expiresAt = new Date(now + (request.ttlDays ?? DEFAULT_INVITE_TTL_DAYS) * DAY_MS);
  await db.query('insert into hub_invites (code_hash, role, chapter_id, expires_at) values ($1, $2, $3, $4)', [
    hashSecret(normaliseInviteCode(invite)),
    request.role,
    chapterId,
    expiresAt.toISOString(),
  ]);
  return { invite, role: request.role, chapterId, expiresAt: expiresAt.toISOString() };
}

export interface ConsumedInvite {
  role: Role;
  chapterId: string | null;
}

/**
 * Marks the invite used by `deviceId`, atomically (two devices racing with one code: one wins).
 * Must run inside the transaction that creates the device, so a failed join leaves it unused.
 */
export async function consumeInvite(tx: Db, code: string, deviceId: string): Promise<ConsumedInvite> {
  const hash = hashSecret(normaliseInviteCode(code));
  const { rows } = await tx.query<{ role: Role; chapter_id: string | null }>(
    `update hub_invites set used_at = now(), used_by = $2
      where code_hash = $1 and used_at is null and expires_at > now()
      returning role, chapter_id`,
    [hash, deviceId],
  );
  const used = rows[0];
  if (used) return { role: used.role, chapterId: used.chapter_id };
  const found = (await tx.query<{ used_at: Date | null; expires_at: Date }>('select used_at, expires_at from hub_invites where code_hash = $1', [hash])).rows[0];
  if (!found) throw new HttpError(401, 'this invite code is not valid on this hub: check that it was typed in full and that the hub address is right');
  if (found.used_at) throw new HttpError(403, 'this invite has already been used: ask the hub admin for a new one');
  throw new HttpError(403, `this invite expired on ${new Date(found.expires_at).toISOString().slice(0, 10)}: ask the hub admin for a new one`);
}
