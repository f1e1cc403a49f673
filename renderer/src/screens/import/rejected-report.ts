// The "Download report" file: every rejected row with its line and reason, as CSV. Cells that a
// spreadsheet would run as a formula (= + - @) are prefixed with an apostrophe, as in our exports.
import type { RejectedRow } from '../../../../shared/contract/members';

function cell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function rejectedRowsCsv(rows: RejectedRow[]): string {
  const lines = ['line,reason', ...rows.map((r) => `${r.line},${cell(r.reason)}`)];
  return `${lines.join('\r\n')}\r\n`;
}

export function reportFileName(sourceName: string): string {
  const stem = sourceName.replace(/\.[^.]*$/, '') || 'import';
  return `${stem}-rejected-rows.csv`;
}
