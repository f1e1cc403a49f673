// PGlite runs no autovacuum, so nothing analyzes tables by itself and the planner works from
// guesses (a roster search then takes 60 ms instead of 2). Bulk writes run ANALYZE themselves;
// this catches a database that never had it (restored from a backup, or filled by an old version).
import type { Db } from '../../../shared/db/db.js';

export async function analyzeIfNeverAnalyzed(db: Db): Promise<void> {
  const { rows } = await db.query<{ reltuples: number }>("select reltuples from pg_class where relname = 'members'");
  if (Number(rows[0]?.reltuples ?? 0) >= 0) return;
  const { rows: some } = await db.query('select 1 from members limit 1 offset 999');
  if (some.length > 0) await db.exec('analyze members');
}
