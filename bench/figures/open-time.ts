// open_ms: starting the core on the N-member roster until a connection's first `members.search`
// (the roster's first page) is answered, in a fresh process as the app does it; against a bare
// PGlite.create on the same data dir plus the same search SQL (and its count, as the core runs it).
// Median of a few runs, core and raw alternating on one fresh copy of the roster.
import { runProbe } from '../probe-runner.js';
import { median } from '../stats.js';
import { copyDataDir, discard } from '../temp-dirs.js';
import { describePhases, ratioOf, type Figure, type FigureResult, type StartPhases } from '../figure.js';

const RUNS = 5;
const MAX_RATIO = 1.5;

interface OpenProbe {
  ms: number;
  startCoreMs?: number;
  createMs?: number;
  total: number;
  chapterId?: string | null;
}

export const openTime: Figure = {
  name: 'open_ms',
  description: 'fresh process: startCore on the roster until the first members.search answers, vs bare PGlite open + same SQL',
  async run(ctx): Promise<FigureResult> {
    const dataDir = copyDataDir(await ctx.roster(), 'open');
    try {
      const core: OpenProbe[] = [];
      const raw: OpenProbe[] = [];
      for (let i = 0; i < RUNS; i++) {
        ctx.progress(`open ${i + 1} of ${RUNS}`);
        const opened = await runProbe<OpenProbe>('start-probe.ts', ['open', dataDir]);
        core.push(opened);
        if (!opened.chapterId) throw new Error('the roster has no current chapter');
        raw.push(await runProbe<OpenProbe>('start-probe.ts', ['raw-open', dataDir, opened.chapterId]));
      }
      if (core.some((r) => r.total !== ctx.memberCount) || raw.some((r) => r.total !== ctx.memberCount)) {
        throw new Error(`the first search found ${core[0]!.total} (core) / ${raw[0]!.total} (raw) members, expected ${ctx.memberCount}`);
      }
      const phases = await runProbe<StartPhases>('start-phases-probe.ts', [dataDir]);
      const value = median(core.map((r) => r.ms));
      const baseline = median(raw.map((r) => r.ms));
      const ratio = ratioOf(value, baseline);
      return {
        name: 'open_ms',
        value,
        unit: 'ms',
        baseline,
        baselineLabel: 'bare PGlite open + same SQL',
        ratio,
        target: `ratio <= ${MAX_RATIO}`,
        met: ratio !== null && ratio <= MAX_RATIO,
        notes: [
          `runs, core: ${core.map((r) => r.ms.toFixed(0)).join(', ')} ms; raw: ${raw.map((r) => r.ms.toFixed(0)).join(', ')} ms`,
          `startCore alone ${median(core.map((r) => r.startCoreMs ?? 0)).toFixed(0)} ms; bare PGlite.create alone ${median(raw.map((r) => r.createMs ?? 0)).toFixed(0)} ms (medians)`,
          `phases of one reopen (diagnosis probe): ${describePhases(phases)}`,
        ],
      };
    } finally {
      discard(dataDir);
    }
  },
};
