// Who is calling an HTTP route: the hub's admin or a joined device, from `Authorization: Bearer`.
// A missing, unknown or revoked token is a 401; a valid token without the right is a 403.
import type { Db } from '../../shared/db/db.js';
import { isAdminToken } from '../auth/admin-token.js';
import { checkDeviceToken, type DeviceIdentity } from '../auth/devices.js';
import { HttpError } from './http-error.js';
import type { Request } from './router.js';

export type Principal = { kind: 'admin' } | { kind: 'device'; device: DeviceIdentity };

export async function authenticate(db: Db, request: Request): Promise<Principal> {
  const token = request.bearer();
  if (!token) throw new HttpError(401, 'this needs an "Authorization: Bearer TOKEN" header (the admin token, or a device token)');
  if (await isAdminToken(db, token)) return { kind: 'admin' };
  const check = await checkDeviceToken(db, token);
  if (!check.ok) throw new HttpError(401, check.reason);
  return { kind: 'device', device: check.device };
}

export async function requireAdmin(db: Db, request: Request): Promise<void> {
  const principal = await authenticate(db, request);
  if (principal.kind !== 'admin') throw new HttpError(403, "only the hub's admin can do this: use the admin token");
}
