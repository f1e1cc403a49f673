// Amounts of money, hours and actions in the person's own locale: "$1,000.50", "12 hours". Money
// is formatted with its own currency's rules through Intl; amounts in different units are never
// added here, so a list of totals has one line per currency (and one for hours, one for actions).
import { compareUnits, formatInUnit, type Unit } from '../../../shared/pledges/units';

const locales: readonly string[] = typeof navigator !== 'undefined' ? [...navigator.languages] : [];

/** "$1,000.50" for money, "12 hours", "1 action". */
export function formatAmount(amount: number, unit: Unit): string {
  return formatInUnit(amount, unit, locales);
}

/** The locales amounts are formatted in, for the shared drawing functions. */
export function amountLocales(): readonly string[] {
  return locales;
}

/** Units in display order (money first, by currency; then hours; then actions), a copy. */
export function byUnit<T extends Unit>(items: readonly T[]): T[] {
  return [...items].sort(compareUnits);
}

// The currency a chapter most likely keeps its books in, by its country: only the default of a
// field a person can change. Countries not listed here start with no currency and are asked for one.
const currencyByCountry: Record<string, string> = {
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN',
  GB: 'GBP', IE: 'EUR', FR: 'EUR', DE: 'EUR', ES: 'EUR', IT: 'EUR', PT: 'EUR', NL: 'EUR', BE: 'EUR',
  AT: 'EUR', FI: 'EUR', GR: 'EUR', LU: 'EUR', SK: 'EUR', SI: 'EUR', EE: 'EUR', LV: 'EUR', LT: 'EUR',
  MT: 'EUR', CY: 'EUR', HR: 'EUR', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', PL: 'PLN',
  CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', TR: 'TRY', UA: 'UAH', IL: 'ILS', ZA: 'ZAR', NG: 'NGN',
  KE: 'KES', GH: 'GHS', EG: 'EGP', IN: 'INR', PK: 'PKR', BD: 'BDT', LK: 'LKR', NP: 'NPR', JP: 'JPY',
  KR: 'KRW', CN: 'CNY', TW: 'TWD', HK: 'HKD', SG: 'SGD', MY: 'MYR', ID: 'IDR', PH: 'PHP', TH: 'THB',
  VN: 'VND', AU: 'AUD', NZ: 'NZD',
};

export function defaultCurrency(country: string | null | undefined): string {
  return (country && currencyByCountry[country]) || '';
}
