// `npm run bench`: measures Chapterhouse's core against raw PGlite on N generated members, and its
// sync (hub and devices, at the sizes issue 3 fixes) against raw y-websocket and raw frames, and
// prints each figure with its baseline from the same run, the ratio, and whether its target was met.
// Every measurement starts from fresh data dirs under the temp dir; all of them are removed at the
// end. See bench-args.ts for the options; each figure lives in bench/figures/.
import { parseArgs, usage } from './bench-args.js';
import { createBenchContext } from './bench-context.js';
import type { Figure, FigureResult } from './figure.js';
import { board } from './figures/board.js';
import { checkin } from './figures/checkin.js';
import { rallySignins } from './figures/rally-signins.js';
import { coedit } from './figures/coedit.js';
import { coreRss } from './figures/core-rss.js';
import { firstStart } from './figures/first-start.js';
import { freshDeviceSync } from './figures/fresh-device-sync.js';
import { hubRss } from './figures/hub-rss.js';
import { importRate } from './figures/import-rate.js';
import { openTime } from './figures/open-time.js';
import { rowSync } from './figures/row-sync.js';
import { searchLatency } from './figures/search-latency.js';
import { thermometers } from './figures/thermometers.js';
import { formatReport, writeJson, type FigureFailure } from './report.js';
import { discardAll } from './temp-dirs.js';

// In this order: first start on a quiet machine, then the import, whose data dir the rest reuse;
// then the sync figures (issue 3), which make their own hubs and chapters at fixed sizes; then the
// proposals figures (issue 4), which make their own data dirs, hub and browser hosts; then the
// pledges figure (issue 6) and the meetings figures (issue 5), on copies of the roster.
const figures: Figure[] = [firstStart, importRate, searchLatency, openTime, coreRss, rowSync, freshDeviceSync, hubRss, board, coedit, checkin, rallySignins, thermometers];
const names = figures.map((f) => f.name);

const progress = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), names);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage(names)}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${usage(names)}\n\n${figures.map((f) => `  ${f.name}: ${f.description}`).join('\n')}\n`);
    return 0;
  }
  const chosen = figures.filter((f) => !args.only || args.only.includes(f.name));
  const ctx = createBenchContext(args.members, progress, args.quick);
  const results: FigureResult[] = [];
  const failures: FigureFailure[] = [];
  const start = performance.now();
  for (const figure of chosen) {
    progress(`\n== ${figure.name}`);
    const figureStart = performance.now();
    try {
      results.push(await figure.run(ctx));
    } catch (error) {
      // One broken figure should not hide the others: report it and go on.
      const message = error instanceof Error ? error.message : String(error);
      progress(`${figure.name} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
      failures.push({ name: figure.name, error: message });
    }
    progress(`   (${((performance.now() - figureStart) / 1000).toFixed(1)} s)`);
  }
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`\n${formatReport(args.members, results, failures, seconds)}\n`);
  if (args.jsonFile) {
    writeJson(args.jsonFile, results);
    progress(`wrote ${args.jsonFile}`);
  }
  return failures.length > 0 ? 1 : 0;
}

process.on('SIGINT', () => {
  discardAll();
  process.exit(130);
});

try {
  process.exitCode = await main();
} finally {
  discardAll();
}
