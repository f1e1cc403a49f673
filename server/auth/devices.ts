// Devices: joined with an invite, each with its own random token bound to a chapter (none for a
// coordinator) and a role. Only the token's hash is stored. Revoking is permanent: the device must
// join again with a new invite.
import type { Db } from '../../shared/db/db.js';
import type { DeviceInfo, JoinRequest } from '../../shared/sync/hub-api.js';
import type { JoinResponse, Role } from '../../shared/sync/protocol.js';
import { HttpError } from '../http/http-error.js';
import { consumeInvite } from './invites.js';
import { hashSecret, newDeviceId, newToken } from './secrets.js';

/** Who a device token speaks for. */
export interface DeviceIdentity {
  id: string;
  role: Role;
  chapterId: string | null;
  /** What the device called itself when joining ("Ann on ann-laptop"), shown to who else is online. */
  name?: string | null;
}

export async function joinWithInvite(db: Db, request: JoinRequest): Promise<JoinResponse> {
  const deviceId = newDeviceId();
  const token = newToken();
  return db.transaction(async (tx) => {
    const { role, chapterId } = await consumeInvite(tx, request.invite, deviceId);
    let chapterName: string | null = null;
    if (chapterId !== null) {
      const chapter = (await tx.query<{ name: string }>('select name from chapters where id = $1 and deleted_at is null', [chapterId])).rows[0];
      if (!chapter) throw new HttpError(404, 'the chapter of this invite no longer exists on this hub: ask the hub admin for a new invite');
      chapterName = chapter.name;
    }
    await tx.query('insert into hub_devices (id, token_hash, role, chapter_id, name) values ($1, $2, $3, $4, $5)', [
      deviceId,
      hashSecret(token),
      role,
      chapterId,
      request.deviceName || null,
    ]);
    return { chapterId, chapterName, deviceId, role, token };
  });
}

export type TokenCheck = { ok: true; device: DeviceIdentity } | { ok: false; reason: string };

/** Checks a device token; on success also notes when the device was last seen. */
export async function checkDeviceToken(db: Db, token: string): Promise<TokenCheck> {
  const row = (
    await db.query<{ id: string; role: Role; chapter_id: string | null; name: string | null; revoked_at: Date | null }>(
      'select id, role, chapter_id, name, revoked_at from hub_devices where token_hash = $1',
      [hashSecret(token)],
    )
  ).rows[0];
  if (!row) return { ok: false, reason: 'this token is not valid on this hub: join again with an invite' };
  if (row.revoked_at) return { ok: false, reason: "this device's access to the hub was revoked: ask the hub admin for a new invite" };
  await db.query('update hub_devices set last_seen_at = now() where id = $1', [row.id]);
  return { ok: true, device: { id: row.id, role: row.role, chapterId: row.chapter_id, name: row.name } };
}

export async function isRevoked(db: Db, deviceId: string): Promise<boolean> {
  const { rows } = await db.query<{ revoked_at: Date | null }>('select revoked_at from hub_devices where id = $1', [deviceId]);
  return !rows[0] || rows[0].revoked_at !== null;
}

interface DeviceRow {
  id: string;
  name: string | null;
  role: Role;
  chapter_id: string | null;
  created_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toInfo(row: DeviceRow): DeviceInfo {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    chapterId: row.chapter_id,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: iso(row.last_seen_at),
    revokedAt: iso(row.revoked_at),
  };
}

const deviceColumns = 'id, name, role, chapter_id, created_at, last_seen_at, revoked_at';

export async function listDevices(db: Db, chapterId?: string): Promise<DeviceInfo[]> {
  const { rows } = chapterId
    ? await db.query<DeviceRow>(`select ${deviceColumns} from hub_devices where chapter_id = $1 order by created_at, id`, [chapterId])
    : await db.query<DeviceRow>(`select ${deviceColumns} from hub_devices order by created_at, id`);
  return rows.map(toInfo);
}

export async function describeDevice(db: Db, deviceId: string): Promise<DeviceInfo | null> {
  const row = (await db.query<DeviceRow>(`select ${deviceColumns} from hub_devices where id = $1`, [deviceId])).rows[0];
  return row ? toInfo(row) : null;
}

/** Revokes a device (idempotent: a second revoke keeps the first time). */
export async function revokeDevice(db: Db, deviceId: string): Promise<{ id: string; revokedAt: string }> {
  const { rows } = await db.query<{ revoked_at: Date }>(
    'update hub_devices set revoked_at = coalesce(revoked_at, now()) where id = $1 returning revoked_at',
    [deviceId],
  );
  if (!rows[0]) throw new HttpError(404, `there is no device ${deviceId} on this hub: list them with hub devices`);
  return { id: deviceId, revokedAt: new Date(rows[0].revoked_at).toISOString() };
}
