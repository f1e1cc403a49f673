// A fresh process that syncs a new device once, as the app's new process on a new laptop would,
// and prints how long it took as one JSON line. The hub runs in the caller's process.
//   device DIR CHAPTER_ID      DIR: a device that has joined the hub (made and closed by the
//                              caller). Starts its core (untimed), then times `syncOnce()` and the
//                              roster's first `members.search` through a connection.
//   phases DIR CHAPTER_ID      Diagnosis, not a figure: the same, with PGlite's `query`/`exec` and
//                              the statements inside each `transaction` timed (wrapped before the
//                              core is loaded, as start-phases-probe.ts does), and the device's
//                              validation of hub frames (`hubFrameSchema.safeParse`).
//   raw HUB_URL TOKEN CHAPTER  The baseline: connect to /sync with a device token and pull the
//                              chapter as raw frames (JSON.parse only, to read each cursor).
import type { SyncPhases } from './figure.js';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'raw') {
  const [hubUrl, token, chapterId] = args;
  if (!hubUrl || !token || !chapterId) throw new Error('usage: sync-probe.ts raw HUB_URL TOKEN CHAPTER_ID');
  const { RawSyncSocket } = await import('./raw-sync-socket.js');
  const start = performance.now();
  const socket = await RawSyncSocket.open(`${hubUrl.replace(/^http/, 'ws')}/sync?token=${encodeURIComponent(token)}`);
  const pulled = await socket.pullAll(chapterId);
  const ms = performance.now() - start;
  socket.close();
  console.log(JSON.stringify({ ms, messages: pulled.messages, pages: pulled.pages, mb: socket.bytes / 2 ** 20 }));
  process.exit(0);
}

const [dataDir, chapterId] = args;
if ((mode !== 'device' && mode !== 'phases') || !dataDir || !chapterId) throw new Error('usage: sync-probe.ts device|phases DIR CHAPTER_ID');

// ---- phases: timers around PGlite and frame validation, installed before the core is loaded ----
const totals = new Map<string, { ms: number; calls: number }>();
let recording = false;
let validationMs = 0;
const INSIDE = '  '; // labels of statements counted inside a transaction's time

function add(what: string, ms: number): void {
  if (!recording) return;
  const entry = totals.get(what) ?? { ms: 0, calls: 0 };
  entry.ms += ms;
  entry.calls++;
  totals.set(what, entry);
}

if (mode === 'phases') {
  const { PGlite } = await import('@electric-sql/pglite');
  const { hubFrameSchema } = await import('../shared/sync/protocol.js');
  type AnyFn = (...a: unknown[]) => Promise<unknown>;
  const sqlLabel = (sql: unknown) => String(sql).replace(/\s+/g, ' ').trim().slice(0, 60);
  const timed = (what: string, work: () => Promise<unknown>) => {
    const start = performance.now();
    return work().finally(() => add(what, performance.now() - start));
  };
  const proto = PGlite.prototype as unknown as Record<string, AnyFn>;
  for (const method of ['query', 'exec'] as const) {
    const original = proto[method]!;
    proto[method] = function (this: unknown, ...a: unknown[]) {
      return timed(`${method}: ${sqlLabel(a[0])}`, () => original.apply(this, a));
    };
  }
  const transaction = proto.transaction!;
  proto.transaction = function (this: unknown, ...a: unknown[]) {
    const fn = a[0] as (tx: unknown) => Promise<unknown>;
    const start = performance.now();
    let inStatements = 0;
    return transaction
      .call(this, (tx: object) =>
        fn(
          new Proxy(tx, {
            get(target, prop) {
              const value = Reflect.get(target, prop) as unknown;
              if (typeof value !== 'function') return value;
              if (prop !== 'query' && prop !== 'exec') return value.bind(target);
              return (...callArgs: unknown[]) => {
                const s = performance.now();
                return timed(`${INSIDE}in transaction, ${prop}: ${sqlLabel(callArgs[0])}`, () => (value as AnyFn).apply(target, callArgs)).finally(() => (inStatements += performance.now() - s));
              };
            },
          }),
        ),
      )
      .finally(() => add(`${INSIDE}in transaction, BEGIN/COMMIT and JavaScript between statements (folding rows, JSON)`, performance.now() - start - inStatements));
  };
  const schema = hubFrameSchema as unknown as { safeParse: (input: unknown) => unknown };
  const safeParse = schema.safeParse.bind(hubFrameSchema);
  schema.safeParse = (input: unknown) => {
    const start = performance.now();
    try {
      return safeParse(input);
    } finally {
      if (recording) validationMs += performance.now() - start;
    }
  };
}

// ---- device and phases: the sync itself ----
const { startCore } = await import('../electron/core/start-core.js');
const { FrameClient } = await import('./frame-client.js');

const core = await startCore({ dataDir, liveSync: false, log: (message, error) => console.error(`[core] ${message}`, error ?? '') });
const appliedAt: number[] = [];
let start = 0;
const client = new FrameClient(core, (event, payload) => {
  if (event === 'changed' && (payload as { tables: string[] }).tables.includes('members')) appliedAt.push(performance.now() - start);
});
recording = true;
start = performance.now();
await core.syncOnce();
const synced = performance.now();
recording = false;
core.useChapter(chapterId);
const page = (await client.call('members.search', { query: '', offset: 0, limit: 100 })) as { total: number };
const end = performance.now();
client.close();
await core.close();

const round = (ms: number) => Math.round(ms * 10) / 10;
if (mode === 'device') {
  console.log(JSON.stringify({ ms: end - start, syncOnceMs: synced - start, total: page.total, appliedAtMs: appliedAt.map(round) }));
} else {
  const steps = [...totals].map(([what, t]) => ({ what, ms: round(t.ms), calls: t.calls })).sort((a, b) => b.ms - a.ms);
  // Top-level calls and whole transactions (their statements plus the JavaScript between) add up.
  const accounted = steps.reduce((sum, s) => sum + s.ms, 0);
  const phases: SyncPhases = {
    syncOnceMs: round(synced - start),
    searchMs: round(end - synced),
    total: page.total,
    appliedAtMs: appliedAt.map(round),
    steps: steps.slice(0, 8).map((s) => ({ ...s, what: s.what.trim() })),
    validationMs: round(validationMs),
    elsewhereMs: round(synced - start - accounted - validationMs),
  };
  console.log(JSON.stringify(phases));
}
