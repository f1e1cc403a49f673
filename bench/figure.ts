// What every figure module exports and returns. A figure measures the app and its raw baseline in
// the same run, so the ratio compares two numbers taken on the same machine under the same load.
import type { GeneratedMember } from './member-data.js';

export interface FigureResult {
  name: string;
  value: number;
  unit: string;
  /** The same work done by PGlite alone; null when the figure has no raw counterpart. */
  baseline: number | null;
  /** What the baseline measured, for the table ("COPY FROM /dev/blob"). */
  baselineLabel: string;
  /** value / baseline; null without a baseline. */
  ratio: number | null;
  /** The target in words, as printed ("p95 < 25 ms and ratio <= 2"). */
  target: string;
  met: boolean;
  /** Phase timings and other observations that explain the figure. */
  notes: string[];
}

/** What the runner hands every figure. */
export interface BenchContext {
  readonly memberCount: number;
  readonly members: readonly GeneratedMember[];
  /** The import file's bytes, base64, as the renderer sends them. */
  readonly importBase64: string;
  /** A closed data dir holding the N members, imported through the app; made once, then shared. */
  roster(): Promise<string>;
  /** Offers a closed data dir with the N members imported, so `roster()` need not import again. */
  offerRoster(dataDir: string): void;
  /** Progress for the developer (stderr, so stdout stays the report). */
  progress(message: string): void;
}

export interface Figure {
  name: string;
  /** A line for --help: what is measured against what. */
  description: string;
  run(ctx: BenchContext): Promise<FigureResult>;
}

export function ratioOf(value: number, baseline: number | null): number | null {
  return baseline === null || baseline === 0 ? null : value / baseline;
}

/** What bench/start-phases-probe.ts prints: where one start's time went. */
export interface StartPhases {
  startCoreMs: number;
  /** The slowest PGlite calls during startCore (a transaction counts as one). */
  slowest: { what: string; ms: number }[];
  outsidePgliteMs: number;
  answered: string;
  answerMs: number;
}

export function describePhases(p: StartPhases): string {
  const steps = p.slowest.map((s) => `${s.what} ${s.ms.toFixed(0)} ms`).join('; ');
  return `startCore ${p.startCoreMs.toFixed(0)} ms (slowest PGlite calls: ${steps}; outside PGlite: ${p.outsidePgliteMs.toFixed(0)} ms), then ${p.answered} ${p.answerMs.toFixed(0)} ms`;
}
