// Reads the dates member lists actually contain (ISO dates, Action Network's "2025-10-02 10:00:00",
// NationBuilder's ISO timestamps with an offset, and spreadsheet day/month/year in either order) and
// refuses everything else. Strictness is the point: a date that does not exist (31/02/2025) is an
// error the person must fix, never silently rolled into March the way `new Date()` would.
export type DateResult = { ok: true; date: string } | { ok: false; problem: 'unreadable' | 'impossible' };

// An optional time after the date: hour, minute, optional seconds and fraction, AM/PM, offset.
const TIME =
  String.raw`(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?` +
  String.raw`(?:\s?([AaPp][Mm]))?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?`;
const isoPattern = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`);
const yearFirstSlashPattern = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}$`);
const dayMonthPattern = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`);

/**
 * `country` decides ambiguous day/month order: month first in the US, day first elsewhere, as
 * people there write dates. The calendar date is taken as written; time and offset are ignored.
 */
export function parseStrictDate(value: string, country: string): DateResult {
  const iso = isoPattern.exec(value) ?? yearFirstSlashPattern.exec(value);
  if (iso) {
    if (!validTime(iso.slice(4))) return { ok: false, problem: 'unreadable' };
    return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const dm = dayMonthPattern.exec(value);
  if (dm) {
    if (!validTime(dm.slice(5))) return { ok: false, problem: 'unreadable' };
    const first = Number(dm[1]);
    const second = Number(dm[3]);
    const year = Number(dm[4]);
    return calendarDate(year, ...dayMonthOrder(first, second, dm[2]!, country));
  }
  return { ok: false, problem: 'unreadable' };
}

/** Returns [month, day]. */
function dayMonthOrder(first: number, second: number, separator: string, country: string): [number, number] {
  if (first > 12) return [second, first];
  if (second > 12) return [first, second];
  // Dots (31.12.2025) are a day-first habit everywhere; US writers use slashes.
  const monthFirst = separator !== '.' && country.toUpperCase() === 'US';
  return monthFirst ? [first, second] : [second, first];
}

function validTime([hour, minute, second, meridiem]: (string | undefined)[]): boolean {
  if (hour === undefined) return true;
  const h = Number(hour);
  const maxHour = meridiem ? 12 : 23;
  const minHour = meridiem ? 1 : 0;
  return h >= minHour && h <= maxHour && Number(minute) <= 59 && Number(second ?? 0) <= 59;
}

function calendarDate(year: number, month: number, day: number): DateResult {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: 'impossible' };
  }
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { ok: true, date };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
