import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv, reportFileName } from '../../renderer/src/screens/import/rejected-report.js';

describe('rejected rows report', () => {
  it('quotes reasons with commas and quotes, and defuses formulas', () => {
    const csv = rejectedRowsCsv([
      { line: 4, reason: `'Email' is not an email address: "a,b"` },
      { line: 9, reason: '=HYPERLINK("x")' },
    ]);
    expect(csv).toBe(`line,reason\r\n4,"'Email' is not an email address: ""a,b"""\r\n9,"'=HYPERLINK(""x"")"\r\n`);
  });

  it('names the report after the imported file', () => {
    expect(reportFileName('members 2024.csv')).toBe('members 2024-rejected-rows.csv');
  });
});
