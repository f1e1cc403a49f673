// Sums on the pledge screens never cross units: due amounts per currency (then hours, actions), a
// member's totals with their network's added unit by unit, and the leaderboard's periods as dates.
import { describe, expect, it } from 'vitest';
import { sumPerUnit } from '../../renderer/src/screens/pledges/sum-per-unit.js';
import { addUnitTotals } from '../../renderer/src/screens/network/network-totals.js';
import { periodDates, periodProblem } from '../../renderer/src/screens/network/leaderboard-period.js';
import { defaultCurrency } from '../../renderer/src/locale/amounts.js';

describe('sums per unit', () => {
  it('adds amounts per currency and per kind, money first', () => {
    expect(
      sumPerUnit([
        { kind: 'hours', currency: null, amount: 2 },
        { kind: 'money', currency: 'USD', amount: 1000 },
        { kind: 'money', currency: 'EUR', amount: 500 },
        { kind: 'money', currency: 'USD', amount: 2500 },
        { kind: 'hours', currency: null, amount: 3 },
      ]),
    ).toEqual([
      { kind: 'money', currency: 'EUR', amount: 500 },
      { kind: 'money', currency: 'USD', amount: 3500 },
      { kind: 'hours', currency: null, amount: 5 },
    ]);
  });

  it("adds a member's network to their own totals, unit by unit", () => {
    const own = [{ kind: 'money' as const, currency: 'USD', pledged: 500, fulfilled: 0 }];
    const network = [
      { kind: 'money' as const, currency: 'USD', pledged: 3000, fulfilled: 1000 },
      { kind: 'actions' as const, currency: null, pledged: 40, fulfilled: 12 },
    ];
    expect(addUnitTotals(own, network)).toEqual([
      { kind: 'money', currency: 'USD', pledged: 3500, fulfilled: 1000 },
      { kind: 'actions', currency: null, pledged: 40, fulfilled: 12 },
    ]);
    expect(own[0]!.pledged).toBe(500);
  });
});

describe('leaderboard periods', () => {
  it('reads each choice as calendar dates ending today', () => {
    expect(periodDates('month', '2026-03-05')).toEqual({ from: '2026-03-01', to: '2026-03-05' });
    expect(periodDates('30d', '2026-03-05')).toEqual({ from: '2026-02-04', to: '2026-03-05' });
    expect(periodDates('year', '2024-02-29')).toEqual({ from: '2024-01-01', to: '2024-02-29' });
    expect(periodDates('all', '2026-03-05')).toEqual({});
    expect(periodDates('custom', '2026-03-05', { from: '2026-01-01', to: '2026-02-30' })).toEqual({ from: '2026-01-01' });
  });

  it('refuses a period that ends before it starts', () => {
    expect(periodProblem({ from: '2026-03-01', to: '2026-02-01' })).toBe('The period ends before it starts: swap the dates');
    expect(periodProblem({ from: '2026-03-01' })).toBeNull();
  });
});

describe('default currency', () => {
  it("follows the chapter's country, and asks when it does not know", () => {
    expect(defaultCurrency('US')).toBe('USD');
    expect(defaultCurrency('DE')).toBe('EUR');
    expect(defaultCurrency('AQ')).toBe('');
    expect(defaultCurrency(null)).toBe('');
  });
});
