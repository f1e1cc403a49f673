// Headquarters' first report: every chapter with its member count and when it last synced.
// Reads only aggregates, never a member's data. More reports go beside this file and are served
// under /api/reports/...
import type { Db } from '../../shared/db/db.js';
import type { ChapterReport } from '../../shared/sync/hub-api.js';

export async function chapterReport(db: Db): Promise<ChapterReport[]> {
  const { rows } = await db.query<{ id: string; name: string; member_count: number; last_sync_at: Date | null }>(
    `select c.id, c.name,
            (select count(*) from members m
              where m.chapter_id = c.id and m.deleted_at is null and m.merged_into is null) as member_count,
            -- Only what devices sent: the hub's own creation of the chapter is not a sync.
            (select l.stored_at from change_log l
              where l.chapter_id = c.id and l.received_from is not null
              order by l.seq desc limit 1) as last_sync_at
       from chapters c
      where c.deleted_at is null
      order by c.name, c.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    memberCount: Number(r.member_count),
    lastSyncAt: r.last_sync_at ? new Date(r.last_sync_at).toISOString() : null,
  }));
}
