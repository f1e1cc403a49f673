// A fresh process that starts something once and prints how long it took, as one JSON line.
//   first-start DIR   startCore on an empty data dir until a connection's `session.get` is answered
//   raw-initdb DIR    bare PGlite.create on an empty dir (initdb) and `select 1`
//   open DIR          startCore on an existing roster until a connection's first `members.search`
//   raw-open DIR ID   bare PGlite.create on the same data dir and the same search SQL for chapter ID
// Times start at the call, after this script's modules are loaded: the packaged app loads a bundle,
// not TypeScript through tsx, so module loading here says little about it (it is reported apart).
// PGlite compiling its WebAssembly inside `create` is included: the app's fresh process pays it too.
const loadStart = performance.now();
const path = await import('node:path');
const { PGlite } = await import('@electric-sql/pglite');
const { startCore } = await import('../electron/core/start-core.js');
const { pgliteExtensions } = await import('../electron/core/db/db-template.js');
const { searchFilter, searchSql } = await import('../electron/core/members/member-queries.js');
const { FrameClient } = await import('./frame-client.js');
const modulesMs = performance.now() - loadStart;

const FIRST_PAGE = { query: '', offset: 0, limit: 100 };

async function firstStart(dataDir: string) {
  const start = performance.now();
  const core = await startCore({ dataDir, log: () => {} });
  const started = performance.now();
  const client = new FrameClient(core);
  await client.call('session.get', {});
  const ms = performance.now() - start;
  client.close();
  await core.close();
  return { ms, startCoreMs: started - start, modulesMs };
}

async function rawInitdb(dataDir: string) {
  const start = performance.now();
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  await pg.query('select 1');
  const ms = performance.now() - start;
  await pg.close();
  return { ms, modulesMs };
}

async function open(dataDir: string) {
  const start = performance.now();
  const core = await startCore({ dataDir, log: () => {} });
  const started = performance.now();
  const client = new FrameClient(core);
  const page = (await client.call('members.search', FIRST_PAGE)) as { total: number };
  const ms = performance.now() - start;
  const session = (await client.call('session.get', {})) as { current: { id: string } | null };
  client.close();
  await core.close();
  return { ms, startCoreMs: started - start, total: page.total, chapterId: session.current?.id ?? null, modulesMs };
}

async function rawOpen(dataDir: string, chapterId: string) {
  const start = performance.now();
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  const opened = performance.now();
  const filter = searchFilter(chapterId, { query: FIRST_PAGE.query });
  const { sql, params } = searchSql(filter, FIRST_PAGE.limit, FIRST_PAGE.offset);
  const { rows } = await pg.query(sql, params);
  let total = rows.length;
  if (rows.length === FIRST_PAGE.limit) {
    const count = await pg.query<{ n: number }>(`select count(*) as n from members where ${filter.where}`, filter.params);
    total = Number(count.rows[0]?.n ?? 0);
  }
  const ms = performance.now() - start;
  await pg.close();
  return { ms, createMs: opened - start, total, modulesMs };
}

const [mode, dataDir, chapterId] = process.argv.slice(2);
if (!mode || !dataDir) throw new Error('usage: start-probe.ts first-start|raw-initdb|open|raw-open DIR [CHAPTER_ID]');
const result =
  mode === 'first-start' ? await firstStart(dataDir)
  : mode === 'raw-initdb' ? await rawInitdb(dataDir)
  : mode === 'open' ? await open(dataDir)
  : mode === 'raw-open' && chapterId ? await rawOpen(dataDir, chapterId)
  : null;
if (!result) throw new Error(`unknown probe mode ${mode} (raw-open needs a chapter id)`);
console.log(JSON.stringify(result));

export {};
