// /api/invites (admin) hands out single-use invite codes; /api/join (no token: the invite is the
// credential) exchanges one for a device token bound to the invite's chapter and role.
import { createInviteRequestSchema, joinRequestSchema } from '../../shared/sync/hub-api.js';
import { joinWithInvite } from '../auth/devices.js';
import { createInvite } from '../auth/invites.js';
import type { ApiDeps } from './api-deps.js';
import { requireAdmin } from './authenticate.js';
import type { Router } from './router.js';

export function addInviteRoutes(router: Router, deps: ApiDeps): void {
  router.add('POST', '/api/invites', async (request) => {
    await requireAdmin(deps.db, request);
    const body = await request.body(createInviteRequestSchema);
    return { status: 201, body: await createInvite(deps.db, body) };
  });

  router.add('POST', '/api/join', async (request) => {
    const body = await request.body(joinRequestSchema);
    // `link` is the device's business (it renames its local chapter to the hub's id before its
    // first push); the hub issues the same token either way.
    return { status: 201, body: await joinWithInvite(deps.db, body) };
  });
}
