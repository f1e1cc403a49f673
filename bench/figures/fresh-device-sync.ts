// fresh_device_sync_s: a new device joining a chapter of 10,000 members (issue 3's size; a tenth
// with --quick), from the moment its empty database is open (core started, `sync.join` answered)
// until its copy is complete: `syncOnce()` has returned and the roster's first `members.search`
// (through a JSON frame connection) counts every member. The device runs in a fresh process, as a
// new laptop's app would (bench/sync-probe.ts); the hub runs in this one, on 127.0.0.1 over PGlite.
// The chapter is seeded untimed: device A imports the generated members through `members.import`
// and syncs once.
// Baseline: the same chapter's change messages pulled from the same hub over one WebSocket as raw
// frames, from a fresh process too — connect, pull page after page, JSON.parse each frame to read
// its cursor — neither validated nor applied: what moving the data costs, the hub's reads
// included, with no database on the device's side. Median of a few runs, device and raw
// alternating; then one diagnosis run with PGlite's calls timed.
import { runProbe } from '../probe-runner.js';
import { generateMembers } from '../member-data.js';
import { median } from '../stats.js';
import { freshHubStore, joinedDevice, seconds, seedChapter, startBenchHub, type BenchHub, type HubAdmin } from '../sync-fixture.js';
import { discard } from '../temp-dirs.js';
import { describeSyncPhases, ratioOf, type Figure, type FigureResult, type SyncPhases } from '../figure.js';

const CHAPTER_MEMBERS = 10_000;
const RUNS = 3;
const MAX_S = 3;

interface DeviceRun {
  ms: number;
  syncOnceMs: number;
  total: number;
  /** When each batch of members was applied (`changed` events), from the start. */
  appliedAtMs: number[];
}

interface RawRun {
  ms: number;
  messages: number;
  pages: number;
  mb: number;
}

/** A device that has joined the chapter, its core closed: the probe opens its empty copy. */
async function joinedDataDir(admin: HubAdmin, chapterId: string, label: string): Promise<string> {
  const core = await joinedDevice(admin, chapterId, label, false);
  await core.close();
  return core.dataDir;
}

async function probeDevice<T>(mode: 'device' | 'phases', admin: HubAdmin, chapterId: string): Promise<T> {
  const dataDir = await joinedDataDir(admin, chapterId, `fresh-device-${mode}`);
  try {
    return await runProbe<T>('sync-probe.ts', [mode, dataDir, chapterId]);
  } finally {
    discard(dataDir);
  }
}

async function probeRaw(admin: HubAdmin, chapterId: string): Promise<RawRun> {
  const { token } = await admin.join(chapterId, 'bench raw pull');
  return runProbe<RawRun>('sync-probe.ts', ['raw', admin.url, token, chapterId]);
}

const s = (ms: number) => (ms / 1000).toFixed(2);

export const freshDeviceSync: Figure = {
  name: 'fresh_device_sync_s',
  description: 'a new device joined to a 10,000-member chapter: syncOnce until members.search counts them all, vs the same messages pulled as raw frames',
  async run(ctx): Promise<FigureResult> {
    const memberCount = ctx.quick ? CHAPTER_MEMBERS / 10 : CHAPTER_MEMBERS;
    let bench: BenchHub | undefined;
    try {
      bench = await startBenchHub(await freshHubStore('fresh-sync-hub'));
      ctx.progress(`seeding a chapter of ${memberCount.toLocaleString('en')} members through device A (untimed)`);
      const seeded = await seedChapter(bench.admin, 'Fresh Device Chapter', generateMembers(memberCount));
      discard(seeded.seederDir);
      const device: DeviceRun[] = [];
      const raw: RawRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        ctx.progress(`fresh device ${i + 1} of ${RUNS}, and a raw pull`);
        device.push(await probeDevice<DeviceRun>('device', bench.admin, seeded.chapterId));
        raw.push(await probeRaw(bench.admin, seeded.chapterId));
      }
      const wrong = device.find((r) => r.total !== memberCount);
      if (wrong) throw new Error(`the fresh device's roster counts ${wrong.total} members after syncOnce, expected ${memberCount}`);
      ctx.progress('diagnosis: one more fresh device in a child process, PGlite calls timed');
      const phases = await probeDevice<SyncPhases>('phases', bench.admin, seeded.chapterId);
      const value = median(device.map((r) => r.ms)) / 1000;
      const baseline = median(raw.map((r) => r.ms)) / 1000;
      const mid = [...device].sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
      return {
        name: 'fresh_device_sync_s',
        value,
        unit: 's',
        baseline,
        baselineLabel: 'raw frames over one WebSocket',
        ratio: ratioOf(value, baseline),
        target: `< ${MAX_S} s`,
        met: value < MAX_S,
        notes: [
          `${memberCount.toLocaleString('en')} members${ctx.quick ? " (--quick: a tenth of issue 3's 10,000)" : ''}: ${raw[0]!.messages.toLocaleString('en')} change messages in ${raw[0]!.pages} pull pages, ${raw[0]!.mb.toFixed(1)} MB of frames; device and raw pull each in a fresh process, the hub in the benchmark's`,
          `runs, device: ${device.map((r) => s(r.ms)).join(', ')} s (of which syncOnce ${device.map((r) => s(r.syncOnceMs)).join(', ')} s); raw pull: ${raw.map((r) => s(r.ms)).join(', ')} s`,
          `median run: pulled batches applied at ${mid.appliedAtMs.map(s).join(', ')} s; syncOnce returned at ${s(mid.syncOnceMs)} s; first search answered at ${s(mid.ms)} s`,
          `phases of one more fresh sync (diagnosis probe, PGlite timed): ${describeSyncPhases(phases)}; batches applied at ${phases.appliedAtMs.map(s).join(', ')} s`,
          `seeding (untimed): device A's members.import ${seconds(seeded.importMs)}, its syncOnce pushing them ${seconds(seeded.pushMs)}; A's next syncOnce, with nothing new anywhere, ${seconds(seeded.echoMs)} (its pull brings back the ${memberCount.toLocaleString('en')} messages it pushed)`,
        ],
      };
    } finally {
      await bench?.hub.close();
      if (bench) discard(bench.dataDir);
    }
  },
};
