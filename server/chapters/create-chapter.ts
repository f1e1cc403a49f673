// The admin creates a chapter at the hub: its row is written as an ordinary change message from
// the hub's own device, through the same writer as devices' pushes, so every device of the
// chapter receives it by the usual pull. The answer carries an organiser invite for it.
import { randomUUID } from 'node:crypto';
import { formatHlc } from '../../shared/hlc.js';
import { HttpError } from '../http/http-error.js';
import { changeMessageSchema } from '../../shared/replication/messages.js';
import type { CreateChapterRequest, CreateChapterResponse } from '../../shared/sync/hub-api.js';
import type { ChangesFrame } from '../../shared/sync/protocol.js';
import type { Db } from '../../shared/db/db.js';
import { createInvite } from '../auth/invites.js';
import type { HubIdentity } from '../hub-identity.js';
import type { ChapterWriter } from '../sync/chapter-writer.js';

export interface CreateChapterDeps {
  db: Db;
  writer: ChapterWriter;
  identity: HubIdentity;
  /** Live updates for connected readers (coordinators see a new chapter at once). */
  broadcast: (frame: ChangesFrame) => void;
}

export async function createChapter(deps: CreateChapterDeps, request: CreateChapterRequest): Promise<CreateChapterResponse> {
  const chapterId = request.chapterId ?? randomUUID();
  if (request.chapterId) {
    const { rows } = await deps.db.query('select 1 from chapters where id = $1', [chapterId]);
    if (rows.length > 0) throw new HttpError(409, `the hub already has chapter ${chapterId}`);
  }
  const message = changeMessageSchema.parse({
    id: randomUUID(),
    // An adopted chapter's real name and country come from its devices: any stamp of theirs wins.
    hlc: request.chapterId ? formatHlc({ millis: 0, counter: 0, node: deps.identity.deviceId }) : deps.identity.clock.tick(),
    chapter: chapterId,
    table: 'chapters',
    row: chapterId,
    values: request.country ? { name: request.name, country: request.country } : { name: request.name },
    device: deps.identity.deviceId,
    author: null,
  });
  const stored = await deps.writer.store(chapterId, [message], null);
  if (stored.live) deps.broadcast(stored.live);
  const { invite } = await createInvite(deps.db, { role: 'organiser', chapterId });
  return { chapterId, invite };
}
