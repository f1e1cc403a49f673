// first_start_ms: a first start on an empty data dir (copy the template, open, migrate, make this
// device's session) until the core answers a connection's `session.get`, in a fresh process as the
// app does it; against a bare PGlite.create on an empty dir (initdb), which is what the template
// saves. The template is made before any timing: a packaged app ships it, so a first start never
// builds it. Median of a few runs, core and raw alternating.
import fs from 'node:fs';
import { templateDir } from '../../electron/core/db/db-template.js';
import { runProbe } from '../probe-runner.js';
import { median } from '../stats.js';
import { freshDataDir, discard } from '../temp-dirs.js';
import { describePhases, ratioOf, type Figure, type FigureResult, type StartPhases } from '../figure.js';

const RUNS = 5;
const MAX_MS = 1500;

interface StartProbe {
  ms: number;
  startCoreMs?: number;
  modulesMs: number;
}

async function ensureTemplate(): Promise<string> {
  const start = performance.now();
  const dir = await templateDir();
  const ms = performance.now() - start;
  return ms > 500 ? `the template was missing: built it (${(ms / 1000).toFixed(1)} s) before timing, at ${dir}` : `the template existed before timing (${dir})`;
}

async function probeOnce(mode: 'first-start' | 'raw-initdb'): Promise<StartProbe> {
  const dataDir = freshDataDir(mode);
  fs.mkdirSync(dataDir);
  try {
    return await runProbe<StartProbe>('start-probe.ts', [mode, dataDir]);
  } finally {
    discard(dataDir);
  }
}

export const firstStart: Figure = {
  name: 'first_start_ms',
  description: 'fresh process: startCore on an empty data dir until session.get answers, vs bare PGlite.create (initdb)',
  async run(ctx): Promise<FigureResult> {
    const templateNote = await ensureTemplate();
    const core: StartProbe[] = [];
    const raw: StartProbe[] = [];
    for (let i = 0; i < RUNS; i++) {
      ctx.progress(`first start ${i + 1} of ${RUNS}`);
      core.push(await probeOnce('first-start'));
      raw.push(await probeOnce('raw-initdb'));
    }
    const phasesDir = freshDataDir('first-start-phases');
    let phases: StartPhases;
    try {
      phases = await runProbe<StartPhases>('start-phases-probe.ts', [phasesDir]);
    } finally {
      discard(phasesDir);
    }
    const value = median(core.map((r) => r.ms));
    const baseline = median(raw.map((r) => r.ms));
    return {
      name: 'first_start_ms',
      value,
      unit: 'ms',
      baseline,
      baselineLabel: 'bare PGlite.create (initdb)',
      ratio: ratioOf(value, baseline),
      target: `< ${MAX_MS} ms`,
      met: value < MAX_MS,
      notes: [
        templateNote,
        `runs, core: ${core.map((r) => r.ms.toFixed(0)).join(', ')} ms; raw: ${raw.map((r) => r.ms.toFixed(0)).join(', ')} ms`,
        `of which startCore: ${median(core.map((r) => r.startCoreMs ?? 0)).toFixed(0)} ms (median); module loading under tsx, not counted: ${median(core.map((r) => r.modulesMs)).toFixed(0)} ms`,
        `phases of one first start (diagnosis probe): ${describePhases(phases)}`,
      ],
    };
  },
};
