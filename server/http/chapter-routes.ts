// /api/chapters: the admin creates chapters; the admin and coordinators list them with their
// member counts and last sync (headquarters' first report; more go under /api/reports/...), and
// each chapter's chain heads of sealed records.
import { createChapterRequestSchema } from '../../shared/sync/hub-api.js';
import { createChapter } from '../chapters/create-chapter.js';
import { chapterReport } from '../reports/chapter-report.js';
import type { ApiDeps } from './api-deps.js';
import { authenticate, requireAdmin } from './authenticate.js';
import { HttpError } from './http-error.js';
import type { Router } from './router.js';
import { mayRead, mayReadReports } from '../auth/access.js';
import { chainHeads } from '../sealing/chain-heads.js';

export function addChapterRoutes(router: Router, deps: ApiDeps): void {
  router.add('POST', '/api/chapters', async (request) => {
    await requireAdmin(deps.db, request);
    const body = await request.body(createChapterRequestSchema);
    return { status: 201, body: await createChapter(deps, body) };
  });

  router.add('GET', '/api/chapters', async (request) => {
    const principal = await authenticate(deps.db, request);
    if (principal.kind === 'device' && !mayReadReports(principal.device)) {
      throw new HttpError(403, 'only headquarters coordinators (and the hub admin) can list every chapter');
    }
    return { status: 200, body: await chapterReport(deps.db) };
  });

  // Where each device's chain of sealed records stood when it reached this hub: `decisions verify`
  // on a device compares its records with these.
  router.add('GET', '/api/chapters/:id/chain-heads', async (request) => {
    const principal = await authenticate(deps.db, request);
    const chapter = request.params.id!;
    // Hashes and sequence numbers only, no personal data: headquarters may read them too.
    if (principal.kind === 'device' && !mayRead(principal.device, chapter) && !mayReadReports(principal.device)) {
      throw new HttpError(403, "this device's token does not cover that chapter");
    }
    return { status: 200, body: { chapter, heads: await chainHeads(deps.db, chapter) } };
  });
}
