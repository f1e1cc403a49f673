// When a pledge's instalments are due. The first is on the start date; a weekly pledge recurs every
// 7 days; a monthly one on the start date's day of month, or the month's last day when the month is
// shorter (a pledge from Jan 31 is due Feb 28, or 29 in a leap year, then Mar 31: it never drifts).
// Nothing is due on or after the cancellation date, nor on a paused day (from ≤ day ≤ to; a pause
// with no end pauses everything from its first day).
// Instalment ids come from the pledge id and the date alone, so two devices that expand the same
// pledge while apart make the same rows, and their statuses meet on the same id after sync.
// All arithmetic is on calendar dates (calendar-date.ts), never on local time.
import { civilOfDay, dayNumber, isIsoDate, isoDateOfDay, monthlyDayNumber, type IsoDate } from './calendar-date.js';
import { PledgeInputError } from './errors.js';
import { pledgeIdPattern, type Pledge, type PledgeKind } from './pledge.js';

export interface Instalment {
  /** `<pledgeId>_<dueOn>`, see instalmentId. */
  id: string;
  pledgeId: string;
  kind: PledgeKind;
  dueOn: IsoDate;
  /** Minor units for money, else hours or actions. */
  amount: number;
  /** The money pledge's currency; null for hours and actions. */
  currency: string | null;
}

/** The id of the instalment of `pledgeId` due on `dueOn`: `pledge1_2025-03-31`. */
export function instalmentId(pledgeId: string, dueOn: IsoDate): string {
  if (!pledgeIdPattern.test(pledgeId)) {
    throw new PledgeInputError(`the pledge id '${pledgeId}' may only hold letters, digits, '_' and '-'`);
  }
  if (!isIsoDate(dueOn)) throw new PledgeInputError(`'${dueOn}' is not a date written like 2025-03-31`);
  return `${pledgeId}_${dueOn}`;
}

/**
 * The pledge and date an instalment id was made from, or null when it was not made by instalmentId.
 * The date is always the last 10 characters, so a pledge id holding '_' still splits one way only.
 */
export function parseInstalmentId(id: string): { pledgeId: string; dueOn: IsoDate } | null {
  if (id.length < 12 || id[id.length - 11] !== '_') return null;
  const pledgeId = id.slice(0, -11);
  const dueOn = id.slice(-10);
  if (!pledgeIdPattern.test(pledgeId) || !isIsoDate(dueOn)) return null;
  return { pledgeId, dueOn };
}

/** The dates of a pledge's instalments up to `untilInclusive`, earliest first. */
export function instalmentDates(pledge: Pledge, untilInclusive: IsoDate): IsoDate[] {
  return compileSchedule(pledge).daysUntil(dayNumber(untilInclusive)).map(isoDateOfDay);
}

/** A pledge's instalments up to `untilInclusive`, earliest first, with their deterministic ids. */
export function expandInstalments(pledge: Pledge, untilInclusive: IsoDate): Instalment[] {
  return instalmentDates(pledge, untilInclusive).map((dueOn) => instalmentOn(pledge, dueOn));
}

/** The instalment row of `pledge` due on `dueOn` (whether or not the schedule has one that day). */
export function instalmentOn(pledge: Pledge, dueOn: IsoDate): Instalment {
  return {
    id: instalmentId(pledge.id, dueOn),
    pledgeId: pledge.id,
    kind: pledge.kind,
    dueOn,
    amount: pledge.amount,
    currency: pledge.kind === 'money' ? (pledge.currency ?? null) : null,
  };
}

/**
 * A pledge's schedule in day numbers, read from the pledge once for callers that ask many times
 * (the totals walk hundreds of thousands of instalments, so this stays allocation-light).
 */
export interface CompiledSchedule {
  /** Due days up to `untilDay` (inclusive), ascending. */
  daysUntil(untilDay: number): number[];
  /** Is an instalment due on this day? */
  isDueOn(day: number): boolean;
}

export function compileSchedule(pledge: Pledge): CompiledSchedule {
  return new PledgeSchedule(pledge);
}

class PledgeSchedule implements CompiledSchedule {
  private readonly recurrence: Pledge['recurrence'];
  private readonly startDay: number;
  private readonly startYear: number;
  private readonly startMonth: number;
  private readonly anchorDay: number;
  /** The last day anything can be due: the day before the cancellation or before an endless pause. */
  private readonly lastDay: number;
  /** Paused days as [from, to] pairs, inclusive; to is Infinity for a pause with no end. */
  private readonly pauses: number[];

  constructor(pledge: Pledge) {
    this.recurrence = pledge.recurrence;
    this.startDay = dayNumber(pledge.startOn);
    const start = civilOfDay(this.startDay);
    this.startYear = start.year;
    this.startMonth = start.month;
    this.anchorDay = start.day;
    let lastDay = pledge.cancelledOn ? dayNumber(pledge.cancelledOn) - 1 : Infinity;
    this.pauses = [];
    for (const range of pledge.pausedRanges ?? []) {
      const from = dayNumber(range.from);
      const to = range.to === null ? Infinity : dayNumber(range.to);
      if (to === Infinity) lastDay = Math.min(lastDay, from - 1);
      this.pauses.push(from, to);
    }
    this.lastDay = lastDay;
  }

  daysUntil(untilDay: number): number[] {
    const limit = Math.min(untilDay, this.lastDay);
    const days: number[] = [];
    switch (this.recurrence) {
      case 'once':
        if (this.startDay <= limit && !this.paused(this.startDay)) days.push(this.startDay);
        return days;
      case 'weekly':
        this.checkBounded(limit);
        for (let day = this.startDay; day <= limit; day += 7) if (!this.paused(day)) days.push(day);
        return days;
      case 'monthly':
        this.checkBounded(limit);
        for (let months = 0; ; months++) {
          const day = monthlyDayNumber(this.startYear, this.startMonth, this.anchorDay, months);
          if (day > limit) break;
          if (!this.paused(day)) days.push(day);
        }
        return days;
    }
  }

  isDueOn(day: number): boolean {
    if (day < this.startDay || day > this.lastDay || this.paused(day)) return false;
    switch (this.recurrence) {
      case 'once':
        return day === this.startDay;
      case 'weekly':
        return (day - this.startDay) % 7 === 0;
      case 'monthly': {
        const civil = civilOfDay(day);
        const months = (civil.year - this.startYear) * 12 + (civil.month - this.startMonth);
        return monthlyDayNumber(this.startYear, this.startMonth, this.anchorDay, months) === day;
      }
    }
  }

  private paused(day: number): boolean {
    for (let i = 0; i < this.pauses.length; i += 2) {
      if (this.pauses[i]! <= day && day <= this.pauses[i + 1]!) return true;
    }
    return false;
  }

  // A recurring pledge with no end, expanded without a bound, would never stop.
  private checkBounded(limit: number): void {
    if (!Number.isFinite(limit)) throw new RangeError('a recurring pledge is expanded up to a date, not forever');
  }
}
