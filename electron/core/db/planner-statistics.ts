// PGlite runs no autovacuum, so nothing analyzes tables by itself and the planner works from
// guesses (a roster search then takes 60 ms instead of 2). Bulk writes run ANALYZE themselves;
// this catches a database that never had it (restored from a backup, or filled by an old version).
import type { Db } from '../../../shared/db/db.js';

/**
 * PGlite has no autovacuum either. The support counts on proposals are kept by a trigger, so every
 * support (or a sync that brings thousands) leaves a dead copy of a proposal row behind, and the
 * board slows down reading past them. Vacuuming that small table on start keeps it compact.
 */
export async function vacuumChurnedTables(db: Db): Promise<void> {
  await db.exec('vacuum proposals');
}

export async function analyzeIfNeverAnalyzed(db: Db): Promise<void> {
  const { rows } = await db.query<{ reltuples: number }>("select reltuples from pg_class where relname = 'members'");
  if (Number(rows[0]?.reltuples ?? 0) >= 0) return;
  const { rows: some } = await db.query('select 1 from members limit 1 offset 999');
  if (some.length > 0) await db.exec('analyze members');
}
