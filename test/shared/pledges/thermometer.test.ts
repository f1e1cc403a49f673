// The numbers a thermometer is drawn from.
import { describe, expect, it } from 'vitest';
import { PledgeInputError } from '../../../shared/pledges/errors.js';
import { formatMoney } from '../../../shared/pledges/money.js';
import { thermometer } from '../../../shared/pledges/thermometer.js';

describe('thermometer', () => {
  it('gives shares of the goal and whole percents, rounded down', () => {
    expect(thermometer({ goal: 500000, pledged: 300000, fulfilled: 125000 })).toEqual({
      pledgedShare: 0.6,
      fulfilledShare: 0.25,
      over: false,
      pledgedPercent: 60,
      fulfilledPercent: 25,
      label: '300000 pledged of 500000 (60%), 125000 fulfilled',
    });
    expect(thermometer({ goal: 1000, pledged: 999, fulfilled: 0 }).pledgedPercent).toBe(99);
    expect(thermometer({ goal: 1000, pledged: 1000, fulfilled: 0 })).toMatchObject({ pledgedPercent: 100, over: false });
  });

  it('caps shares at 1 past the goal and says it went over', () => {
    expect(thermometer({ goal: 1000, pledged: 1500, fulfilled: 1200 })).toMatchObject({
      pledgedShare: 1,
      fulfilledShare: 1,
      over: true,
      pledgedPercent: 150,
      fulfilledPercent: 120,
    });
  });

  it('without a goal, scales to the larger amount and gives no percent', () => {
    expect(thermometer({ goal: null, pledged: 4000, fulfilled: 1000 })).toEqual({
      pledgedShare: 1,
      fulfilledShare: 0.25,
      over: false,
      pledgedPercent: null,
      fulfilledPercent: null,
      label: '4000 pledged, 1000 fulfilled',
    });
    expect(thermometer({ goal: 0, pledged: 0, fulfilled: 0 })).toMatchObject({ pledgedShare: 0, fulfilledShare: 0 });
  });

  it('writes amounts in the label with the formatter it is given', () => {
    const usd = (minor: number) => formatMoney(minor, 'USD', 'en-US');
    expect(thermometer({ goal: 500000, pledged: 22000, fulfilled: 1000 }, usd).label).toBe(
      '$220.00 pledged of $5,000.00 (4%), $10.00 fulfilled',
    );
  });

  it('refuses negative or missing numbers', () => {
    expect(() => thermometer({ goal: 100, pledged: -1, fulfilled: 0 })).toThrow(PledgeInputError);
    expect(() => thermometer({ goal: 100, pledged: -1, fulfilled: 0 })).toThrow(/pledged: the amount pledged is -1; it cannot be negative/);
    expect(() => thermometer({ goal: 100, pledged: Number.NaN, fulfilled: 0 })).toThrow(/not a number/);
  });
});
