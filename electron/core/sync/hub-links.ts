// The hubs this device has joined, and its per-hub sync marks, in the sync_hubs table.
import type { Db } from '../../../shared/db/db.js';

export interface HubLink {
  id: string;
  url: string;
  token: string;
  hubDeviceId: string;
  role: 'organiser' | 'observer' | 'coordinator';
  chapterId: string | null;
  pushedUpTo: number;
  pullCursor: number;
  lastSyncAt: string | null;
  allowInsecure: boolean;
}

interface HubRow {
  id: string;
  url: string;
  token: string;
  hub_device_id: string;
  role: HubLink['role'];
  chapter_id: string | null;
  pushed_up_to: number | string;
  pull_cursor: number | string;
  last_sync_at: string | Date | null;
  allow_insecure: boolean;
}

function toLink(r: HubRow): HubLink {
  return {
    id: r.id,
    url: r.url,
    token: r.token,
    hubDeviceId: r.hub_device_id,
    role: r.role,
    chapterId: r.chapter_id,
    pushedUpTo: Number(r.pushed_up_to),
    pullCursor: Number(r.pull_cursor),
    lastSyncAt: r.last_sync_at === null ? null : new Date(r.last_sync_at).toISOString(),
    allowInsecure: r.allow_insecure,
  };
}

export async function listHubLinks(db: Db): Promise<HubLink[]> {
  const { rows } = await db.query<HubRow>('select * from sync_hubs order by created_at, id');
  return rows.map(toLink);
}

export async function getHubLink(db: Db, id: string): Promise<HubLink | null> {
  const { rows } = await db.query<HubRow>('select * from sync_hubs where id = $1', [id]);
  return rows[0] ? toLink(rows[0]) : null;
}

export async function saveHubLink(db: Db, link: Omit<HubLink, 'pushedUpTo' | 'pullCursor' | 'lastSyncAt'>): Promise<void> {
  await db.query(
    `insert into sync_hubs (id, url, token, hub_device_id, role, chapter_id, allow_insecure) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (id) do update set url = excluded.url, token = excluded.token, hub_device_id = excluded.hub_device_id,
       role = excluded.role, chapter_id = excluded.chapter_id, allow_insecure = excluded.allow_insecure,
       pushed_up_to = 0, pull_cursor = 0`,
    [link.id, link.url, link.token, link.hubDeviceId, link.role, link.chapterId, link.allowInsecure],
  );
}

export async function markPushed(db: Db, id: string, seq: number): Promise<void> {
  await db.query('update sync_hubs set pushed_up_to = greatest(pushed_up_to, $2), last_sync_at = now() where id = $1', [id, seq]);
}

export async function markPulled(db: Db, id: string, cursor: number): Promise<void> {
  await db.query('update sync_hubs set pull_cursor = greatest(pull_cursor, $2), last_sync_at = now() where id = $1', [id, cursor]);
}

/** Messages of the hub's chapter not yet acknowledged by it (not counting those it sent us). */
export async function countPending(db: Db, link: HubLink): Promise<number> {
  if (!link.chapterId || link.role === 'coordinator') return 0;
  const { rows } = await db.query<{ n: number | string }>(
    `select count(*) as n from change_log where seq > $1 and chapter_id = $2 and received_from is distinct from $3`,
    [link.pushedUpTo, link.chapterId, link.id],
  );
  return Number(rows[0]?.n ?? 0);
}
