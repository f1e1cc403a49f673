// Joining a hub with an invite: the hub gives this device a token bound to a chapter and a role.
// With `link`, a chapter that already exists on this computer becomes the hub's chapter (its id
// is replaced everywhere before the first push, and its whole history is then pushed); without
// it, the hub's chapter is added beside any others and arrives by the first pull.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../shared/db/db.js';
import { CallError } from '../../../shared/contract/errors.js';
import { replicatedTables } from '../../../shared/replication/tables.js';
import { joinResponseSchema, type JoinResponse } from '../../../shared/sync/protocol.js';
import { saveHubLink, type HubLink } from './hub-links.js';
import { checkHubUrl, InsecureHubError } from './transport-policy.js';

export interface JoinRequest {
  hubUrl: string;
  invite: string;
  deviceName: string;
  /** The local chapter to link to the hub's chapter. */
  link?: string;
  allowInsecure?: boolean;
}

export async function joinHub(db: Db, request: JoinRequest, fetchImpl: typeof fetch = fetch): Promise<{ link: HubLink; joined: JoinResponse }> {
  let origin: string;
  try {
    origin = checkHubUrl(request.hubUrl, request.allowInsecure ?? false);
  } catch (error) {
    if (error instanceof InsecureHubError) throw new CallError('validation', error.message);
    throw error;
  }
  if (request.link) {
    const { rows } = await db.query('select 1 from chapters where id = $1', [request.link]);
    if (rows.length === 0) throw new CallError('not_found', `there is no chapter ${request.link} on this computer to link`);
  }
  let response: Response;
  try {
    response = await fetchImpl(`${origin}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: request.invite, deviceName: request.deviceName }),
    });
  } catch (error) {
    throw new CallError('conflict', `cannot reach the hub at ${origin}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new CallError('conflict', `the hub refused the invite: ${body.error ?? `HTTP ${response.status}`}`);
  const joined = joinResponseSchema.parse(body);

  const link: HubLink = {
    id: randomUUID(),
    url: origin,
    token: joined.token,
    hubDeviceId: joined.deviceId,
    role: joined.role,
    chapterId: joined.chapterId,
    pushedUpTo: 0,
    pullCursor: 0,
    lastSyncAt: null,
    allowInsecure: request.allowInsecure ?? false,
  };
  await db.transaction(async (tx) => {
    if (request.link && joined.chapterId && request.link !== joined.chapterId) await renameChapter(tx, request.link, joined.chapterId);
    await saveHubLink(tx, link);
  });
  return { link, joined };
}

/** Gives a local chapter the hub's id, in every replicated table and the log, in one transaction. */
async function renameChapter(tx: Db, from: string, to: string): Promise<void> {
  const { rows } = await tx.query('select 1 from chapters where id = $1', [to]);
  if (rows.length > 0) throw new CallError('conflict', 'this computer already holds the hub’s chapter; join without linking');
  for (const table of Object.keys(replicatedTables)) {
    await tx.query(`update ${table} set chapter_id = $2 where chapter_id = $1`, [from, to]);
  }
  await tx.query('update chapters set id = $2 where id = $1', [from, to]);
  await tx.query("update change_log set row_id = $2 where tbl = 'chapters' and row_id = $1", [from, to]);
  await tx.query('update change_log set chapter_id = $2 where chapter_id = $1', [from, to]);
  await tx.query('update device set current_chapter = $2 where current_chapter = $1', [from, to]);
  await tx.query('update sync_hubs set chapter_id = $2 where chapter_id = $1', [from, to]);
}
