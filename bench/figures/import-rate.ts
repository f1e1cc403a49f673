// import_rows_per_s: the roster CSV imported through `members.import` on a fresh data dir (decode,
// parse, check every row, match against the roster, write change messages through the apply path),
// against raw_copy_rows_per_s: PGlite's own COPY of the same people into the same members table,
// with the same indexes, in a fresh data dir made by the app and then opened bare.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startCore } from '../../electron/core/start-core.js';
import { pgliteExtensions } from '../../electron/core/db/db-template.js';
import { copyColumns, copyCsv } from '../member-data.js';
import { importRoster, openChapterCore } from '../roster-import.js';
import { dirSize, freshDataDir, discard } from '../temp-dirs.js';
import { ratioOf, type BenchContext, type Figure, type FigureResult } from '../figure.js';

const MIN_RATIO = 0.4;
const MIN_RATE = 10_000; // 100,000 rows in under 10 s

async function measureImport(ctx: BenchContext) {
  const dataDir = freshDataDir('import');
  try {
    const core = await openChapterCore(dataDir);
    let run;
    try {
      ctx.progress(`importing ${ctx.memberCount.toLocaleString('en')} members through members.import`);
      run = await importRoster(core, ctx.importBase64, ctx.progress);
    } finally {
      await core.close();
    }
    const sizeMb = dirSize(dataDir) / 2 ** 20;
    const walMb = dirSize(path.join(dataDir, 'db', 'pg_wal')) / 2 ** 20;
    // The imported data dir is the N-member roster the later figures open: no need to import twice.
    if (run.created === ctx.memberCount && run.rejected === 0) ctx.offerRoster(dataDir);
    else discard(dataDir);
    return { ...run, sizeMb, walMb };
  } catch (error) {
    discard(dataDir);
    throw error;
  }
}

async function measureCopy(ctx: BenchContext): Promise<{ ms: number; rows: number }> {
  const dataDir = freshDataDir('copy');
  try {
    // The app makes the schema (template, extension, migrations); then PGlite alone loads the rows.
    const core = await startCore({ dataDir, log: () => {} });
    await core.close();
    const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
    try {
      await pg.exec('truncate members');
      const blob = new Blob([copyCsv(ctx.members, 'bench-chapter')]);
      ctx.progress(`copying ${ctx.memberCount.toLocaleString('en')} rows with COPY FROM '/dev/blob'`);
      const start = performance.now();
      await pg.query(`copy members (${copyColumns.join(', ')}) from '/dev/blob' with (format csv)`, [], { blob });
      const ms = performance.now() - start;
      const { rows } = await pg.query<{ n: number }>('select count(*)::int as n from members');
      return { ms, rows: rows[0]?.n ?? 0 };
    } finally {
      await pg.close();
    }
  } finally {
    discard(dataDir);
  }
}

export const importRate: Figure = {
  name: 'import_rows_per_s',
  description: "members.import of the generated CSV vs PGlite's COPY FROM '/dev/blob' of the same rows",
  async run(ctx): Promise<FigureResult> {
    const copy = await measureCopy(ctx);
    if (copy.rows !== ctx.memberCount) throw new Error(`the raw COPY loaded ${copy.rows} rows, expected ${ctx.memberCount}`);
    const imported = await measureImport(ctx);
    if (imported.created !== ctx.memberCount) {
      throw new Error(`the import created ${imported.created} members (rejected ${imported.rejected}), expected ${ctx.memberCount}`);
    }
    const value = ctx.memberCount / (imported.totalMs / 1000);
    const baseline = ctx.memberCount / (copy.ms / 1000);
    const ratio = ratioOf(value, baseline);
    const { checkMs, planMs, writeMs, answerMs } = imported.phases;
    return {
      name: 'import_rows_per_s',
      value,
      unit: 'rows/s',
      baseline,
      baselineLabel: 'raw_copy_rows_per_s',
      ratio,
      target: `ratio >= ${MIN_RATIO} and >= ${MIN_RATE.toLocaleString('en')} rows/s (100k in < 10 s)`,
      met: ratio !== null && ratio >= MIN_RATIO && value >= MIN_RATE,
      notes: [
        `import took ${(imported.totalMs / 1000).toFixed(2)} s, COPY ${(copy.ms / 1000).toFixed(2)} s`,
        `import phases: read+check ${fmt(checkMs)}, queue+plan ${fmt(planMs)}, write (apply path) ${fmt(writeMs)}, answer ${fmt(answerMs)}`,
        `data dir after the import and close: ${imported.sizeMb.toFixed(0)} MB, of which pg_wal ${imported.walMb.toFixed(0)} MB`,
      ],
    };
  },
};

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
