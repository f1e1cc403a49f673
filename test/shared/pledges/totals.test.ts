// What counts as pledged and fulfilled as of a date, per currency and per kind, and campaigns that
// refuse pledges in another currency.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOfDay } from '../../../shared/pledges/calendar-date.js';
import { checkPledgeCurrency, pledgeCurrencyProblem } from '../../../shared/pledges/campaign.js';
import { CampaignCurrencyError, PledgeInputError } from '../../../shared/pledges/errors.js';
import { indexInstalmentStatuses } from '../../../shared/pledges/instalment-marks.js';
import type { InstalmentStatus, Pledge } from '../../../shared/pledges/pledge.js';
import { expandInstalments } from '../../../shared/pledges/schedule.js';
import { campaignTotals, pledgeTotals } from '../../../shared/pledges/totals.js';
import { missed, monthly, once, paid, waived, weekly } from './pledges.js';

const none = { money: {}, hours: 0, actions: 0 };

describe('pledgeTotals', () => {
  it('a recurring pledge counts its instalments due so far; fulfilled is what was paid', () => {
    const pledge = monthly('2025-01-31'); // 10.00 USD a month
    const statuses = [paid('p1', '2025-01-31'), paid('p1', '2025-02-28')];
    expect(pledgeTotals([pledge], statuses, '2025-03-30')).toEqual({
      pledged: { ...none, money: { USD: 2000 } },
      fulfilled: { ...none, money: { USD: 2000 } },
    });
    expect(pledgeTotals([pledge], statuses, '2025-03-31')).toEqual({
      pledged: { ...none, money: { USD: 3000 } },
      fulfilled: { ...none, money: { USD: 2000 } },
    });
  });

  it('nothing is pledged before a recurring pledge starts', () => {
    expect(pledgeTotals([monthly('2025-05-01')], [], '2025-04-30').pledged.money).toEqual({ USD: 0 });
  });

  it('a one-off pledge counts once, in full, even before its date', () => {
    const gift = once('2025-06-01'); // 25.00 USD
    expect(pledgeTotals([gift], [], '2025-05-01').pledged.money).toEqual({ USD: 2500 });
    expect(pledgeTotals([gift], [], '2026-05-01').pledged.money).toEqual({ USD: 2500 });
    expect(pledgeTotals([gift], [paid('p1', '2025-06-01')], '2026-05-01').fulfilled.money).toEqual({ USD: 2500 });
  });

  it('waived instalments are not pledged; missed ones are pledged and not fulfilled', () => {
    const pledge = monthly('2025-01-01');
    const statuses = [paid('p1', '2025-01-01'), waived('p1', '2025-02-01'), missed('p1', '2025-03-01')];
    const totals = pledgeTotals([pledge], statuses, '2025-04-15');
    expect(totals.pledged.money).toEqual({ USD: 3000 }); // Jan, Mar, Apr
    expect(totals.fulfilled.money).toEqual({ USD: 1000 });
    expect(pledgeTotals([once('2025-01-01')], [waived('p1', '2025-01-01')], '2025-04-15').pledged.money).toEqual({ USD: 0 });
  });

  it('keeps currencies apart and totals hours and actions by kind', () => {
    const pledges: Pledge[] = [
      monthly('2025-01-01', { id: 'usd' }),
      once('2025-01-10', { id: 'eur', currency: 'EUR', amount: 5000 }),
      once('2025-01-10', { id: 'yen', currency: 'JPY', amount: 3000 }),
      weekly('2025-01-06', { id: 'hrs', kind: 'hours', amount: 2, currency: undefined }),
      once('2025-01-20', { id: 'calls', kind: 'actions', amount: 40, currency: undefined }),
    ];
    const statuses = [paid('eur', '2025-01-10'), paid('hrs', '2025-01-06'), paid('calls', '2025-01-20')];
    expect(pledgeTotals(pledges, statuses, '2025-01-31')).toEqual({
      pledged: { money: { USD: 1000, EUR: 5000, JPY: 3000 }, hours: 8, actions: 40 },
      fulfilled: { money: { USD: 0, EUR: 5000, JPY: 0 }, hours: 2, actions: 40 },
    });
  });

  it('pauses and cancellations stop what is pledged', () => {
    const pledge = weekly('2025-01-01', {
      pausedRanges: [{ from: '2025-01-08', to: '2025-01-15' }],
      cancelledOn: '2025-02-01',
    });
    // Jan 1, 22, 29; Jan 8 and 15 paused; nothing from Feb 1.
    expect(pledgeTotals([pledge], [], '2025-12-31').pledged.money).toEqual({ USD: 1500 });
  });

  it('a payment is never lost: paid ahead of its date, or before a pause took its date away', () => {
    const ahead = monthly('2025-01-01');
    const paidAhead = [paid('p1', '2025-01-01'), paid('p1', '2025-02-01', '2025-01-01'), paid('p1', '2025-03-01', '2025-01-01')];
    expect(pledgeTotals([ahead], paidAhead, '2025-01-15')).toEqual({
      pledged: { ...none, money: { USD: 3000 } },
      fulfilled: { ...none, money: { USD: 3000 } },
    });
    const pausedAfterPaying = monthly('2025-01-01', { pausedRanges: [{ from: '2025-02-01', to: null }] });
    const totals = pledgeTotals([pausedAfterPaying], [paid('p1', '2025-01-01'), paid('p1', '2025-02-01')], '2025-06-01');
    expect(totals.pledged.money).toEqual({ USD: 2000 });
    expect(totals.fulfilled.money).toEqual({ USD: 2000 });
  });

  it('a payment recorded after asOf is not yet fulfilled as of that date', () => {
    const pledge = monthly('2025-01-01');
    const late = [paid('p1', '2025-01-01', '2025-01-20')];
    expect(pledgeTotals([pledge], late, '2025-01-10').fulfilled.money).toEqual({ USD: 0 });
    expect(pledgeTotals([pledge], late, '2025-01-20').fulfilled.money).toEqual({ USD: 1000 });
  });

  it('gives the same totals from statuses indexed once, for callers that total several groups', () => {
    const pledges = [monthly('2025-01-01', { id: 'a' }), weekly('2025-01-06', { id: 'b' })];
    const statuses = [paid('a', '2025-01-01'), waived('b', '2025-01-13'), paid('b', '2025-01-06')];
    const index = indexInstalmentStatuses(statuses);
    expect(pledgeTotals(pledges, index, '2025-02-15')).toEqual(pledgeTotals(pledges, statuses, '2025-02-15'));
    expect(pledgeTotals(pledges, index, '2025-02-15').fulfilled.money).toEqual({ USD: 1500 });
  });

  it('ignores statuses of other pledges and refuses two statuses for one instalment', () => {
    const pledge = monthly('2025-01-01');
    expect(pledgeTotals([pledge], [paid('other', '2025-01-01')], '2025-01-31').fulfilled.money).toEqual({ USD: 0 });
    const twice = () => pledgeTotals([pledge], [paid('p1', '2025-01-01'), missed('p1', '2025-01-01')], '2025-01-31');
    expect(twice).toThrow(PledgeInputError);
    expect(twice).toThrow('the instalment p1_2025-01-01 has two statuses; keep only the latest');
  });

  it('agrees with the expanded instalments, and fulfilled never exceeds pledged (property)', () => {
    const day = (min: string, max: string) => fc.integer({ min: dayNumber(min), max: dayNumber(max) }).map(isoDateOfDay);
    const arbitraryPledge = fc.record({
      recurrence: fc.constantFrom('once', 'weekly', 'monthly' as const),
      startOn: day('2024-01-01', '2024-12-31'),
      pause: fc.option(fc.tuple(day('2024-01-01', '2025-06-30'), fc.option(fc.integer({ min: 0, max: 90 })))),
      cancelledOn: fc.option(day('2024-01-01', '2026-01-01')),
    });
    const marks = fc.array(
      fc.record({ day: day('2024-01-01', '2025-12-31'), status: fc.constantFrom('paid', 'missed', 'waived' as const) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arbitraryPledge, marks, day('2024-01-01', '2025-12-31'), (p, rawMarks, asOf) => {
        const pledge: Pledge = {
          id: 'p1',
          kind: 'money',
          amount: 100,
          currency: 'USD',
          recurrence: p.recurrence as Pledge['recurrence'],
          startOn: p.startOn,
          cancelledOn: p.cancelledOn,
          pausedRanges: p.pause
            ? [{ from: p.pause[0], to: p.pause[1] === null ? null : isoDateOfDay(dayNumber(p.pause[0]) + p.pause[1]) }]
            : [],
        };
        const byId = new Map<string, InstalmentStatus>();
        for (const m of rawMarks) byId.set(`p1_${m.day}`, { instalmentId: `p1_${m.day}`, status: m.status });
        const statuses = [...byId.values()];
        const totals = pledgeTotals([pledge], statuses, asOf);
        const pledged = totals.pledged.money.USD!;
        const fulfilled = totals.fulfilled.money.USD!;
        expect(fulfilled).toBeLessThanOrEqual(pledged);
        // Without payments off the schedule, pledged is the expanded instalments minus the waived.
        const due = expandInstalments(pledge, p.recurrence === 'once' ? '2099-12-31' : asOf);
        const dueIds = new Set(due.map((i) => i.id));
        const offSchedulePaid = statuses.filter((s) => s.status === 'paid' && !dueIds.has(s.instalmentId)).length;
        const waivedDue = due.filter((i) => byId.get(i.id)?.status === 'waived').length;
        expect(pledged).toBe((due.length - waivedDue + offSchedulePaid) * 100);
        expect(fulfilled).toBe(statuses.filter((s) => s.status === 'paid').length * 100);
      }),
      { numRuns: 300 },
    );
  });
});

describe('campaigns collect one currency', () => {
  const campaign = { currency: 'USD', goalMinor: 500000 };

  it('totals the campaign’s pledges in its currency', () => {
    const pledges = [monthly('2025-01-01', { id: 'a' }), once('2025-01-05', { id: 'b', amount: 20000 })];
    expect(campaignTotals(campaign, pledges, [paid('a', '2025-01-01')], '2025-02-10')).toEqual({
      currency: 'USD',
      goalMinor: 500000,
      pledgedMinor: 22000,
      fulfilledMinor: 1000,
    });
    expect(campaignTotals(campaign, [], [], '2025-02-10')).toMatchObject({ pledgedMinor: 0, fulfilledMinor: 0 });
  });

  it('refuses a pledge in another currency, saying what to do', () => {
    const euros = once('2025-01-05', { currency: 'EUR' });
    expect(pledgeCurrencyProblem(campaign, euros)).toBe(
      'this campaign collects USD; record the pledge in USD or in another campaign',
    );
    expect(() => checkPledgeCurrency(campaign, euros)).toThrow(CampaignCurrencyError);
    expect(() => campaignTotals(campaign, [monthly('2025-01-01'), euros], [], '2025-02-10')).toThrow(
      'this campaign collects USD; record the pledge in USD or in another campaign',
    );
    expect(() => checkPledgeCurrency(campaign, monthly('2025-01-01'))).not.toThrow();
  });

  it('refuses hours or actions in a money campaign', () => {
    const hours = weekly('2025-01-01', { kind: 'hours', amount: 2, currency: undefined });
    expect(() => checkPledgeCurrency(campaign, hours)).toThrow(
      /this campaign collects USD; a pledge of hours cannot count toward it/,
    );
  });
});
