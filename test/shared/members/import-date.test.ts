import { describe, expect, it } from 'vitest';
import { parseStrictDate } from '../../../shared/members/import-date.js';

const ok = (date: string) => ({ ok: true, date });
const impossible = { ok: false, problem: 'impossible' };
const unreadable = { ok: false, problem: 'unreadable' };

describe('parseStrictDate', () => {
  it('reads ISO dates and timestamps, keeping the calendar date as written', () => {
    expect(parseStrictDate('2025-03-31', 'US')).toEqual(ok('2025-03-31'));
    expect(parseStrictDate('2025-10-02 10:00:00', 'US')).toEqual(ok('2025-10-02'));
    // 23:30 at -05:00 is already the next day in UTC; the person meant the 2nd.
    expect(parseStrictDate('2025-10-02T23:30:00-05:00', 'US')).toEqual(ok('2025-10-02'));
    expect(parseStrictDate('2025-10-02T10:00:00.000Z', 'GB')).toEqual(ok('2025-10-02'));
    expect(parseStrictDate('2025/3/9', 'GB')).toEqual(ok('2025-03-09'));
  });

  it('reads day/month/year when the first number is over 12, wherever the chapter is', () => {
    expect(parseStrictDate('31/3/2025', 'US')).toEqual(ok('2025-03-31'));
  });

  it('reads month/day/year when the second number is over 12', () => {
    expect(parseStrictDate('3/31/2025', 'GB')).toEqual(ok('2025-03-31'));
  });

  it('settles ambiguous dates by the chapter country: month first in the US only', () => {
    expect(parseStrictDate('04/05/2025', 'US')).toEqual(ok('2025-04-05'));
    expect(parseStrictDate('04/05/2025', 'GB')).toEqual(ok('2025-05-04'));
    expect(parseStrictDate('04/05/2025', 'de')).toEqual(ok('2025-05-04'));
    expect(parseStrictDate('04.05.2025', 'US')).toEqual(ok('2025-05-04'));
  });

  it('accepts the times spreadsheets add after a date', () => {
    expect(parseStrictDate('10/2/2025 10:00', 'US')).toEqual(ok('2025-10-02'));
    expect(parseStrictDate('10/2/2025 10:00:00 PM', 'US')).toEqual(ok('2025-10-02'));
  });

  it('refuses dates that do not exist instead of rolling over', () => {
    expect(parseStrictDate('31/02/2025', 'GB')).toEqual(impossible);
    expect(parseStrictDate('2025-02-30', 'GB')).toEqual(impossible);
    expect(parseStrictDate('2025-02-29', 'GB')).toEqual(impossible);
    expect(parseStrictDate('2025-13-01', 'GB')).toEqual(impossible);
    expect(parseStrictDate('13/13/2025', 'GB')).toEqual(impossible);
    expect(parseStrictDate('2025-04-00', 'GB')).toEqual(impossible);
    expect(parseStrictDate('2024-02-29', 'GB')).toEqual(ok('2024-02-29'));
    expect(parseStrictDate('2000-02-29', 'GB')).toEqual(ok('2000-02-29'));
    expect(parseStrictDate('1900-02-29', 'GB')).toEqual(impossible);
  });

  it('refuses anything else', () => {
    for (const value of ['March 3rd', '3/4/25', '2025-3-4', '20250304', '2025-10-02T25:00:00', 'yesterday', '']) {
      expect(parseStrictDate(value, 'US')).toEqual(unreadable);
    }
  });
});
