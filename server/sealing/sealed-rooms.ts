// Which Yjs rooms are sealed records: the minutes of a meeting that has been closed and sealed.
import type { Db } from '../../shared/db/db.js';
import { meetingOfRoom } from '../../shared/meetings/minutes-doc.js';

export async function isSealedRoom(db: Db, room: string): Promise<boolean> {
  const meeting = meetingOfRoom(room);
  if (!meeting) return false;
  const { rows } = await db.query('select 1 from meetings where chapter_id = $1 and id = $2 and sealed_at is not null', [meeting.chapterId, meeting.meetingId]);
  return rows.length > 0;
}
