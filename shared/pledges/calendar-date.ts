// Calendar dates as 'YYYY-MM-DD' strings and as day numbers (days since 1970-01-01), with the
// arithmetic the schedules need. It must never touch local time or `Date`: a pledge due on the 31st
// is due on the 31st on every device, whatever its time zone or daylight saving rules, and a date
// that does not exist (2025-02-29) is refused rather than rolled into March.
// The conversions are Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
import { z } from 'zod';
import { quoteValue } from '../proposals/describe-value.js';
import { PledgeInputError } from './errors.js';

/** A date as stored and shown: four-digit year, two-digit month and day. */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  /** 1 to 12. */
  month: number;
  /** 1 to 31. */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return monthLengths[month - 1]!;
}

/** The date's parts, or null when the text is not a real date written as YYYY-MM-DD. */
export function readIsoDate(text: string): CivilDate | null {
  const day = dayNumberAt(text, 0);
  return Number.isNaN(day) ? null : civilOfDay(day);
}

/**
 * The day number of the real date written as YYYY-MM-DD in the last 10 characters of `text` from
 * `start` (so an instalment id's date is read in place), or NaN. Read character by character: the
 * totals parse one date per instalment status, hundreds of thousands at a time.
 */
export function dayNumberAt(text: string, start: number): number {
  if (text.length !== start + 10 || text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) {
    return NaN;
  }
  const year = digitsAt(text, start, 4);
  const month = digitsAt(text, start + 5, 2);
  const day = digitsAt(text, start + 8, 2);
  if (!(year >= 1) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return dayNumberOf(year, month, day);
}

const DASH = 45;
const ZERO = 48;

/** The number written by `count` decimal digits from `start`, or NaN if any is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

export function isIsoDate(text: string): boolean {
  return !Number.isNaN(dayNumberAt(text, 0));
}

/** A date field; `subject` names it in messages ("the start date is '2025-02-30', not a real date…"). */
export function isoDateSchema(subject: string) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined ? `${subject} is missing` : `${subject} is ${quoteValue(iss.input)}, not a date`,
    })
    .refine(isIsoDate, { error: (iss) => dateProblem(subject, iss.input) });
}

function dateProblem(subject: string, input: unknown): string {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input)) {
    return `${subject} is ${quoteValue(input)}, a date that does not exist; check the day and month`;
  }
  return `${subject} is ${quoteValue(input)}, not a date written like 2025-03-31`;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; throws a readable error for anything else. */
export function dayNumber(date: IsoDate): number {
  const day = dayNumberAt(date, 0);
  if (Number.isNaN(day)) throw new PledgeInputError(dateProblem('the date', date));
  return day;
}

export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilOfDay(dayNum: number): CivilDate {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The 'YYYY-MM-DD' text of a day number. */
export function isoDateOfDay(dayNum: number): IsoDate {
  const { year, month, day } = civilOfDay(dayNum);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOfDay(dayNumber(date) + days);
}

/** 0 for Sunday to 6 for Saturday, as `Date.prototype.getUTCDay` counts. */
export function weekdayOfDay(dayNum: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNum + 4) % 7) + 7) % 7;
}

/**
 * The date `months` months after a start date whose day of month is `anchorDay`, on the same day of
 * month, or on the month's last day when the month is shorter. The anchor is the start date's day,
 * never the previous instalment's, so a pledge from the 31st goes Jan 31, Feb 28, Mar 31: no drift.
 */
export function monthlyDayNumber(startYear: number, startMonth: number, anchorDay: number, months: number): number {
  const monthIndex = startYear * 12 + (startMonth - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return dayNumberOf(year, month, Math.min(anchorDay, daysInMonth(year, month)));
}
