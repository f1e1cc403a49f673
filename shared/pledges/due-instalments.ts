// What needs attention: the instalments due this week that nobody has marked paid or waived, and per
// pledge the instalments already past due and unpaid. These are counts and amounts per pledge, with
// no names: the screen decides who may see what, so a shared view never has to shame anyone.
import { dayNumber, isoDateOfDay, weekdayOfDay, type IsoDate } from './calendar-date.js';
import { MoneyError } from './errors.js';
import { isPaidBy, marksOf, type StatusesInput } from './instalment-marks.js';
import type { Pledge } from './pledge.js';
import { compileSchedule, instalmentId, instalmentOn, type Instalment } from './schedule.js';

/** 0 is Sunday, 1 Monday … 6 Saturday. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DueInstalment extends Instalment {
  /** 'missed' when someone already marked it so; 'unmarked' otherwise. */
  status: 'unmarked' | 'missed';
}

export interface PledgeArrears {
  pledgeId: string;
  kind: Pledge['kind'];
  currency: string | null;
  /** Instalments due before asOf and neither paid by then nor waived. */
  count: number;
  /** count × the pledge's amount (minor units for money). */
  amount: number;
  oldestDueOn: IsoDate;
  instalmentIds: string[];
}

/** The first and last day of the week holding `date`, weeks starting on `weekStartsOn`. */
export function weekContaining(date: IsoDate, weekStartsOn: WeekDay = 1): { from: IsoDate; to: IsoDate } {
  const day = dayNumber(date);
  const first = day - ((weekdayOfDay(day) - weekStartsOn + 7) % 7);
  return { from: isoDateOfDay(first), to: isoDateOfDay(first + 6) };
}

/** Instalments due in the week containing `today` and not paid or waived, by date then pledge. */
export function dueThisWeek(
  pledges: Iterable<Pledge>,
  statuses: StatusesInput,
  today: IsoDate,
  weekStartsOn: WeekDay = 1,
): DueInstalment[] {
  const marks = marksOf(statuses);
  const week = weekContaining(today, weekStartsOn);
  const fromDay = dayNumber(week.from);
  const toDay = dayNumber(week.to);
  const due: DueInstalment[] = [];
  for (const pledge of pledges) {
    const own = marks.get(pledge.id);
    for (const day of compileSchedule(pledge).daysUntil(toDay)) {
      if (day < fromDay) continue;
      const mark = own?.get(day);
      if (mark?.status === 'paid' || mark?.status === 'waived') continue;
      due.push({ ...instalmentOn(pledge, isoDateOfDay(day)), status: mark?.status === 'missed' ? 'missed' : 'unmarked' });
    }
  }
  return due.sort((a, b) => (a.dueOn === b.dueOn ? compareText(a.pledgeId, b.pledgeId) : compareText(a.dueOn, b.dueOn)));
}

/** Per pledge that is behind on `asOf`, its instalments due before that day and unpaid; in pledge order. */
export function behind(pledges: Iterable<Pledge>, statuses: StatusesInput, asOf: IsoDate): PledgeArrears[] {
  const marks = marksOf(statuses);
  const asOfDay = dayNumber(asOf);
  const arrears: PledgeArrears[] = [];
  for (const pledge of pledges) {
    const own = marks.get(pledge.id);
    const unpaid = compileSchedule(pledge)
      .daysUntil(asOfDay - 1)
      .filter((day) => {
        const mark = own?.get(day);
        return mark?.status !== 'waived' && !isPaidBy(mark, asOf);
      });
    if (unpaid.length === 0) continue;
    const amount = pledge.amount * unpaid.length;
    if (!Number.isSafeInteger(amount)) throw new MoneyError(`the pledge ${pledge.id} is behind by more than can be counted exactly`);
    arrears.push({
      pledgeId: pledge.id,
      kind: pledge.kind,
      currency: pledge.kind === 'money' ? (pledge.currency ?? null) : null,
      count: unpaid.length,
      amount,
      oldestDueOn: isoDateOfDay(unpaid[0]!),
      instalmentIds: unpaid.map((day) => instalmentId(pledge.id, isoDateOfDay(day))),
    });
  }
  return arrears;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What is owed on `today`: every instalment due on or before it and neither paid (by today) nor
 * waived, by date then pledge. A one-off pledge dated later is not owed yet.
 */
export function dueUpTo(pledges: Iterable<Pledge>, statuses: StatusesInput, today: IsoDate): DueInstalment[] {
  const marks = marksOf(statuses);
  const todayDay = dayNumber(today);
  const due: DueInstalment[] = [];
  for (const pledge of pledges) {
    const own = marks.get(pledge.id);
    for (const day of compileSchedule(pledge).daysUntil(todayDay)) {
      const mark = own?.get(day);
      if (mark?.status === 'waived' || isPaidBy(mark, today)) continue;
      due.push({ ...instalmentOn(pledge, isoDateOfDay(day)), status: mark?.status === 'missed' ? 'missed' : 'unmarked' });
    }
  }
  return due.sort((a, b) => (a.dueOn === b.dueOn ? compareText(a.pledgeId, b.pledgeId) : compareText(a.dueOn, b.dueOn)));
}

/** How far ahead a payment looks for the next instalment when none is due yet. */
const PAY_AHEAD_DAYS = 400;

/**
 * The instalment a payment settles when the person names none: the oldest one due by `today` that
 * is neither paid nor waived (a missed one can still be paid), else the next one to fall due.
 * Null when nothing is left to pay (all paid or waived, or the pledge has ended).
 */
export function instalmentToPay(pledge: Pledge, statuses: StatusesInput, today: IsoDate): IsoDate | null {
  const own = marksOf(statuses).get(pledge.id);
  const open = (day: number) => {
    const status = own?.get(day)?.status;
    return status !== 'paid' && status !== 'waived';
  };
  const todayDay = dayNumber(today);
  const schedule = compileSchedule(pledge);
  const limit = pledge.recurrence === 'once' ? Infinity : todayDay + PAY_AHEAD_DAYS;
  const day = (pledge.recurrence === 'once' ? schedule.daysUntil(Infinity) : schedule.daysUntil(limit)).find(open);
  return day === undefined ? null : isoDateOfDay(day);
}
