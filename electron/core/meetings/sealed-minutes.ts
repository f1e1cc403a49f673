// The minutes rooms of sealed meetings on this device, kept in memory so the document service can
// refuse an update synchronously: refreshed at start, whenever meetings change (locally or by sync),
// and at once when this device seals a meeting.
import type { Db } from '../../../shared/db/db.js';
import { minutesRoom } from '../../../shared/meetings/minutes-doc.js';

export class SealedMinutes {
  private rooms = new Set<string>();

  has(room: string): boolean {
    return this.rooms.has(room);
  }

  add(room: string): void {
    this.rooms.add(room);
  }

  async refresh(db: Db): Promise<void> {
    const { rows } = await db.query<{ chapter_id: string; id: string }>('select chapter_id, id from meetings where sealed_at is not null');
    this.rooms = new Set(rows.map((r) => minutesRoom(r.chapter_id, r.id)));
  }
}
