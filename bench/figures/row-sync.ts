// row_sync_p95_ms: a member edit on device A — `members.update` through a JSON frame connection to
// A's core, as the renderer sends it — until device B's core has applied it (B's connection gets
// the `changed` event naming `members`, which the core emits after the apply has committed). Both
// devices run with live sync on one hub on 127.0.0.1, in a chapter of 10,000 members (issue 3's
// chapter size; a tenth with --quick). 200 timed edits after a warm-up, each made once the previous
// one has arrived, a short pause apart.
// Baseline raw_yws_p95_ms: a Y.Map `set` on one y-websocket client until another client's map has
// it, through the reference server (@y/websocket-server) over the same loopback; same count.
// Everything (hub, cores, reference server, clients) runs in this process, so both sides pay the
// same event loop. A diagnosis pass afterwards splits an edit's time where A sends its push and
// where the hub sends B the live frame, and times the hub's handling of a one-message push alone.
import { randomUUID } from 'node:crypto';
import type { Core } from '../../electron/core/core-api.js';
import { startCore } from '../../electron/core/start-core.js';
import { formatHlc } from '../../shared/hlc.js';
import type { ChangeMessage } from '../../shared/replication/messages.js';
import type { AckFrame } from '../../shared/sync/protocol.js';
import WebSocket from 'ws';
import { FrameClient } from '../frame-client.js';
import { generateMembers } from '../member-data.js';
import { percentile } from '../stats.js';
import { freshHubStore, joinedDevice, rosterTotal, seedChapter, startBenchHub, waitUntil, seconds, type BenchHub } from '../sync-fixture.js';
import { allSynced, startYwsReference } from '../yws-reference.js';
import { discard } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';

const CHAPTER_MEMBERS = 10_000;
const EDITS = 200;
const WARMUP = 20;
/** Between one edit arriving and the next being made: a person's edits are further apart still. */
const PAUSE_MS = 20;
const DIAGNOSIS_EDITS = 50;
const HUB_PUSHES = 50;
const SAMPLE_TIMEOUT_MS = 10_000;
const MAX_P95_MS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A promise of the next call of the returned `fire`, with a deadline. */
function nextSignal(what: string): { promise: Promise<number>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: nothing after ${SAMPLE_TIMEOUT_MS / 1000} s`)), SAMPLE_TIMEOUT_MS);
    fire = () => {
      clearTimeout(timer);
      resolve(performance.now());
    };
  });
  // If the edit itself fails, nobody awaits this: its deadline must not become an unhandled rejection.
  promise.catch(() => {});
  return { promise, fire };
}

/** Device B's applied edits, as its connection's `changed` events tell them. */
class AppliedWatch {
  private signal: { fire: () => void } | null = null;
  readonly client: FrameClient;

  constructor(core: Core) {
    this.client = new FrameClient(core, (event, payload) => {
      if (event !== 'changed' || !(payload as { tables: string[] }).tables.includes('members')) return;
      const signal = this.signal;
      this.signal = null;
      signal?.fire();
    });
  }

  /** Call before the edit: resolves with the time of the next `members` change applied on B. */
  arm(): Promise<number> {
    const next = nextSignal("device B's core applying the edit (a `changed` event naming members)");
    this.signal = next;
    return next.promise;
  }
}

/**
 * Diagnosis: notes when row-sync frames are handed to a socket, by wrapping `ws`'s send for the
 * pass (the hub's server sockets and the cores' client sockets are both `ws` sockets). Returns the
 * function that unwraps it.
 */
function watchSends(onSend: (type: string, at: number, text: string) => void): () => void {
  const proto = WebSocket.prototype as unknown as { send: (data: unknown, ...rest: unknown[]) => void };
  const original = proto.send;
  proto.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
    if (typeof data === 'string') {
      const type = /^\{"type":"(\w+)"/.exec(data)?.[1];
      if (type) onSend(type, performance.now(), data);
    }
    return original.call(this, data, ...rest);
  };
  return () => {
    proto.send = original;
  };
}

/** A bare sync socket (no core): pushes one message at a time and times the hub's ack. */
class BareSyncSocket {
  private readonly acks = new Map<number, () => void>();

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as AckFrame | { type: string };
      if (frame.type !== 'ack') return;
      const ref = (frame as AckFrame).ref;
      this.acks.get(ref)?.();
      this.acks.delete(ref);
    });
  }

  static open(url: string): Promise<BareSyncSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.once('open', () => resolve(new BareSyncSocket(ws)));
      ws.once('error', reject);
    });
  }

  push(ref: number, message: ChangeMessage): Promise<number> {
    const start = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the hub did not acknowledge a push')), SAMPLE_TIMEOUT_MS);
      this.acks.set(ref, () => {
        clearTimeout(timer);
        resolve(performance.now() - start);
      });
      this.ws.send(JSON.stringify({ type: 'push', ref, messages: [message] }));
    });
  }
}

interface RowSyncRun {
  samples: number[];
  commit: number[];
  /** Diagnosis pass, per edit: start → A sends its push → the hub sends the live frame → B applied. */
  aPush: number[];
  hubStore: number[];
  bApply: number[];
  hubPush: number[];
  setup: string;
  mismatches: number;
}

async function measureRowSync(memberCount: number, progress: (message: string) => void): Promise<RowSyncRun> {
  let bench: BenchHub | undefined;
  const cores: Core[] = [];
  const clients: FrameClient[] = [];
  let bare: BareSyncSocket | undefined;
  let unwatch = () => {};
  const dataDirs: string[] = [];
  try {
    const setupStart = performance.now();
    bench = await startBenchHub(await freshHubStore('row-sync-hub'));
    progress(`seeding a chapter of ${memberCount.toLocaleString('en')} members through device A (untimed)`);
    const seeded = await seedChapter(bench.admin, 'Row Sync Chapter', generateMembers(memberCount));
    dataDirs.push(seeded.seederDir);
    // Device A is the seeder, reopened with live sync; device B is new and pulls the chapter.
    const a = await startCore({ dataDir: seeded.seederDir, liveSync: true, log: (m, e) => console.error(`[core A] ${m}`, e ?? '') });
    cores.push(a);
    a.useChapter(seeded.chapterId);
    const b = await joinedDevice(bench.admin, seeded.chapterId, 'row-sync-b', true);
    cores.push(b);
    dataDirs.push(b.dataDir);
    b.useChapter(seeded.chapterId);
    await waitUntil(async () => (await rosterTotal(b)) === memberCount, "device B's live sync to bring the chapter", 120_000, 100);
    await waitUntil(async () => (await a.call('sync.status', {})).hubs.every((h) => h.connected), 'device A to connect', 30_000);
    const setup = `setup (untimed): seeding import ${seconds(seeded.importMs)} + push ${seconds(seeded.pushMs)}; both devices live and B caught up after ${seconds(performance.now() - setupStart)} in all`;

    const editor = new FrameClient(a);
    clients.push(editor);
    const applied = new AppliedWatch(b);
    clients.push(applied.client);
    const ids = (await a.call('members.search', { query: '', offset: 0, limit: 50 })).rows.map((r) => r.id);
    const lastCity = new Map<string, string>();
    let n = 0;
    const edit = async () => {
      const id = ids[n % ids.length]!;
      const city = `Bench City ${n++}`;
      lastCity.set(id, city);
      const start = performance.now();
      await editor.call('members.update', { id, changes: { city } });
      return { start, committed: performance.now() };
    };

    progress(`timing ${EDITS} edits on A until B applies them (after ${WARMUP} warm-up edits)`);
    const samples: number[] = [];
    const commit: number[] = [];
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const seen = applied.arm();
      const { start, committed } = await edit();
      const end = await seen;
      if (i >= WARMUP) {
        samples.push(end - start);
        commit.push(committed - start);
      }
      await sleep(PAUSE_MS);
    }

    progress(`diagnosis: ${DIAGNOSIS_EDITS} more edits, noting when the push and the hub's live frame are sent; then ${HUB_PUSHES} one-message pushes from a bare socket`);
    let marks: Record<string, number> = {};
    let template: ChangeMessage | undefined;
    unwatch = watchSends((type, at, text) => {
      marks[type] ??= at;
      if (type === 'push') template ??= (JSON.parse(text) as { messages: ChangeMessage[] }).messages.find((m) => m.table === 'members');
    });
    const aPush: number[] = [];
    const hubStore: number[] = [];
    const bApply: number[] = [];
    for (let i = 0; i < DIAGNOSIS_EDITS; i++) {
      const seen = applied.arm();
      marks = {};
      const { start } = await edit();
      const end = await seen;
      const { push, changes } = marks;
      if (push === undefined || changes === undefined) throw new Error(`diagnosis: saw no ${push === undefined ? 'push from A' : 'live frame from the hub'} for an edit that B applied`);
      aPush.push(push - start);
      hubStore.push(changes - push);
      bApply.push(end - changes);
      await sleep(PAUSE_MS);
    }
    unwatch();

    // B holds every edit's final value?
    let mismatches = 0;
    for (const [id, city] of lastCity) if ((await b.call('members.get', { id })).city !== city) mismatches++;

    // The hub alone: the devices disconnected, one-message pushes of a real member change.
    for (const client of clients.splice(0)) client.close();
    for (const core of cores.splice(0)) await core.close();
    if (!template) throw new Error('diagnosis: A pushed no member change');
    const token = (await bench.admin.join(seeded.chapterId, 'bench bare socket')).token;
    bare = await BareSyncSocket.open(bench.admin.wsUrl(`/sync?token=${encodeURIComponent(token)}`));
    const hubPush: number[] = [];
    for (let i = 0; i < HUB_PUSHES; i++) {
      const message: ChangeMessage = { ...template, id: randomUUID(), hlc: formatHlc({ millis: Date.now(), counter: i, node: 'benchsocket' }), device: 'benchsocket', values: { city: `Hub City ${i}` } };
      hubPush.push(await bare.push(i + 1, message));
      await sleep(PAUSE_MS);
    }
    return { samples, commit, aPush, hubStore, bApply, hubPush, setup, mismatches };
  } finally {
    unwatch();
    bare?.ws.close();
    for (const client of clients) client.close();
    for (const core of cores) await core.close().catch(() => {});
    await bench?.hub.close();
    for (const dir of dataDirs) discard(dir);
    if (bench) discard(bench.dataDir);
  }
}

async function measureRawYws(progress: (message: string) => void): Promise<number[]> {
  progress(`timing ${EDITS} y-websocket map edits through the reference server (after ${WARMUP} warm-up edits)`);
  const reference = await startYwsReference();
  try {
    const room = `bench-${randomUUID()}`;
    const writer = reference.client(room);
    const reader = reference.client(room);
    await allSynced([writer, reader]);
    let signal: { fire: () => void } | null = null;
    reader.map.observe(() => {
      const s = signal;
      signal = null;
      s?.fire();
    });
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const next = nextSignal('the second y-websocket client seeing the map edit');
      signal = next;
      const start = performance.now();
      writer.map.set(`member-${i % 50}`, `Bench City ${i}`);
      const end = await next.promise;
      if (i >= WARMUP) samples.push(end - start);
      await sleep(PAUSE_MS);
    }
    return samples;
  } finally {
    await reference.close();
  }
}

const p = (samples: number[], q: number) => percentile(samples, q);

export const rowSync: Figure = {
  name: 'row_sync_p95_ms',
  description: 'members.update on device A until device B has applied it, live sync through a hub on 127.0.0.1, vs a y-websocket map set seen by another client',
  async run(ctx): Promise<FigureResult> {
    const memberCount = ctx.quick ? CHAPTER_MEMBERS / 10 : CHAPTER_MEMBERS;
    const run = await measureRowSync(memberCount, ctx.progress);
    const raw = await measureRawYws(ctx.progress);
    const value = p(run.samples, 95);
    const baseline = p(raw, 95);
    const slowest = [...run.samples].sort((x, y) => y - x).slice(0, 3);
    return {
      name: 'row_sync_p95_ms',
      value,
      unit: 'ms',
      baseline,
      baselineLabel: 'raw_yws_p95_ms',
      ratio: ratioOf(value, baseline),
      target: `p95 < ${MAX_P95_MS} ms`,
      met: value < MAX_P95_MS,
      notes: [
        `p50 row sync ${ms(p(run.samples, 50))}, raw y-websocket ${ms(p(raw, 50))} (p95 ${ms(baseline)}); slowest edits ${slowest.map(ms).join(', ')}`,
        `${EDITS} edits after ${WARMUP} warm-up, each made ${PAUSE_MS} ms after the previous one arrived, in a chapter of ${memberCount.toLocaleString('en')} members${ctx.quick ? ' (--quick: a tenth of issue 3\'s 10,000)' : ''}; hub, both cores and the y-websocket server and clients in this one process`,
        `A's members.update answered after p50 ${ms(p(run.commit, 50))}, p95 ${ms(p(run.commit, 95))} (timed edits)`,
        `phases of an edit (diagnosis pass of ${DIAGNOSIS_EDITS}, p50 / p95): A commits and sends its push ${ms(p(run.aPush, 50))} / ${ms(p(run.aPush, 95))}; the hub validates, stores and sends the live frame ${ms(p(run.hubStore, 50))} / ${ms(p(run.hubStore, 95))}; B receives, applies and emits \`changed\` ${ms(p(run.bApply, 50))} / ${ms(p(run.bApply, 95))}`,
        `the hub alone: a one-message push from a bare socket until its ack, p50 ${ms(p(run.hubPush, 50))}, p95 ${ms(p(run.hubPush, 95))} (${HUB_PUSHES} pushes, no device connected)`,
        run.setup,
        ...(run.mismatches > 0 ? [`WARNING: ${run.mismatches} edited members on B do not hold A's last value`] : []),
      ],
    };
  },
};
