// hub_rss_mb: resident memory of a hub process (bench/hub-rss-probe.ts, a child, so the figure is
// the hub's own) holding 20 chapters of 5,000 members each (issue 3's sizes; a tenth with --quick),
// with every chapter connected. Seeded untimed from this process: one device (a core) joins all 20
// chapters, imports 5,000 generated members into each through `members.import`, and syncs once.
// "Connected" is one bare row-sync socket per chapter, authenticated with a device token of its
// own, that catches up from the start of the chapter's log (as a device joining does) and stays
// open: 20 devices with live sync would be 20 PGlite cores in this process for the same frames at
// the hub. Measured after the last socket has caught up and the hub has idled a moment.
// Baseline: a fresh process with bare PGlite on the same database, after the hub has closed,
// reading every chapter's log with the hub's own pull query and page size.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startCore } from '../../electron/core/start-core.js';
import { generateMembers } from '../member-data.js';
import { runProbe } from '../probe-runner.js';
import type { ProcessMemory } from '../process-memory.js';
import { RawSyncSocket } from '../raw-sync-socket.js';
import { coreLog, freshHubStore, HubAdmin, importMembers, seconds } from '../sync-fixture.js';
import { discard, freshDataDir } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';

const CHAPTERS = 20;
const CHAPTER_MEMBERS = 5_000;
/** After the last socket caught up: let the hub finish sending and its allocator settle. */
const IDLE_MS = 2_000;
/** A hub that has not exited this long after `close` is killed. */
const CLOSE_TIMEOUT_MS = 15_000;

const benchDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The hub's child process: JSON lines out, commands (`rss`, `close`) in. */
class HubProcess {
  private readonly lines: AsyncIterator<string>;
  private stderr = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-4000)));
    child.stdin.on('error', () => {}); // a hub that died: `next` reports it, with its stderr
    this.lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  }

  static async start(dataDir: string): Promise<{ hub: HubProcess; url: string; adminToken: string; memory: ProcessMemory }> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(benchDir, 'hub-rss-probe.ts'), 'hub', dataDir], {
      cwd: path.dirname(benchDir),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const hub = new HubProcess(child);
    try {
      const first = await hub.next<{ url: string; adminToken: string | null; memory: ProcessMemory }>();
      if (!first.adminToken) throw new Error('the hub probe started on a store that already had an admin token');
      return { hub, url: first.url, adminToken: first.adminToken, memory: first.memory };
    } catch (error) {
      hub.kill();
      throw error;
    }
  }

  private async next<T>(): Promise<T> {
    const { value, done } = await this.lines.next();
    if (done) throw new Error(`the hub process ended early: ${this.stderr.trim().slice(-2000)}`);
    return JSON.parse(value) as T;
  }

  async memory(): Promise<ProcessMemory> {
    this.child.stdin.write('rss\n');
    return (await this.next<{ memory: ProcessMemory }>()).memory;
  }

  private get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.write('close\n');
    const timer = setTimeout(() => this.kill(), CLOSE_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (!this.exited) this.child.kill();
  }
}

interface Seeding {
  chapterIds: string[];
  importMs: number;
  pushMs: number;
}

/** One device joins every chapter, imports its members into each, and syncs them to the hub. */
async function seed(admin: HubAdmin, chapters: number, perChapter: number, progress: (message: string) => void): Promise<Seeding> {
  const chapterIds: string[] = [];
  for (let i = 0; i < chapters; i++) chapterIds.push((await admin.createChapter(`Hub Memory Chapter ${i + 1}`)).chapterId);
  const members = generateMembers(chapters * perChapter);
  const core = await startCore({ dataDir: freshDataDir('hub-rss-seeder'), liveSync: false, log: coreLog });
  let importMs = 0;
  try {
    for (const chapterId of chapterIds) {
      await core.call('sync.join', { hubUrl: admin.url, invite: await admin.invite(chapterId), linkCurrentChapter: false, allowInsecure: false });
    }
    await core.syncOnce(); // every chapter's own record
    for (const [i, chapterId] of chapterIds.entries()) {
      if (i % 5 === 0) progress(`  importing chapter ${i + 1} of ${chapters}`);
      importMs += await importMembers(core, chapterId, members.slice(i * perChapter, (i + 1) * perChapter));
    }
    // One syncOnce pushes every chapter: a syncOnce per chapter would also pull each chapter
    // already pushed back again (a device's pull brings back its own messages).
    progress(`  pushing all ${chapters} chapters`);
    const start = performance.now();
    await core.syncOnce();
    const pushMs = performance.now() - start;
    return { chapterIds, importMs, pushMs };
  } finally {
    await core.close();
    discard(core.dataDir);
  }
}

const mb = (m: ProcessMemory) => `${m.rssMb.toFixed(0)} MB`;

export const hubRss: Figure = {
  name: 'hub_rss_mb',
  description: 'RSS of a hub process holding 20 chapters of 5,000 members, a sync socket per chapter connected, vs bare PGlite reading the same logs',
  async run(ctx): Promise<FigureResult> {
    const perChapter = ctx.quick ? CHAPTER_MEMBERS / 10 : CHAPTER_MEMBERS;
    const dataDir = await freshHubStore('hub-rss');
    let hub: HubProcess | undefined;
    const sockets: RawSyncSocket[] = [];
    try {
      const started = await HubProcess.start(dataDir);
      hub = started.hub;
      const admin = new HubAdmin(started.url, started.adminToken);
      ctx.progress(`seeding ${CHAPTERS} chapters of ${perChapter.toLocaleString('en')} members through one device (untimed)`);
      const seeding = await seed(admin, CHAPTERS, perChapter, ctx.progress);
      const seeded = await hub.memory();

      ctx.progress(`connecting ${CHAPTERS} sync sockets, one per chapter, each catching up from the start`);
      const catchUpStart = performance.now();
      let messages = 0;
      let bytes = 0;
      for (const chapterId of seeding.chapterIds) {
        const { token } = await admin.join(chapterId, 'bench connected device');
        const socket = await RawSyncSocket.open(admin.wsUrl(`/sync?token=${encodeURIComponent(token)}`));
        sockets.push(socket);
        messages += (await socket.pullAll(chapterId)).messages;
        bytes += socket.bytes;
      }
      const catchUpMs = performance.now() - catchUpStart;
      if (messages < CHAPTERS * perChapter) throw new Error(`the sockets pulled ${messages} messages, expected at least ${CHAPTERS * perChapter}`);
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      const connected = await hub.memory();
      if (sockets.some((s) => s.ws.readyState !== s.ws.OPEN)) throw new Error('the hub closed a sync socket');

      for (const socket of sockets.splice(0)) socket.close();
      await hub.close();
      ctx.progress('bare PGlite on the same database, reading the same logs, in a fresh process');
      const raw = await runProbe<{ memory: ProcessMemory; messages: number }>('hub-rss-probe.ts', ['raw', dataDir, seeding.chapterIds.join(',')]);

      const peak = (m: ProcessMemory) => (m.peakRssMb === null ? 'n/a' : `${m.peakRssMb.toFixed(0)} MB`);
      return {
        name: 'hub_rss_mb',
        value: connected.rssMb,
        unit: 'MB',
        baseline: raw.memory.rssMb,
        baselineLabel: 'bare PGlite, same db, same log reads',
        ratio: ratioOf(connected.rssMb, raw.memory.rssMb),
        target: 'none (reported)',
        met: true,
        notes: [
          `${CHAPTERS} chapters x ${perChapter.toLocaleString('en')} members${ctx.quick ? " (--quick: a tenth of issue 3's 5,000)" : ''}; connected = ${CHAPTERS} bare sync sockets with device tokens (not ${CHAPTERS} cores), each caught up from the chapter's start: ${messages.toLocaleString('en')} messages, ${(bytes / 2 ** 20).toFixed(0)} MB of frames in ${seconds(catchUpMs)}`,
          `hub RSS: just started (empty) ${mb(started.memory)}; all data in, no socket ${mb(seeded)}; ${CHAPTERS} sockets connected and caught up, after ${IDLE_MS / 1000} s idle ${mb(connected)}; peak ${peak(connected)}`,
          `hub JS heap used ${connected.heapUsedMb.toFixed(0)} MB, external (mostly PGlite's WebAssembly memory) ${connected.externalMb.toFixed(0)} MB; bare PGlite: heap ${raw.memory.heapUsedMb.toFixed(0)} MB, external ${raw.memory.externalMb.toFixed(0)} MB, peak ${peak(raw.memory)}`,
          `the hub also applied all ${(CHAPTERS * perChapter).toLocaleString('en')} members as they were pushed, which the bare PGlite process did not: part of the difference is PGlite memory that writing grew and never returns`,
          `seeding (untimed): one device joined all ${CHAPTERS} chapters; members.import ${seconds(seeding.importMs)} and syncOnce pushes ${seconds(seeding.pushMs)} in all`,
        ],
      };
    } finally {
      for (const socket of sockets) socket.close();
      await hub?.close();
      discard(dataDir);
    }
  },
};
