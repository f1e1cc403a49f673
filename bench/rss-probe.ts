// A fresh process that opens an N-member data dir, searches it, and prints its resident memory as
// one JSON line. Run in its own process so the benchmark's own heap (the generated roster, the CSV)
// is not counted, and measured at the end, as the app sits after showing the roster.
//   rss-probe.ts DIR          through the core (startCore, searches through a connection)
//   rss-probe.ts DIR --raw    bare PGlite on the same data dir, the same search SQL
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startCore } from '../electron/core/start-core.js';
import { pgliteExtensions } from '../electron/core/db/db-template.js';
import { searchFilter, searchSql } from '../electron/core/members/member-queries.js';
import { FrameClient } from './frame-client.js';

/** The first page, then a few typed searches of each kind, some of them counted. */
const SEARCHES = ['', 'a', 'an', 'ann', 'ann l', 'lee', 'smith', '.org', '7661', '555', 'canvasser', 'tra', 'zq'];
const LIMIT = 100;

/** Peak resident memory of this process so far (Linux); null elsewhere. */
function peakRssMb(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function throughCore(dataDir: string): Promise<void> {
  const core = await startCore({ dataDir, log: () => {} });
  const client = new FrameClient(core);
  for (const query of SEARCHES) await client.call('members.search', { query, offset: 0, limit: LIMIT });
  measure();
  client.close();
  await core.close();
}

async function throughRawSql(dataDir: string): Promise<void> {
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  const chapterId = (await pg.query<{ current_chapter: string }>('select current_chapter from device')).rows[0]?.current_chapter;
  if (!chapterId) throw new Error('the data dir has no current chapter');
  for (const query of SEARCHES) {
    const filter = searchFilter(chapterId, { query });
    const { sql, params } = searchSql(filter, LIMIT, 0);
    const { rows } = await pg.query(sql, params);
    if (rows.length === LIMIT) await pg.query(`select count(*) from members where ${filter.where}`, filter.params);
  }
  measure();
  await pg.close();
}

let result: { rssMb: number; peakRssMb: number | null; heapUsedMb: number; externalMb: number } | undefined;

function measure(): void {
  const usage = process.memoryUsage();
  result = { rssMb: usage.rss / 2 ** 20, peakRssMb: peakRssMb(), heapUsedMb: usage.heapUsed / 2 ** 20, externalMb: (usage.external + usage.arrayBuffers) / 2 ** 20 };
}

const [dataDir, flag] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: rss-probe.ts DIR [--raw]');
await (flag === '--raw' ? throughRawSql(dataDir) : throughCore(dataDir));
console.log(JSON.stringify(result));
