// Pledges and statuses from outside are checked once, with messages that say what to change.
import { describe, expect, it } from 'vitest';
import { parseCampaign } from '../../../shared/pledges/campaign.js';
import { PledgeInputError } from '../../../shared/pledges/errors.js';
import { parseInstalmentStatus, parsePledge } from '../../../shared/pledges/pledge.js';

const good = { id: 'p1', kind: 'money', amount: 1000, currency: 'USD', recurrence: 'monthly', startOn: '2025-01-31' };

describe('parsePledge', () => {
  it('accepts a pledge, with pauses and a cancellation', () => {
    const pledge = { ...good, pausedRanges: [{ from: '2025-03-01', to: null }], cancelledOn: '2025-06-01' };
    expect(parsePledge(pledge)).toEqual(pledge);
    expect(parsePledge({ ...good, kind: 'hours', currency: undefined, amount: 3 })).toMatchObject({ kind: 'hours' });
  });

  it('names every problem and what to change', () => {
    const bad = () => parsePledge({ ...good, id: 'p 1', startOn: '2025-02-29', amount: 10.5, recurrence: 'daily' });
    expect(bad).toThrow(PledgeInputError);
    expect(bad).toThrow(/id: the pledge id 'p 1' may only hold letters, digits, '_' and '-'/);
    expect(bad).toThrow(/amount: the amount 10.5 is not a whole number/);
    expect(bad).toThrow(/recurrence: a pledge recurs once, weekly or monthly, not 'daily'/);
    expect(bad).toThrow(/startOn: the start date is '2025-02-29', a date that does not exist/);
  });

  it('money needs a currency; hours and actions have none', () => {
    expect(() => parsePledge({ ...good, currency: undefined })).toThrow(/a money pledge needs a currency, like USD/);
    expect(() => parsePledge({ ...good, kind: 'actions' })).toThrow(/a pledge of actions has no currency/);
    expect(() => parsePledge({ ...good, currency: 'usd' })).toThrow(/write it in capitals: USD/);
    expect(() => parsePledge({ ...good, amount: 0 })).toThrow(/more than 0/);
  });

  it('refuses a pause that ends before it starts', () => {
    expect(() => parsePledge({ ...good, pausedRanges: [{ from: '2025-03-01', to: '2025-02-01' }] })).toThrow(
      'the pause from 2025-03-01 to 2025-02-01 ends before it starts; swap the dates',
    );
  });
});

describe('parseInstalmentStatus', () => {
  it('accepts paid with a date, missed and waived', () => {
    expect(parseInstalmentStatus({ instalmentId: 'p1_2025-01-31', status: 'paid', paidOn: '2025-02-01' })).toEqual({
      instalmentId: 'p1_2025-01-31',
      status: 'paid',
      paidOn: '2025-02-01',
    });
    expect(parseInstalmentStatus({ instalmentId: 'p1_2025-01-31', status: 'waived' }).status).toBe('waived');
  });

  it('refuses ids that are not pledge_date, and payment dates on unpaid instalments', () => {
    expect(() => parseInstalmentStatus({ instalmentId: 'p1', status: 'paid' })).toThrow(/not an instalment id like pledge1_2025-03-31/);
    expect(() => parseInstalmentStatus({ instalmentId: 'p1_2025-02-30', status: 'paid' })).toThrow(/a date that does not exist/);
    expect(() => parseInstalmentStatus({ instalmentId: 'p1_2025-01-31', status: 'missed', paidOn: '2025-02-01' })).toThrow(
      /only a paid instalment has a payment date/,
    );
    expect(() => parseInstalmentStatus({ instalmentId: 'p1_2025-01-31', status: 'late' })).toThrow(
      /paid, missed or waived, not 'late'/,
    );
  });
});

describe('parseCampaign', () => {
  it('needs a known currency and a positive goal in minor units', () => {
    expect(parseCampaign({ currency: 'USD', goalMinor: 500000 })).toEqual({ currency: 'USD', goalMinor: 500000 });
    expect(() => parseCampaign({ currency: 'USD', goalMinor: 5000.5 })).toThrow(/not a whole number of minor units/);
    expect(() => parseCampaign({ currency: 'US', goalMinor: 1 })).toThrow(/three letters like USD/);
    expect(() => parseCampaign({ currency: 'USD', goalMinor: 0 })).toThrow(/the goal is more than 0/);
  });
});
