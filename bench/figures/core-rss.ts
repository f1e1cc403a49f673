// core_rss_mb: resident memory of a fresh process that has opened the N-member roster through the
// core and searched it (bench/rss-probe.ts), against the same process doing the same searches on
// bare PGlite. Measured in child processes so the benchmark's own allocations do not count.
import { runProbe } from '../probe-runner.js';
import { copyDataDir, discard } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';

const MAX_MB = 450;

interface RssProbe {
  rssMb: number;
  peakRssMb: number | null;
  heapUsedMb: number;
  externalMb: number;
}

export const coreRss: Figure = {
  name: 'core_rss_mb',
  description: 'RSS of a fresh process after opening and searching the roster through the core, vs bare PGlite',
  async run(ctx): Promise<FigureResult> {
    const dataDir = copyDataDir(await ctx.roster(), 'rss');
    try {
      ctx.progress('measuring memory in child processes');
      const core = await runProbe<RssProbe>('rss-probe.ts', [dataDir]);
      const raw = await runProbe<RssProbe>('rss-probe.ts', [dataDir, '--raw']);
      const peak = (p: RssProbe) => (p.peakRssMb === null ? 'n/a' : `${p.peakRssMb.toFixed(0)} MB`);
      return {
        name: 'core_rss_mb',
        value: core.rssMb,
        unit: 'MB',
        baseline: raw.rssMb,
        baselineLabel: 'bare PGlite, same searches',
        ratio: ratioOf(core.rssMb, raw.rssMb),
        target: `< ${MAX_MB} MB`,
        met: core.rssMb < MAX_MB,
        notes: [
          `peak RSS core ${peak(core)}, raw ${peak(raw)}`,
          `JS heap used core ${core.heapUsedMb.toFixed(0)} MB, raw ${raw.heapUsedMb.toFixed(0)} MB; external+ArrayBuffers (PGlite's WebAssembly memory) core ${core.externalMb.toFixed(0)} MB, raw ${raw.externalMb.toFixed(0)} MB`,
        ],
      };
    } finally {
      discard(dataDir);
    }
  },
};
