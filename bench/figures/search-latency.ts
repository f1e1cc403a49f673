// search_p95_ms: the roster search as the renderer calls it — a request frame through a core
// connection, JSON both ways — for 200 as-you-type queries on the N-member roster, against the
// very same SQL (searchFilter + searchSql, and the count query when the core would run it) on a
// bare PGlite opened on the same data dir after the core has closed.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startCore } from '../../electron/core/start-core.js';
import { pgliteExtensions } from '../../electron/core/db/db-template.js';
import { COUNT_UP_TO, countSql, searchFilter, searchSql } from '../../electron/core/members/member-queries.js';
import { FrameClient } from '../frame-client.js';
import { searchQueries, type QueryKind, type SearchQuery } from '../search-queries.js';
import { percentile } from '../stats.js';
import { copyDataDir, discard } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';

const LIMIT = 100;
const MAX_P95_MS = 25;
const MAX_RATIO = 2;

interface Timed {
  query: SearchQuery;
  ms: number;
  total: number;
}

/** Timed passes over the 200 queries: two, so one stray pause moves the p95 less. */
const PASSES = 2;

/** Runs every query once to warm caches and code paths, then PASSES more times, timed. */
async function timeAll(queries: SearchQuery[], search: (query: string) => Promise<number>): Promise<Timed[]> {
  for (const q of queries) await search(q.query);
  const timed: Timed[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const q of queries) {
      const start = performance.now();
      const total = await search(q.query);
      timed.push({ query: q, ms: performance.now() - start, total });
    }
  }
  return timed;
}

async function throughCore(dataDir: string, queries: SearchQuery[]): Promise<Timed[]> {
  const core = await startCore({ dataDir, log: (message, error) => console.error(`[core] ${message}`, error ?? '') });
  const client = new FrameClient(core);
  try {
    return await timeAll(queries, async (query) => {
      const result = (await client.call('members.search', { query, offset: 0, limit: LIMIT })) as { total: number };
      return result.total;
    });
  } finally {
    client.close();
    await core.close();
  }
}

/** PGlite runs no autovacuum: unless the app runs ANALYZE, the planner works from guesses. */
async function plannerStatistics(pg: PGlite): Promise<string> {
  const { rows } = await pg.query<{ reltuples: number }>("select reltuples from pg_class where relname = 'members'");
  const tuples = Number(rows[0]?.reltuples ?? -1);
  return tuples < 0 ? 'members has never been analyzed (pg_class.reltuples = -1): the planner guesses row counts' : `planner statistics: members has ~${Math.round(tuples)} rows`;
}

async function throughRawSql(dataDir: string, queries: SearchQuery[]): Promise<{ timed: Timed[]; statistics: string }> {
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  try {
    const statistics = await plannerStatistics(pg);
    const chapterId = (await pg.query<{ current_chapter: string }>('select current_chapter from device')).rows[0]?.current_chapter;
    if (!chapterId) throw new Error('the roster data dir has no current chapter');
    const timed = await timeAll(queries, async (query) => {
      const filter = searchFilter(chapterId, { query });
      // As the core: the capped count first, then the page, sorted when the count was exact.
      const counted = countSql(filter, COUNT_UP_TO);
      const total = Number((await pg.query<{ n: number }>(counted.sql, counted.params)).rows[0]?.n ?? 0);
      const { sql, params } = searchSql(filter, LIMIT, 0, total <= COUNT_UP_TO);
      await pg.query(sql, params);
      return total;
    });
    return { timed, statistics };
  } finally {
    await pg.close();
  }
}

const p95Of = (timed: Timed[]) => percentile(timed.map((t) => t.ms), 95);

function p95ByKind(timed: Timed[]): string {
  const kinds = [...new Set(timed.map((t) => t.query.kind))] as QueryKind[];
  return kinds
    .map((kind) => {
      const of = timed.filter((t) => t.query.kind === kind);
      return `${kind} ${p95Of(of).toFixed(1)} (${of.length / PASSES} queries)`;
    })
    .join(', ');
}

/** pg_trgm finds no trigram in a pattern under 3 characters, so such a search cannot use the index. */
function p95ByLength(timed: Timed[]): string {
  const short = timed.filter((t) => t.query.query.trim().length < 3);
  const long = timed.filter((t) => t.query.query.trim().length >= 3);
  return `under 3 characters ${p95Of(short).toFixed(1)} ms (${short.length / PASSES} queries), 3 or more ${p95Of(long).toFixed(1)} ms (${long.length / PASSES})`;
}

export const searchLatency: Figure = {
  name: 'search_p95_ms',
  description: 'members.search through a JSON frame connection vs the same SQL on bare PGlite, 200 as-you-type queries',
  async run(ctx): Promise<FigureResult> {
    const queries = searchQueries(ctx.members);
    const dataDir = copyDataDir(await ctx.roster(), 'search');
    try {
      ctx.progress(`searching ${queries.length} queries through the core, then on bare PGlite`);
      const core = await throughCore(dataDir, queries);
      const { timed: raw, statistics } = await throughRawSql(dataDir, queries);
      const value = percentile(core.map((t) => t.ms), 95);
      const baseline = percentile(raw.map((t) => t.ms), 95);
      const ratio = ratioOf(value, baseline);
      const mismatches = core.filter((t, i) => t.total !== raw[i]!.total).length;
      const slowest = [...core].sort((a, b) => b.ms - a.ms).slice(0, 3);
      return {
        name: 'search_p95_ms',
        value,
        unit: 'ms',
        baseline,
        baselineLabel: 'same SQL on bare PGlite',
        ratio,
        target: `p95 < ${MAX_P95_MS} ms and ratio <= ${MAX_RATIO}`,
        met: value < MAX_P95_MS && ratio !== null && ratio <= MAX_RATIO,
        notes: [
          `p50 core ${percentile(core.map((t) => t.ms), 50).toFixed(1)} ms, raw ${percentile(raw.map((t) => t.ms), 50).toFixed(1)} ms`,
          `p95 by kind, core: ${p95ByKind(core)}`,
          `p95 by kind, raw:  ${p95ByKind(raw)}`,
          `slowest through the core: ${slowest.map((t) => `'${t.query.query}' ${t.ms.toFixed(1)} ms (${t.total} found)`).join(', ')}`,
          `p95 by length, core: ${p95ByLength(core)}`,
          `${PASSES} timed passes over the ${queries.length} queries after a warm-up pass; ${core.filter((t) => t.total >= LIMIT).length / PASSES} of them fill the first page, so the core also counts their matches`,
          statistics,
          ...(mismatches > 0 ? [`WARNING: ${mismatches} queries found a different total through the core than in raw SQL`] : []),
        ],
      };
    } finally {
      discard(dataDir);
    }
  },
};
