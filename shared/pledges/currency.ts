// ISO 4217 currency codes and how many decimals each one's minor unit has (JPY 0, USD 2, KWD 3).
// The decimals come from Intl (CLDR data in Node and Chromium alike), not from a table of ours, so
// the number a person types and the number the app shows agree on every device.
import { z } from 'zod';
import { quoteValue } from '../proposals/describe-value.js';

/** An ISO 4217 code in capitals, like USD. */
export type CurrencyCode = string;

const codePattern = /^[A-Z]{3}$/;

// Intl accepts any three letters ('ABC') without complaint, so the codes it actually knows are asked
// for separately. The list is read once: it cannot change while the app runs.
let knownCodes: ReadonlySet<string> | null = null;
function knownCurrencyCodes(): ReadonlySet<string> | null {
  if (knownCodes === null && typeof Intl.supportedValuesOf === 'function') {
    knownCodes = new Set(Intl.supportedValuesOf('currency'));
  }
  return knownCodes;
}

/** Why `code` is not a currency we can record, or null when it is one. */
export function currencyProblem(code: unknown): string | null {
  if (typeof code !== 'string' || code === '') {
    return `the currency is ${quoteValue(code)}; give an ISO 4217 code like USD, EUR or JPY`;
  }
  if (!codePattern.test(code)) {
    const upper = code.trim().toUpperCase();
    const hint = codePattern.test(upper) ? `write it in capitals: ${upper}` : 'currency codes are three letters like USD';
    return `the currency ${quoteValue(code)} is not an ISO 4217 code; ${hint}`;
  }
  const known = knownCurrencyCodes();
  if (known && !known.has(code)) {
    return `the currency ${quoteValue(code)} is not a currency this device knows; check the code (USD, EUR, JPY…)`;
  }
  return null;
}

export const currencyCodeSchema = z.string().superRefine((code, ctx) => {
  const problem = currencyProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// Building an Intl.NumberFormat costs tens of microseconds; totals and CSV exports ask per row.
const digitsByCurrency = new Map<string, number>();

/** How many decimals an amount in this currency has: 0 for JPY, 2 for USD, 3 for KWD. */
export function minorDigits(currency: CurrencyCode): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat(undefined, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    if (digits === undefined) throw new Error(`Intl gave no fraction digits for ${currency}`);
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}
