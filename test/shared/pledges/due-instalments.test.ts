// What is due this week and who is behind: unpaid instalments, by pledge, without names.
import { describe, expect, it } from 'vitest';
import { behind, dueThisWeek, weekContaining } from '../../../shared/pledges/due-instalments.js';
import { missed, monthly, once, paid, waived, weekly } from './pledges.js';

describe('weekContaining', () => {
  it('starts on Monday by default, or on the day asked for', () => {
    expect(weekContaining('2025-03-26')).toEqual({ from: '2025-03-24', to: '2025-03-30' });
    expect(weekContaining('2025-03-24')).toEqual({ from: '2025-03-24', to: '2025-03-30' });
    expect(weekContaining('2025-03-30')).toEqual({ from: '2025-03-24', to: '2025-03-30' });
    expect(weekContaining('2025-03-30', 0)).toEqual({ from: '2025-03-30', to: '2025-04-05' });
    expect(weekContaining('2025-01-01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
  });
});

describe('dueThisWeek', () => {
  it('lists instalments due in the week of today that are not paid or waived, by date', () => {
    const pledges = [
      weekly('2025-03-05', { id: 'w' }), // Wednesdays
      monthly('2025-01-31', { id: 'm' }), // Mar 31 is a Monday
      monthly('2025-01-28', { id: 'paidup' }),
      once('2025-04-03', { id: 'gift' }),
      once('2025-04-04', { id: 'let-off' }),
    ];
    const statuses = [paid('paidup', '2025-03-28'), waived('let-off', '2025-04-04'), missed('w', '2025-04-02')];
    const due = dueThisWeek(pledges, statuses, '2025-04-01');
    expect(due.map((i) => [i.id, i.status])).toEqual([
      ['m_2025-03-31', 'unmarked'],
      ['w_2025-04-02', 'missed'],
      ['gift_2025-04-03', 'unmarked'],
    ]);
    expect(due[0]).toMatchObject({ pledgeId: 'm', dueOn: '2025-03-31', amount: 1000, currency: 'USD', kind: 'money' });
  });

  it('follows the week start: with Sunday weeks, Monday Mar 31 is in the week of Apr 1', () => {
    const due = dueThisWeek([monthly('2025-01-31', { id: 'm' })], [], '2025-03-30', 0);
    expect(due.map((i) => i.dueOn)).toEqual(['2025-03-31']);
    expect(dueThisWeek([monthly('2025-01-31', { id: 'm' })], [], '2025-03-30', 1)).toEqual([]);
  });

  it('skips paused and cancelled pledges', () => {
    const pledges = [
      weekly('2025-03-05', { id: 'paused', pausedRanges: [{ from: '2025-03-20', to: null }] }),
      weekly('2025-03-05', { id: 'cancelled', cancelledOn: '2025-04-01' }),
    ];
    expect(dueThisWeek(pledges, [], '2025-04-01')).toEqual([]);
  });
});

describe('behind', () => {
  it('per pledge, the count and amount of past-due instalments neither paid nor waived', () => {
    const pledges = [
      monthly('2025-01-15', { id: 'm' }),
      weekly('2025-03-03', { id: 'h', kind: 'hours', amount: 2, currency: undefined }),
      monthly('2025-01-15', { id: 'up-to-date' }),
    ];
    const statuses = [
      paid('m', '2025-01-15'),
      waived('m', '2025-02-15'),
      missed('m', '2025-03-15'),
      paid('up-to-date', '2025-01-15'),
      paid('up-to-date', '2025-02-15'),
      paid('up-to-date', '2025-03-15'),
      paid('h', '2025-03-03'),
    ];
    expect(behind(pledges, statuses, '2025-03-17')).toEqual([
      {
        pledgeId: 'm',
        kind: 'money',
        currency: 'USD',
        count: 1,
        amount: 1000,
        oldestDueOn: '2025-03-15',
        instalmentIds: ['m_2025-03-15'],
      },
      {
        pledgeId: 'h',
        kind: 'hours',
        currency: null,
        count: 1,
        amount: 2,
        oldestDueOn: '2025-03-10',
        instalmentIds: ['h_2025-03-10'],
      },
    ]);
  });

  it('an instalment due today is not yet behind; one paid after asOf still was', () => {
    const pledge = monthly('2025-01-15', { id: 'm' });
    expect(behind([pledge], [], '2025-01-15')).toEqual([]);
    expect(behind([pledge], [paid('m', '2025-01-15', '2025-01-20')], '2025-01-16')).toMatchObject([{ count: 1 }]);
    expect(behind([pledge], [paid('m', '2025-01-15', '2025-01-20')], '2025-01-20')).toEqual([]);
  });
});
