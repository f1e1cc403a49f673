// Diagnosis, not a figure: where a start's time goes. It wraps PGlite's `create`, `query`, `exec`
// and `transaction` with timers (before the core is loaded, so the core's own calls are timed),
// then starts the core as the start probe does and prints the slowest steps as one JSON line.
// Wrapping PGlite rather than copying the core's start-up steps keeps this true when the core is
// refactored. Time not spent in PGlite (copying the template, JavaScript) shows as "outside PGlite".
//   start-phases-probe.ts DIR   DIR empty: a first start, until `session.get`;
//                               DIR a roster: a reopen, until the first `members.search`
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { StartPhases } from './figure.js';

const steps: { what: string; ms: number }[] = [];
let depth = 0; // statements inside a timed transaction are counted by it, not again on their own

function timed<A extends unknown[], R>(label: (args: A) => string, fn: (this: unknown, ...args: A) => Promise<R>) {
  return async function (this: unknown, ...args: A): Promise<R> {
    const start = performance.now();
    depth++;
    try {
      return await fn.apply(this, args);
    } finally {
      depth--;
      if (depth === 0) steps.push({ what: label(args), ms: performance.now() - start });
    }
  };
}

const sqlLabel = (sql: unknown) => String(sql).replace(/\s+/g, ' ').trim().slice(0, 70);
const proto = PGlite.prototype as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
for (const method of ['query', 'exec'] as const) {
  proto[method] = timed((args: unknown[]) => `${method}: ${sqlLabel(args[0])}`, proto[method]!);
}
proto.transaction = timed(() => 'transaction (migrations, session writes)', proto.transaction!);
const create = PGlite.create.bind(PGlite) as (...args: unknown[]) => Promise<PGlite>;
(PGlite as unknown as { create: unknown }).create = timed(() => 'PGlite.create', create);

const { startCore } = await import('../electron/core/start-core.js');
const { FrameClient } = await import('./frame-client.js');

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: start-phases-probe.ts DIR');
const firstStart = !fs.existsSync(path.join(dataDir, 'db', 'PG_VERSION'));

const start = performance.now();
const core = await startCore({ dataDir, log: () => {} });
const started = performance.now();
const client = new FrameClient(core);
const startSteps = steps.length;
await (firstStart ? client.call('session.get', {}) : client.call('members.search', { query: '', offset: 0, limit: 100 }));
const answered = performance.now();
client.close();
await core.close();

const inPglite = steps.slice(0, startSteps).reduce((sum, s) => sum + s.ms, 0);
const round = (ms: number) => Math.round(ms * 10) / 10;
const slowest = steps
  .slice(0, startSteps)
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 5)
  .map((s) => ({ what: s.what, ms: round(s.ms) }));
const phases: StartPhases = {
  startCoreMs: round(started - start),
  slowest,
  outsidePgliteMs: round(started - start - inPglite),
  answered: firstStart ? 'session.get' : 'first members.search',
  answerMs: round(answered - started),
};
console.log(JSON.stringify(phases));
