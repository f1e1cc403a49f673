// Money as an integer count of the currency's minor unit (cents, pence, fils; yen have none) with
// its ISO 4217 code. Amounts are never floats: 0.1 + 0.2 is not 0.3, and a chapter's books must add
// up to the cent. Amounts in different currencies are never added together: a total is a record per
// currency, and adding two amounts that differ in currency is an error, not a conversion.
import { z } from 'zod';
import { quoteValue } from '../proposals/describe-value.js';
import { currencyCodeSchema, currencyProblem, minorDigits, type CurrencyCode } from './currency.js';
import { CurrencyMismatchError, MoneyError } from './errors.js';

export interface Money {
  /** Whole minor units: 1000 is 10.00 USD, or 1000 JPY. */
  minor: number;
  currency: CurrencyCode;
}

export const minorUnitsSchema = z
  .number({ error: (iss) => `the amount is ${quoteValue(iss.input)}, not a whole number of minor units` })
  .refine(Number.isSafeInteger, { error: (iss) => `the amount ${quoteValue(iss.input)} is not a whole number of minor units` });

export const moneySchema = z.object(
  { minor: minorUnitsSchema, currency: currencyCodeSchema },
  { error: 'an amount of money is an object with minor units and a currency' },
);

export type AmountResult = { ok: true; money: Money } | { ok: false; reason: string };

const plainAmount = /^(\d+)(?:\.(\d+))?$/;
const withThousands = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads an amount typed by a person ("10.00", "10.5", "1000") in `currency`. At most as many decimals
 * as the currency has (2 for USD, none for JPY); no sign, no symbol, no thousands separators: the
 * reason says what to write instead, so a CSV import can show it beside the row.
 */
export function readAmount(text: unknown, currency: CurrencyCode): AmountResult {
  const badCurrency = currencyProblem(currency);
  if (badCurrency) return { ok: false, reason: badCurrency };
  if (typeof text !== 'string') return { ok: false, reason: `the amount is ${quoteValue(text)}, not a number like 10.00` };
  const amount = text.trim();
  const digits = minorDigits(currency);
  const example = digits === 0 ? '1000' : `10.${'0'.repeat(digits)}`;
  if (amount === '') return { ok: false, reason: `the amount is empty; write a number like ${example}` };
  if (amount.startsWith('-')) {
    return { ok: false, reason: `the amount ${quoteValue(amount)} is negative; write it without a minus sign, like ${example}` };
  }
  const symbol = /[^\d.,]/.exec(amount);
  if (symbol) {
    return {
      ok: false,
      reason: `the amount ${quoteValue(amount)} contains ${quoteValue(symbol[0])}; write only the number, like ${example} (the currency is ${currency})`,
    };
  }
  if (withThousands.test(amount)) {
    return { ok: false, reason: `the amount ${quoteValue(amount)} has thousands separators; write it without them, like ${amount.replaceAll(',', '')}` };
  }
  if (amount.includes(',')) {
    return { ok: false, reason: `the amount ${quoteValue(amount)} has a comma; write decimals with a point, like ${example}` };
  }
  const match = plainAmount.exec(amount);
  if (!match) return { ok: false, reason: `the amount ${quoteValue(amount)} is not a number like ${example}` };
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    const reason =
      digits === 0
        ? `the amount ${quoteValue(amount)} has decimals, but ${currency} has no minor unit; write a whole amount, like ${example}`
        : `the amount ${quoteValue(amount)} has ${fraction.length} decimals; ${currency} amounts have at most ${digits}, like ${example}`;
    return { ok: false, reason };
  }
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) {
    return { ok: false, reason: `the amount ${quoteValue(amount)} is too large to record` };
  }
  return { ok: true, money: { minor, currency } };
}

/** `readAmount` for callers that stop at the first mistake: throws a MoneyError with the reason. */
export function parseAmount(text: string, currency: CurrencyCode): Money {
  const result = readAmount(text, currency);
  if (!result.ok) throw new MoneyError(result.reason);
  return result.money;
}

/** The plain decimal text of an amount ("1000.50", "-3.00", "1000" for JPY): what `parseAmount` reads. */
export function minorToDecimal(minor: number, currency: CurrencyCode): string {
  checkMinor(minor);
  const badCurrency = currencyProblem(currency);
  if (badCurrency) throw new MoneyError(badCurrency);
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const units = String(Math.abs(minor));
  if (digits === 0) return sign + units;
  const padded = units.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** An amount for people to read, in their locale: "$1,000.50", "1.000 ¥". */
export function formatMoney(minor: number, currency: CurrencyCode, locale?: string | readonly string[]): string {
  // The decimal text goes to Intl as a string, so large amounts are formatted exactly.
  const decimal = minorToDecimal(minor, currency) as `${number}`;
  return moneyFormat(currency, locale).format(decimal);
}

// A formatter costs tens of microseconds to build; a page of thermometers formats hundreds.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: CurrencyCode, locale?: string | readonly string[]): Intl.NumberFormat {
  const key = `${currency}|${typeof locale === 'string' ? locale : (locale ?? []).join(',')}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale as string | string[] | undefined, { style: 'currency', currency });
    if (moneyFormats.size < 500) moneyFormats.set(key, format);
  }
  return format;
}

/** Totals per currency: `{USD: 1500, EUR: 200}`. Currencies are kept apart, never converted. */
export function sumByCurrency(items: Iterable<Money>): Record<CurrencyCode, number> {
  const totals: Record<CurrencyCode, number> = {};
  for (const item of items) {
    // Only codes become keys (no '__proto__'); the full check of the code is the schema's job.
    if (!/^[A-Z]{3}$/.test(item.currency)) throw new MoneyError(currencyProblem(item.currency) ?? 'bad currency');
    totals[item.currency] = addMinor(totals[item.currency] ?? 0, item.minor, item.currency);
  }
  return totals;
}

/** a + b when both are in the same currency; a CurrencyMismatchError otherwise. */
export function addSameCurrency(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new CurrencyMismatchError(
      `cannot add ${b.currency} to ${a.currency}: totals in different currencies are kept apart; sum each currency separately`,
    );
  }
  return { minor: addMinor(a.minor, b.minor, a.currency), currency: a.currency };
}

/** Adds minor units, refusing fractions and sums too large to be exact. */
export function addMinor(a: number, b: number, currency: CurrencyCode): number {
  checkMinor(a);
  checkMinor(b);
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new MoneyError(`the total in ${currency} is too large to add up exactly`);
  return sum;
}

function checkMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) {
    throw new MoneyError(`${quoteValue(minor)} is not a whole number of minor units (cents, pence…)`);
  }
}
