// /api/devices (admin): list joined devices and revoke one; a revoked device's open sockets are
// closed at once and its token refused from then on. /api/me: a device checks its own token.
import { hubCloseCodes } from '../../shared/sync/protocol.js';
import { describeDevice, listDevices, revokeDevice } from '../auth/devices.js';
import type { ApiDeps } from './api-deps.js';
import { authenticate, requireAdmin } from './authenticate.js';
import { HttpError } from './http-error.js';
import type { Router } from './router.js';

export function addDeviceRoutes(router: Router, deps: ApiDeps): void {
  router.add('GET', '/api/devices', async (request) => {
    await requireAdmin(deps.db, request);
    const chapter = request.url.searchParams.get('chapter') ?? undefined;
    return { status: 200, body: await listDevices(deps.db, chapter) };
  });

  router.add('POST', '/api/devices/:id/revoke', async (request) => {
    await requireAdmin(deps.db, request);
    const id = request.params.id!;
    const revoked = await revokeDevice(deps.db, id);
    deps.connections.closeDevice(id, hubCloseCodes.unauthorised, "this device's access to the hub was revoked");
    return { status: 200, body: revoked };
  });

  router.add('GET', '/api/me', async (request) => {
    const principal = await authenticate(deps.db, request);
    if (principal.kind !== 'device') throw new HttpError(400, 'this is the admin token: /api/me describes a device token');
    return { status: 200, body: await describeDevice(deps.db, principal.device.id) };
  });
}
