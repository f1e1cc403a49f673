// Date arithmetic on 'YYYY-MM-DD' strings: leap years, month lengths, and agreement with UTC dates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilOfDay,
  dayNumber,
  dayNumberOf,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoDateOfDay,
  weekdayOfDay,
} from '../../../shared/pledges/calendar-date.js';
import { PledgeInputError } from '../../../shared/pledges/errors.js';

describe('leap years', () => {
  it('2024 and 2000 are leap years; 2100, 1900 and 2023 are not', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2023)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-03')).toBe(false);
    expect(isIsoDate('2025-04-03T00:00:00Z')).toBe(false);
    expect(() => dayNumber('2025-02-30')).toThrow(PledgeInputError);
    expect(() => dayNumber('2025-02-30')).toThrow(/does not exist/);
    expect(() => dayNumber('31/01/2025')).toThrow(/not a date written like 2025-03-31/);
  });
});

describe('day numbers', () => {
  it('count days from 1970-01-01 and step across month, year and leap-day ends', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(weekdayOfDay(dayNumber('2025-03-31'))).toBe(1); // a Monday
    expect(weekdayOfDay(dayNumber('1969-12-28'))).toBe(0); // a Sunday, before the epoch
  });

  it('agree with UTC dates and round-trip, over years 1 to 9999', () => {
    const day = fc.integer({ min: dayNumberOf(1, 1, 1), max: dayNumberOf(9999, 12, 31) });
    fc.assert(
      fc.property(day, (n) => {
        const civil = civilOfDay(n);
        expect(dayNumberOf(civil.year, civil.month, civil.day)).toBe(n);
        const utc = new Date(0);
        utc.setUTCFullYear(civil.year, civil.month - 1, civil.day);
        expect(Math.round(utc.getTime() / 86_400_000)).toBe(n);
        expect(weekdayOfDay(n)).toBe(utc.getUTCDay());
        expect(dayNumber(isoDateOfDay(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the pledge rules', () => {
  const dir = join(import.meta.dirname, '../../../shared/pledges');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('never read local time or the clock (every device must expand a pledge the same way)', () => {
    for (const file of sources) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/new Date\b|Date\.now|Date\.parse|getTimezoneOffset|\.get(?:Date|Day|Month|FullYear|Hours)\(/);
    }
  });

  it('import nothing Node-only and nothing outside shared/ (they run in the renderer)', () => {
    for (const file of sources) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) {
        expect(spec, file).not.toMatch(/^node:|^(fs|path|os|crypto|child_process)$/);
        if (spec.startsWith('.')) expect(spec, file).toMatch(/^\.\/|^\.\.\/[a-z-]+\/[a-z-]+\.js$/);
        else expect(spec, file).toBe('zod');
      }
    }
  });
});
