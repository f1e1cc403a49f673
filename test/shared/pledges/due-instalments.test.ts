// What is due this week and who is behind: unpaid instalments, by pledge, without names.
import { describe, expect, it } from 'vitest';
import { behind, dueThisWeek, dueUpTo, instalmentToPay, weekContaining } from '../../../shared/pledges/due-instalments.js';
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

describe('dueUpTo', () => {
  it('lists everything owed by today: past and today, not paid by today or waived; one-offs only once dated', () => {
    const pledges = [weekly('2025-03-05', { id: 'w' }), once('2025-04-10', { id: 'later' }), once('2025-03-01', { id: 'gift' })];
    const statuses = [paid('w', '2025-03-05'), waived('w', '2025-03-12'), missed('w', '2025-03-19'), paid('w', '2025-03-26', '2025-04-05')];
    expect(dueUpTo(pledges, statuses, '2025-04-02').map((i) => [i.id, i.status])).toEqual([
      ['gift_2025-03-01', 'unmarked'],
      ['w_2025-03-19', 'missed'],
      ['w_2025-03-26', 'unmarked'],
      ['w_2025-04-02', 'unmarked'],
    ]);
  });
});

describe('instalmentToPay', () => {
  it('is the oldest open instalment (a missed one too), else the next to fall due', () => {
    const pledge = weekly('2025-03-05');
    expect(instalmentToPay(pledge, [], '2025-03-20')).toBe('2025-03-05');
    expect(instalmentToPay(pledge, [paid('p1', '2025-03-05'), waived('p1', '2025-03-12'), missed('p1', '2025-03-19')], '2025-03-20')).toBe('2025-03-19');
    expect(instalmentToPay(pledge, [paid('p1', '2025-03-05'), paid('p1', '2025-03-12'), paid('p1', '2025-03-19')], '2025-03-20')).toBe('2025-03-26');
  });

  it('is a one-off pledge’s only instalment, whatever its date, until it is paid', () => {
    expect(instalmentToPay(once('2025-06-01'), [], '2025-03-20')).toBe('2025-06-01');
    expect(instalmentToPay(once('2025-06-01'), [paid('p1', '2025-06-01')], '2025-03-20')).toBeNull();
    expect(instalmentToPay(weekly('2025-03-05', { cancelledOn: '2025-03-06' }), [paid('p1', '2025-03-05')], '2025-03-20')).toBeNull();
  });
});
