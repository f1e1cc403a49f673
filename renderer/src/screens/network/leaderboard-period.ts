// The periods a leaderboard is read over: this month, the last 30 days, this year, all time, or two
// dates a person picks. Calendar dates only (YYYY-MM-DD), computed without time zones from the local
// "today" the screen passes in, so the first of the month is the first on every computer.
import { addDays, isIsoDate } from '../../../../shared/pledges/calendar-date';

export const periodChoices = [
  { value: 'month', label: 'This month' },
  { value: '30d', label: 'Last 30 days' },
  { value: 'year', label: 'This year' },
  { value: 'all', label: 'All time' },
  { value: 'custom', label: 'Between dates' },
] as const;

export type PeriodChoice = (typeof periodChoices)[number]['value'];

export interface Period {
  from?: string;
  to?: string;
}

export function isPeriodChoice(value: unknown): value is PeriodChoice {
  return periodChoices.some((c) => c.value === value);
}

/** The dates of a period ending today; `custom` takes the picked dates that are real dates. */
export function periodDates(choice: PeriodChoice, today: string, custom: Period = {}): Period {
  switch (choice) {
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'all':
      return {};
    case 'custom':
      return {
        ...(custom.from && isIsoDate(custom.from) ? { from: custom.from } : {}),
        ...(custom.to && isIsoDate(custom.to) ? { to: custom.to } : {}),
      };
  }
}

/** Why two picked dates cannot be a period, or null. */
export function periodProblem(period: Period): string | null {
  if (period.from && period.to && period.to < period.from) return 'The period ends before it starts: swap the dates';
  return null;
}
