// One pledge's tally and the days it holds: the core sums these for the thermometers, so a tally
// must equal the totals' count on every day of its window, and end when the count next moves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOfDay } from '../../../shared/pledges/calendar-date.js';
import { indexInstalmentStatuses } from '../../../shared/pledges/instalment-marks.js';
import type { InstalmentStatus, Pledge } from '../../../shared/pledges/pledge.js';
import { FOREVER, tallyPledge } from '../../../shared/pledges/pledge-tally.js';
import { compileSchedule } from '../../../shared/pledges/schedule.js';
import { pledgeTotals } from '../../../shared/pledges/totals.js';
import { monthly, once, paid, weekly } from './pledges.js';

const marks = (statuses: InstalmentStatus[]) => indexInstalmentStatuses(statuses);

describe('tallyPledge', () => {
  it('holds a monthly pledge’s count until its next instalment falls due', () => {
    const tally = tallyPledge(monthly('2025-01-31'), marks([paid('p1', '2025-01-31')]), '2025-03-10');
    expect(tally).toEqual({ pledged: 2000, fulfilled: 1000, validFrom: '2025-03-10', validUntil: '2025-03-31' });
  });

  it('holds a one-off pledge for ever, unless a payment dated later will count on its day', () => {
    expect(tallyPledge(once('2025-06-01'), marks([]), '2025-03-10')).toMatchObject({ pledged: 2500, fulfilled: 0, validUntil: FOREVER });
    expect(tallyPledge(once('2025-06-01'), marks([paid('p1', '2025-06-01', '2025-04-02')]), '2025-03-10')).toMatchObject({
      pledged: 2500,
      fulfilled: 0,
      validUntil: '2025-04-02',
    });
  });

  it('holds a cancelled or endlessly paused pledge for ever', () => {
    expect(tallyPledge(weekly('2025-01-01', { cancelledOn: '2025-02-01' }), marks([]), '2025-03-10').validUntil).toBe(FOREVER);
    expect(tallyPledge(weekly('2025-01-01', { pausedRanges: [{ from: '2025-03-11', to: null }] }), marks([]), '2025-03-10').validUntil).toBe(FOREVER);
    // A pause that ends far ahead: the tally ends at the look-ahead and is counted again then.
    const long = tallyPledge(weekly('2025-01-01', { pausedRanges: [{ from: '2025-03-11', to: '2026-01-01' }] }), marks([]), '2025-03-10');
    expect(dayNumber(long.validUntil) - dayNumber('2025-03-10')).toBe(63);
  });

  it('equals the totals on every day of its window, and the window ends where they change (property)', () => {
    const day = (min: string, max: string) => fc.integer({ min: dayNumber(min), max: dayNumber(max) }).map(isoDateOfDay);
    const arbitraryPledge = fc.record({
      recurrence: fc.constantFrom('once', 'weekly', 'monthly' as const),
      startOn: day('2024-01-01', '2024-12-31'),
      pause: fc.option(fc.tuple(day('2024-01-01', '2025-06-30'), fc.option(fc.integer({ min: 0, max: 120 })))),
      cancelledOn: fc.option(day('2024-01-01', '2026-01-01')),
    });
    const rawMarks = fc.array(
      fc.record({
        day: day('2024-01-01', '2025-12-31'),
        status: fc.constantFrom('paid', 'missed', 'waived' as const),
        paidAfter: fc.option(fc.integer({ min: -30, max: 60 })),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arbitraryPledge, rawMarks, day('2024-01-01', '2025-12-31'), (p, raw, asOf) => {
        const pledge: Pledge = {
          id: 'p1',
          kind: 'money',
          amount: 100,
          currency: 'USD',
          recurrence: p.recurrence as Pledge['recurrence'],
          startOn: p.startOn,
          cancelledOn: p.cancelledOn,
          pausedRanges: p.pause ? [{ from: p.pause[0], to: p.pause[1] === null ? null : isoDateOfDay(dayNumber(p.pause[0]) + p.pause[1]) }] : [],
        };
        const byId = new Map<string, InstalmentStatus>();
        for (const m of raw) {
          const paidOn = m.status === 'paid' && m.paidAfter !== null ? isoDateOfDay(dayNumber(m.day) + m.paidAfter) : undefined;
          byId.set(`p1_${m.day}`, { instalmentId: `p1_${m.day}`, status: m.status, ...(paidOn ? { paidOn } : {}) });
        }
        const index = marks([...byId.values()]);
        const tally = tallyPledge(pledge, index, asOf);
        const until = tally.validUntil === FOREVER ? dayNumber(asOf) + 120 : dayNumber(tally.validUntil);
        for (let d = dayNumber(asOf); d < until; d++) {
          const totals = pledgeTotals([pledge], index, isoDateOfDay(d));
          expect([totals.pledged.money.USD, totals.fulfilled.money.USD]).toEqual([tally.pledged, tally.fulfilled]);
        }
        // The window is not cut short for nothing: it ends on an instalment's day or a payment's,
        // unless the look-ahead ended it (a long pause).
        if (tally.validUntil !== FOREVER && dayNumber(tally.validUntil) - dayNumber(asOf) < 63) {
          const dueThen = compileSchedule(pledge).isDueOn(dayNumber(tally.validUntil));
          const paidThen = [...byId.values()].some((s) => s.paidOn === tally.validUntil);
          expect(dueThen || paidThen).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
