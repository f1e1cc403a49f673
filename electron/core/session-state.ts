// This device and the chapter it works on, loaded once and kept in memory. Changed only through
// `update`, after the database write has committed.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../shared/db/db.js';
import type { Chapter, DeviceProfile } from '../../shared/contract/chapters.js';

export interface SessionState {
  device: DeviceProfile;
  currentChapterId: string | null;
}

interface DeviceRow {
  id: string;
  organiser_name: string | null;
  organiser_member_id: string | null;
  current_chapter: string | null;
}

export async function loadSessionState(db: Db): Promise<SessionState> {
  let row = (await db.query<DeviceRow>('select id, organiser_name, organiser_member_id, current_chapter from device')).rows[0];
  if (!row) {
    // 16 url-safe characters: short enough for every clock stamp, random enough to never collide.
    const id = randomBytes(12).toString('base64url');
    await db.query('insert into device (id) values ($1)', [id]);
    row = { id, organiser_name: null, organiser_member_id: null, current_chapter: null };
  }
  return {
    device: { deviceId: row.id, organiserName: row.organiser_name, organiserMemberId: row.organiser_member_id },
    currentChapterId: row.current_chapter,
  };
}

export async function saveSessionState(db: Db, state: SessionState): Promise<void> {
  await db.query('update device set organiser_name = $1, organiser_member_id = $2, current_chapter = $3', [
    state.device.organiserName,
    state.device.organiserMemberId,
    state.currentChapterId,
  ]);
}

export async function listChapters(db: Db): Promise<Chapter[]> {
  const { rows } = await db.query<Chapter>('select id, name, country from chapters where deleted_at is null order by name, id');
  return rows;
}
