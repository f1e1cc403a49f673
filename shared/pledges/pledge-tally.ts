// One pledge's pledged and fulfilled amounts as of a day, with the days between which they stay
// true. The core keeps these per pledge (the `pledge_tallies` projection) and sums them for the
// thermometers, recounting a pledge only when it or its marks change or a day passes on which its
// numbers move: the next instalment falling due, or a payment dated after the counted day.
// The counting itself is totals.ts's (countInstalments), so a thermometer and pledgeTotals agree.
import { dayNumber, isoDateOfDay, type IsoDate } from './calendar-date.js';
import { isPaidBy, type InstalmentMarks } from './instalment-marks.js';
import { MoneyError } from './errors.js';
import type { Pledge } from './pledge.js';
import { compileSchedule } from './schedule.js';
import { countInstalments } from './totals.js';

/** The end of a tally that nothing will change: later than any real date. */
export const FOREVER: IsoDate = '9999-12-31';

export interface PledgeTally {
  /** Minor units for money, else hours or actions. */
  pledged: number;
  fulfilled: number;
  /** The tally holds for every day d with validFrom <= d < validUntil. */
  validFrom: IsoDate;
  validUntil: IsoDate;
}

/**
 * How far ahead the next instalment is looked for. Past it (a pledge paused for a long while) the
 * tally simply ends there and is counted again: cheap, and never wrong.
 */
const LOOK_AHEAD_DAYS = 62;

export function tallyPledge(pledge: Pledge, marks: InstalmentMarks, asOf: IsoDate): PledgeTally {
  const asOfDay = dayNumber(asOf);
  const counts = countInstalments(pledge, marks, asOf, asOfDay);
  let until = Infinity;
  if (!scheduleHasEnded(pledge, asOfDay)) {
    const horizon = asOfDay + LOOK_AHEAD_DAYS;
    const next = compileSchedule(pledge).daysUntil(horizon).find((day) => day > asOfDay);
    until = next ?? horizon + 1;
  }
  // A payment dated after asOf starts counting on its date.
  for (const mark of marks.get(pledge.id)?.values() ?? []) {
    if (mark.status !== 'paid' || mark.paidOn === undefined || isPaidBy(mark, asOf)) continue;
    until = Math.min(until, dayNumber(mark.paidOn));
  }
  return {
    pledged: times(pledge, counts.pledged),
    fulfilled: times(pledge, counts.fulfilled),
    validFrom: asOf,
    validUntil: until === Infinity ? FOREVER : isoDateOfDay(until),
  };
}

/** Nothing more falls due after asOf: a one-off (counted whatever its date), cancelled or stopped. */
function scheduleHasEnded(pledge: Pledge, asOfDay: number): boolean {
  if (pledge.recurrence === 'once') return true;
  if (pledge.cancelledOn && dayNumber(pledge.cancelledOn) <= asOfDay + 1) return true;
  return (pledge.pausedRanges ?? []).some((range) => range.to === null && dayNumber(range.from) <= asOfDay + 1);
}

function times(pledge: Pledge, count: number): number {
  const amount = pledge.amount * count;
  if (!Number.isSafeInteger(amount)) throw new MoneyError(`the pledge ${pledge.id} adds up to more than can be counted exactly`);
  return amount;
}
