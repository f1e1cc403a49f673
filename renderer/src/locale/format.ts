// Numbers, dates and sizes in the person's own locale, through Intl. Dates in the contract are
// calendar days ("2025-03-31"): they are formatted in UTC so a day never shifts across time zones.
const locales = typeof navigator !== 'undefined' ? [...navigator.languages] : [];

const integer = new Intl.NumberFormat(locales, { maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeStyle: 'short' });
const plural = new Intl.PluralRules(locales);

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "1 member", "1,234 members": `one` and `other` are the noun's singular and plural. */
export function countOf(n: number, one: string, other: string): string {
  return `${integer.format(n)} ${plural.select(n) === 'one' ? one : other}`;
}

export function formatDay(isoDay: string | null | undefined): string {
  if (!isoDay) return '';
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : day.format(date);
}

export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : moment.format(date);
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locales, { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(locales, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** The region of the person's language ("en-GB" → "GB"), if it names one. */
export function localeRegion(): string | null {
  for (const tag of locales) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // An unparseable language tag: try the next one.
    }
  }
  return null;
}
