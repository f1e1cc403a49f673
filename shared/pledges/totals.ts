// What has been pledged and what fulfilled, as of a date, for any set of pledges (a chapter's, a
// campaign's, a group's, a member's). The rules:
// - a recurring pledge has no total, so it counts its instalments due so far (dueOn ≤ asOf);
//   a one-off pledge counts once, whatever its date: the promise is already made;
// - a waived instalment is not pledged; a missed one is pledged and not fulfilled;
// - fulfilled is what was paid by asOf (by its payment date when one was recorded). A payment is
//   never lost from the totals: an instalment paid ahead of its date, or paid before a pause or a
//   cancellation took it off the schedule, counts as pledged and fulfilled. So fulfilled ≤ pledged.
// Money is totalled per currency; hours and actions per kind. Nothing is ever converted.
import { dayNumber, type IsoDate } from './calendar-date.js';
import { checkPledgeCurrency, type Campaign } from './campaign.js';
import type { CurrencyCode } from './currency.js';
import { MoneyError } from './errors.js';
import { isPaidBy, marksOf, type InstalmentMarks, type StatusesInput } from './instalment-marks.js';
import { addMinor } from './money.js';
import type { Pledge } from './pledge.js';
import { compileSchedule } from './schedule.js';

export interface KindTotals {
  /** Minor units per currency: `{USD: 150000, EUR: 2000}`. */
  money: Record<CurrencyCode, number>;
  hours: number;
  actions: number;
}

export interface PledgeTotals {
  pledged: KindTotals;
  /** Same shape, with the same currencies as `pledged` (0 where nothing was paid yet). */
  fulfilled: KindTotals;
}

export interface CampaignTotals {
  currency: CurrencyCode;
  goalMinor: number;
  pledgedMinor: number;
  fulfilledMinor: number;
}

export function pledgeTotals(
  pledges: Iterable<Pledge>,
  statuses: StatusesInput,
  asOf: IsoDate,
): PledgeTotals {
  const marks = marksOf(statuses);
  const asOfDay = dayNumber(asOf);
  const pledged: KindTotals = { money: {}, hours: 0, actions: 0 };
  const fulfilled: KindTotals = { money: {}, hours: 0, actions: 0 };
  for (const pledge of pledges) {
    const counts = countInstalments(pledge, marks, asOf, asOfDay);
    const pledgedAmount = times(pledge, counts.pledged);
    const fulfilledAmount = times(pledge, counts.fulfilled);
    if (pledge.kind === 'money') {
      const currency = moneyCurrency(pledge);
      pledged.money[currency] = addMinor(pledged.money[currency] ?? 0, pledgedAmount, currency);
      fulfilled.money[currency] = addMinor(fulfilled.money[currency] ?? 0, fulfilledAmount, currency);
    } else {
      pledged[pledge.kind] += pledgedAmount;
      fulfilled[pledge.kind] += fulfilledAmount;
    }
  }
  return { pledged, fulfilled };
}

/**
 * A campaign's totals in its own currency. Every pledge must be a money pledge in that currency
 * (checkPledgeCurrency); the first that is not stops the count with a CampaignCurrencyError, because
 * a thermometer that quietly skipped it would show less than was pledged.
 */
export function campaignTotals(
  campaign: Campaign,
  pledges: Iterable<Pledge>,
  statuses: StatusesInput,
  asOf: IsoDate,
): CampaignTotals {
  const checked: Pledge[] = [];
  for (const pledge of pledges) {
    checkPledgeCurrency(campaign, pledge);
    checked.push(pledge);
  }
  const totals = pledgeTotals(checked, statuses, asOf);
  return {
    currency: campaign.currency,
    goalMinor: campaign.goalMinor,
    pledgedMinor: totals.pledged.money[campaign.currency] ?? 0,
    fulfilledMinor: totals.fulfilled.money[campaign.currency] ?? 0,
  };
}

/** How many of a pledge's instalments count as pledged and as fulfilled by `asOf`. */
export function countInstalments(
  pledge: Pledge,
  marks: InstalmentMarks,
  asOf: IsoDate,
  asOfDay: number = dayNumber(asOf),
): { pledged: number; fulfilled: number } {
  const schedule = compileSchedule(pledge);
  const own = marks.get(pledge.id);
  const lastCounted = pledge.recurrence === 'once' ? Infinity : asOfDay;
  let pledged = 0;
  let fulfilled = 0;
  for (const day of schedule.daysUntil(lastCounted)) {
    const mark = own?.get(day);
    if (mark?.status === 'waived') continue;
    pledged++;
    if (isPaidBy(mark, asOf)) fulfilled++;
  }
  if (own) {
    // Payments the walk above did not meet: paid ahead, or taken off the schedule after paying.
    // Usually there are none, and counting the payments is cheaper than placing each on the schedule.
    let payments = 0;
    for (const mark of own.values()) if (isPaidBy(mark, asOf)) payments++;
    if (payments > fulfilled) {
      for (const [day, mark] of own) {
        if (!isPaidBy(mark, asOf) || (day <= lastCounted && schedule.isDueOn(day))) continue;
        pledged++;
        fulfilled++;
      }
    }
  }
  return { pledged, fulfilled };
}

function times(pledge: Pledge, count: number): number {
  const amount = pledge.amount * count;
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyError(`the pledge ${pledge.id} adds up to more than can be counted exactly`);
  }
  return amount;
}

function moneyCurrency(pledge: Pledge): CurrencyCode {
  if (!pledge.currency) throw new MoneyError(`the money pledge ${pledge.id} has no currency; record one, like USD`);
  return pledge.currency;
}
