// The hub as a writer of change messages: it has its own device id (kept in the shared `device`
// table, as on a laptop) and its own hybrid clock, for the few rows it writes itself (a chapter it
// creates). The clock resumes after the last stamp it issued, so a wall clock set back across a
// restart cannot make a new change order before an old one.
import { randomBytes } from 'node:crypto';
import type { Db } from '../shared/db/db.js';
import { HybridClock } from '../shared/hlc.js';

export interface HubIdentity {
  deviceId: string;
  clock: HybridClock;
}

export async function loadHubIdentity(db: Db): Promise<HubIdentity> {
  let id = (await db.query<{ id: string }>('select id from device')).rows[0]?.id;
  if (!id) {
    const candidate = `hub-${randomBytes(9).toString('base64url')}`;
    // Two instances starting on one empty PostgreSQL: the first one's id wins.
    await db.query('insert into device (id) values ($1) on conflict do nothing', [candidate]);
    id = (await db.query<{ id: string }>('select id from device')).rows[0]!.id;
  }
  const clock = new HybridClock(id);
  const last = (await db.query<{ hlc: string | null }>('select max(hlc) as hlc from change_log where device = $1', [id])).rows[0]?.hlc;
  if (last) clock.resumeAfter(last);
  return { deviceId: id, clock };
}
