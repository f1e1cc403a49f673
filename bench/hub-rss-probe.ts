// A hub in a process of its own, so that its resident memory is its own (not the benchmark's, nor
// the seeding device's), and the bare-PGlite counterpart. Each prints JSON lines on stdout.
//   hub DIR              Starts a hub on DIR (a store the caller made) on 127.0.0.1, any port, and
//                        prints {url, adminToken, memory}. Then, for each line on stdin: `rss`
//                        prints {memory}; `close` closes the hub, prints {closed: true} and exits.
//   raw DIR CHAPTER,...  After the hub has closed: bare PGlite opens the same database and reads
//                        every chapter's change log in pull-sized pages with the hub's own query
//                        (what the connected sockets made the hub read), then prints {memory}.
import path from 'node:path';
import readline from 'node:readline';
import { processMemory } from './process-memory.js';

const [mode, dataDir, chapterList] = process.argv.slice(2);
if (!dataDir || (mode !== 'hub' && mode !== 'raw') || (mode === 'raw' && !chapterList)) {
  throw new Error('usage: hub-rss-probe.ts hub DIR | raw DIR CHAPTER_ID[,CHAPTER_ID...]');
}
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

if (mode === 'hub') {
  const { startHub } = await import('../server/hub.js');
  const hub = await startHub({ store: { dataDir }, port: 0, log: (line) => process.stderr.write(`[hub] ${line}\n`) });
  print({ url: hub.url, adminToken: hub.adminToken, memory: processMemory() });
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() === 'rss') print({ memory: processMemory() });
    else if (line.trim() === 'close') break;
  }
  await hub.close();
  print({ closed: true });
  process.exit(0);
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pgliteExtensions } = await import('../electron/core/db/db-template.js');
  const { pgliteDb } = await import('../shared/db/pglite-db.js');
  const { readChapterLog } = await import('../server/sync/change-log-reader.js');
  const { MAX_PULL } = await import('../shared/sync/protocol.js');
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  const db = pgliteDb(pg);
  let messages = 0;
  for (const chapter of chapterList!.split(',')) {
    for (let after = 0; ; ) {
      const page = await readChapterLog(db, chapter, after, MAX_PULL);
      messages += page.messages.length;
      after = page.cursor;
      if (!page.more) break;
    }
  }
  print({ memory: processMemory(), messages });
  await pg.close();
}
