// Presents the figures: a table for people (each figure, its raw baseline, the ratio, the target
// and whether it was met, then the notes that explain it) and the JSON array for tools.
import fs from 'node:fs';
import type { FigureResult } from './figure.js';

export interface FigureFailure {
  name: string;
  error: string;
}

function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '-';
  if (unit === 'rows/s') return `${Math.round(value).toLocaleString('en')} ${unit}`;
  if (unit === 'MB') return `${value.toFixed(0)} ${unit}`;
  if (unit === 's') return `${value.toFixed(2)} ${unit}`;
  return `${value.toFixed(value < 100 ? 1 : 0)} ${unit}`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function formatReport(memberCount: number, results: FigureResult[], failures: FigureFailure[], seconds: number): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];
  const rows = results.map((r) => [
    r.name,
    formatValue(r.value, r.unit),
    r.baseline === null ? '-' : `${formatValue(r.baseline, r.unit)} (${r.baselineLabel})`,
    r.ratio === null ? '-' : r.ratio.toFixed(2),
    r.target,
    r.met ? 'yes' : 'NO',
  ]);
  for (const f of failures) rows.push([f.name, 'failed', '-', '-', '-', 'NO']);
  const parts = [`Chapterhouse benchmark: ${memberCount.toLocaleString('en')} members, ${seconds.toFixed(0)} s`, '', table([header, ...rows]), ''];
  for (const r of results) {
    parts.push(`${r.name}:`);
    for (const note of r.notes) parts.push(`  - ${note}`);
  }
  for (const f of failures) parts.push(`${f.name}: FAILED: ${f.error}`);
  // A figure that failed to run met nothing either.
  const missed = [...results.filter((r) => !r.met).map((r) => r.name), ...failures.map((f) => f.name)];
  parts.push('', missed.length === 0 ? 'All targets met.' : `Targets missed: ${missed.join(', ')}.`);
  return parts.join('\n');
}

const rounded = (value: number | null, digits: number) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** Exactly {name, value, unit, baseline, ratio} per figure; the raw numbers, lightly rounded. */
export function writeJson(file: string, results: FigureResult[]): void {
  const json = results.map((r) => ({
    name: r.name,
    value: rounded(r.value, 2),
    unit: r.unit,
    baseline: rounded(r.baseline, 2),
    ratio: rounded(r.ratio, 3),
  }));
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
