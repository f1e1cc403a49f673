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
  /** `--quick`: the sync figures run at a tenth of their fixed sizes. */
  readonly quick: boolean;
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

/** What bench/sync-probe.ts prints in `phases` mode: where a fresh device's first sync went. */
export interface SyncPhases {
  syncOnceMs: number;
  searchMs: number;
  total: number;
  /** When each pulled batch of members was applied (the core's `changed` events), from the start. */
  appliedAtMs: number[];
  /** The costliest PGlite calls, summed by statement; a transaction's statements are listed apart. */
  steps: { what: string; ms: number; calls: number }[];
  /** The device validating the hub's frames (zod). */
  validationMs: number;
  /** syncOnce's time in none of the above: waiting for the hub, the socket, JSON parsing. */
  elsewhereMs: number;
}

export function describeSyncPhases(p: SyncPhases): string {
  const steps = p.steps.map((s) => `${s.what} ${s.ms.toFixed(0)} ms${s.calls > 1 ? ` (${s.calls}x)` : ''}`).join('; ');
  return `syncOnce ${p.syncOnceMs.toFixed(0)} ms = validating the hub's frames ${p.validationMs.toFixed(0)} ms + PGlite (slowest: ${steps}) + elsewhere (waiting for the hub, socket, JSON parse) ${p.elsewhereMs.toFixed(0)} ms; then the first search ${p.searchMs.toFixed(0)} ms`;
}
