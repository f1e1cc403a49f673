// When instalments are due: month ends, leap years, weeks, pauses, cancellations and stable ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth, isoDateOfDay, readIsoDate } from '../../../shared/pledges/calendar-date.js';
import { PledgeInputError } from '../../../shared/pledges/errors.js';
import {
  expandInstalments,
  instalmentDates,
  instalmentId,
  parseInstalmentId,
} from '../../../shared/pledges/schedule.js';
import { monthly, once, weekly } from './pledges.js';

describe('monthly pledges at month ends', () => {
  it('the 31st falls on Feb 28 in a common year, then back to Mar 31, and on the 30th in 30-day months', () => {
    expect(instalmentDates(monthly('2025-01-31'), '2025-07-31')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
    ]);
  });

  it('leap years: Feb 29 in 2024 and 2000, Feb 28 in 2100', () => {
    expect(instalmentDates(monthly('2024-01-31'), '2024-03-31')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(instalmentDates(monthly('2000-01-31'), '2000-03-31')).toEqual(['2000-01-31', '2000-02-29', '2000-03-31']);
    expect(instalmentDates(monthly('2100-01-31'), '2100-03-31')).toEqual(['2100-01-31', '2100-02-28', '2100-03-31']);
  });

  it('the 30th and the 29th fall on Feb’s last day and return to their own day', () => {
    expect(instalmentDates(monthly('2025-01-30'), '2025-04-30')).toEqual([
      '2025-01-30',
      '2025-02-28',
      '2025-03-30',
      '2025-04-30',
    ]);
    expect(instalmentDates(monthly('2023-12-29'), '2024-03-29')).toEqual([
      '2023-12-29',
      '2024-01-29',
      '2024-02-29',
      '2024-03-29',
    ]);
    expect(instalmentDates(monthly('2024-12-29'), '2025-03-29')).toEqual([
      '2024-12-29',
      '2025-01-29',
      '2025-02-28',
      '2025-03-29',
    ]);
  });

  it('a pledge started on Feb 29 stays on the 29th where it exists', () => {
    expect(instalmentDates(monthly('2024-02-29'), '2025-03-31').slice(-3)).toEqual([
      '2025-01-29',
      '2025-02-28',
      '2025-03-29',
    ]);
  });

  it('the first instalment is on the start date; nothing before it, and until is inclusive', () => {
    expect(instalmentDates(monthly('2025-03-15'), '2025-03-14')).toEqual([]);
    expect(instalmentDates(monthly('2025-03-15'), '2025-03-15')).toEqual(['2025-03-15']);
    expect(instalmentDates(monthly('2025-03-15'), '2025-05-14')).toEqual(['2025-03-15', '2025-04-15']);
  });

  it('never skips a month and is strictly increasing (property)', () => {
    const startDay = fc.integer({ min: dayNumber('1999-01-01'), max: dayNumber('2101-12-31') });
    fc.assert(
      fc.property(startDay, fc.integer({ min: 0, max: 800 }), (start, span) => {
        const startOn = isoDateOfDay(start);
        const until = isoDateOfDay(start + span);
        const dates = instalmentDates(monthly(startOn), until);
        const anchor = readIsoDate(startOn)!.day;
        expect(dates[0]).toBe(startOn);
        for (let i = 1; i < dates.length; i++) {
          const prev = readIsoDate(dates[i - 1]!)!;
          const next = readIsoDate(dates[i]!)!;
          expect(dates[i]! > dates[i - 1]!).toBe(true);
          expect((next.year - prev.year) * 12 + (next.month - prev.month)).toBe(1);
          expect(next.day).toBe(Math.min(anchor, daysInMonth(next.year, next.month)));
        }
        // Every month from the start to `until` has its instalment: the next one is after `until`.
        const last = readIsoDate(dates.at(-1)!)!;
        const nextMonth = last.month === 12 ? { year: last.year + 1, month: 1 } : { year: last.year, month: last.month + 1 };
        const nextDay = Math.min(anchor, daysInMonth(nextMonth.year, nextMonth.month));
        const next = `${nextMonth.year}-${String(nextMonth.month).padStart(2, '0')}-${String(nextDay).padStart(2, '0')}`;
        expect(next > until).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('weekly pledges', () => {
  it('recur every 7 days across daylight-saving changes, month and year ends', () => {
    // US clocks change on 2025-03-09, European ones on 2025-03-30 and 2025-10-26.
    expect(instalmentDates(weekly('2025-03-02'), '2025-04-06')).toEqual([
      '2025-03-02',
      '2025-03-09',
      '2025-03-16',
      '2025-03-23',
      '2025-03-30',
      '2025-04-06',
    ]);
    expect(instalmentDates(weekly('2024-12-18'), '2025-01-08')).toEqual([
      '2024-12-18',
      '2024-12-25',
      '2025-01-01',
      '2025-01-08',
    ]);
    expect(instalmentDates(weekly('2024-02-22'), '2024-03-07')).toEqual(['2024-02-22', '2024-02-29', '2024-03-07']);
  });

  it('give the same dates whatever the machine’s time zone', () => {
    const before = process.env.TZ;
    const results: string[][] = [];
    try {
      for (const tz of ['UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Chatham', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        results.push([
          ...instalmentDates(weekly('2025-03-02'), '2025-11-30'),
          ...instalmentDates(monthly('2025-01-31'), '2025-12-31'),
        ]);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it('are 7 days apart and fall on the start’s weekday (property)', () => {
    const startDay = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-12-31') });
    fc.assert(
      fc.property(startDay, fc.integer({ min: 0, max: 400 }), (start, span) => {
        const dates = instalmentDates(weekly(isoDateOfDay(start)), isoDateOfDay(start + span));
        expect(dates.length).toBe(Math.floor(span / 7) + 1);
        dates.forEach((date, i) => expect(dayNumber(date)).toBe(start + 7 * i));
      }),
    );
  });
});

describe('one-off pledges', () => {
  it('have a single instalment on their date', () => {
    expect(instalmentDates(once('2025-05-01'), '2030-01-01')).toEqual(['2025-05-01']);
    expect(instalmentDates(once('2025-05-01'), '2025-04-30')).toEqual([]);
  });
});

describe('pauses', () => {
  it('a closed pause skips the instalments from its first to its last day, inclusive', () => {
    const pledge = monthly('2025-01-15', { pausedRanges: [{ from: '2025-03-15', to: '2025-05-15' }] });
    expect(instalmentDates(pledge, '2025-07-31')).toEqual(['2025-01-15', '2025-02-15', '2025-06-15', '2025-07-15']);
    const weeklyPaused = weekly('2025-01-06', { pausedRanges: [{ from: '2025-01-13', to: '2025-01-20' }] });
    expect(instalmentDates(weeklyPaused, '2025-02-03')).toEqual(['2025-01-06', '2025-01-27', '2025-02-03']);
  });

  it('an open pause (to = null) pauses everything from its first day', () => {
    const pledge = monthly('2025-01-31', { pausedRanges: [{ from: '2025-04-01', to: null }] });
    expect(instalmentDates(pledge, '2026-12-31')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
  });

  it('several pauses, and a pause over a one-off pledge’s date', () => {
    const pledge = weekly('2025-01-01', {
      pausedRanges: [
        { from: '2025-01-08', to: '2025-01-08' },
        { from: '2025-01-22', to: null },
      ],
    });
    expect(instalmentDates(pledge, '2025-03-01')).toEqual(['2025-01-01', '2025-01-15']);
    expect(instalmentDates(once('2025-05-01', { pausedRanges: [{ from: '2025-04-01', to: null }] }), '2025-12-31')).toEqual([]);
  });

  it('a pause ending before the start changes nothing; resuming keeps the anchor day', () => {
    const pledge = monthly('2025-01-31', { pausedRanges: [{ from: '2024-01-01', to: '2024-12-31' }, { from: '2025-02-01', to: '2025-03-31' }] });
    expect(instalmentDates(pledge, '2025-05-31')).toEqual(['2025-01-31', '2025-04-30', '2025-05-31']);
  });
});

describe('cancellations', () => {
  it('nothing is due on or after the cancellation date', () => {
    expect(instalmentDates(monthly('2025-01-15', { cancelledOn: '2025-04-15' }), '2025-12-31')).toEqual([
      '2025-01-15',
      '2025-02-15',
      '2025-03-15',
    ]);
    expect(instalmentDates(monthly('2025-01-15', { cancelledOn: '2025-04-16' }), '2025-12-31')).toHaveLength(4);
    expect(instalmentDates(weekly('2025-01-01', { cancelledOn: '2025-01-01' }), '2025-12-31')).toEqual([]);
    expect(instalmentDates(once('2025-05-01', { cancelledOn: '2025-04-30' }), '2025-12-31')).toEqual([]);
    expect(instalmentDates(monthly('2025-01-15', { cancelledOn: null }), '2025-02-15')).toHaveLength(2);
  });
});

describe('instalment ids', () => {
  it('are the pledge id and the date, the same on every device', () => {
    expect(instalmentId('p-7', '2025-03-31')).toBe('p-7_2025-03-31');
    expect(instalmentId('p-7', '2025-03-31')).toMatch(/^[\w-]+$/);
    const pledge = monthly('2025-01-31', { id: 'pledge_01J9ZK' });
    const onOneDevice = expandInstalments(pledge, '2025-12-31');
    const onAnother = expandInstalments(structuredClone(pledge), '2025-12-31');
    expect(onAnother).toEqual(onOneDevice);
    expect(onOneDevice[1]).toEqual({
      id: 'pledge_01J9ZK_2025-02-28',
      pledgeId: 'pledge_01J9ZK',
      kind: 'money',
      dueOn: '2025-02-28',
      amount: 1000,
      currency: 'USD',
    });
    expect(new Set(onOneDevice.map((i) => i.id)).size).toBe(onOneDevice.length);
  });

  it('expanding further keeps the earlier rows unchanged', () => {
    const pledge = weekly('2025-01-01');
    const short = expandInstalments(pledge, '2025-03-01');
    expect(expandInstalments(pledge, '2025-12-31').slice(0, short.length)).toEqual(short);
  });

  it('split back into pledge and date, even when the pledge id holds an underscore', () => {
    expect(parseInstalmentId('pledge_01J9ZK_2025-02-28')).toEqual({ pledgeId: 'pledge_01J9ZK', dueOn: '2025-02-28' });
    expect(parseInstalmentId('p1_2025-02-30')).toBeNull();
    expect(parseInstalmentId('p1-2025-02-28')).toBeNull();
    expect(parseInstalmentId('_2025-02-28')).toBeNull();
  });

  it('refuse pledge ids and dates that would make ambiguous or unsafe ids', () => {
    expect(() => instalmentId('p 1', '2025-03-31')).toThrow(PledgeInputError);
    expect(() => instalmentId('p/1', '2025-03-31')).toThrow(/letters, digits/);
    expect(() => instalmentId('p1', '2025-02-30')).toThrow(/not a date/);
  });

  it('hours and actions instalments carry no currency', () => {
    const hours = expandInstalments(weekly('2025-01-01', { kind: 'hours', amount: 3, currency: undefined }), '2025-01-08');
    expect(hours.map((i) => [i.kind, i.amount, i.currency])).toEqual([
      ['hours', 3, null],
      ['hours', 3, null],
    ]);
  });
});
