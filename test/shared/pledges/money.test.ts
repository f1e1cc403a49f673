// Money as integer minor units: strict reading of typed amounts, formatting, totals per currency.
import { describe, expect, it } from 'vitest';
import { currencyProblem, minorDigits } from '../../../shared/pledges/currency.js';
import { CurrencyMismatchError, MoneyError } from '../../../shared/pledges/errors.js';
import {
  addSameCurrency,
  formatMoney,
  minorToDecimal,
  parseAmount,
  readAmount,
  sumByCurrency,
} from '../../../shared/pledges/money.js';

function reason(text: string, currency: string): string {
  const result = readAmount(text, currency);
  if (result.ok) throw new Error(`expected '${text}' ${currency} to be refused`);
  return result.reason;
}

describe('minor units per currency', () => {
  it('come from Intl: JPY 0, USD/EUR/GBP 2, KWD/BHD 3', () => {
    expect(minorDigits('JPY')).toBe(0);
    for (const c of ['USD', 'EUR', 'GBP']) expect(minorDigits(c)).toBe(2);
    for (const c of ['KWD', 'BHD']) expect(minorDigits(c)).toBe(3);
  });

  it('refuses codes that are not ISO 4217, saying what to write', () => {
    expect(currencyProblem('USD')).toBeNull();
    expect(currencyProblem('usd')).toMatch(/write it in capitals: USD/);
    expect(currencyProblem('dollars')).toMatch(/three letters like USD/);
    expect(currencyProblem('QQQ')).toMatch(/not a currency this device knows/);
    expect(currencyProblem(undefined)).toMatch(/give an ISO 4217 code/);
  });
});

describe('parseAmount', () => {
  it('reads amounts with up to the currency’s decimals into minor units', () => {
    expect(parseAmount('10.00', 'USD')).toEqual({ minor: 1000, currency: 'USD' });
    expect(parseAmount('10.5', 'USD')).toEqual({ minor: 1050, currency: 'USD' });
    expect(parseAmount('10', 'EUR')).toEqual({ minor: 1000, currency: 'EUR' });
    expect(parseAmount(' 0.07 ', 'GBP')).toEqual({ minor: 7, currency: 'GBP' });
    expect(parseAmount('1000', 'JPY')).toEqual({ minor: 1000, currency: 'JPY' });
    expect(parseAmount('1.234', 'KWD')).toEqual({ minor: 1234, currency: 'KWD' });
    expect(parseAmount('0.5', 'BHD')).toEqual({ minor: 500, currency: 'BHD' });
    expect(parseAmount('5000.00', 'USD').minor).toBe(500000);
  });

  it('refuses too many decimals for the currency', () => {
    expect(reason('10.005', 'USD')).toBe("the amount '10.005' has 3 decimals; USD amounts have at most 2, like 10.00");
    expect(reason('1000.5', 'JPY')).toBe(
      "the amount '1000.5' has decimals, but JPY has no minor unit; write a whole amount, like 1000",
    );
    expect(reason('1.2345', 'KWD')).toMatch(/KWD amounts have at most 3, like 10.000/);
  });

  it('refuses negative, non-numeric, symbols, separators and empty text, saying what to write', () => {
    expect(reason('-5.00', 'USD')).toMatch(/is negative; write it without a minus sign/);
    expect(reason('ten', 'USD')).toMatch(/contains 't'; write only the number, like 10.00 \(the currency is USD\)/);
    expect(reason('$10', 'USD')).toMatch(/contains '\$'/);
    expect(reason('1,000.00', 'USD')).toMatch(/thousands separators; write it without them, like 1000.00/);
    expect(reason('10,50', 'EUR')).toMatch(/has a comma; write decimals with a point, like 10.00/);
    expect(reason('', 'USD')).toMatch(/is empty; write a number like 10.00/);
    expect(reason('1.2.3', 'USD')).toMatch(/is not a number like 10.00/);
    expect(reason('.5', 'USD')).toMatch(/is not a number like 10.00/);
    expect(reason('NaN', 'USD')).toMatch(/contains 'N'/);
    expect(reason('1e3', 'USD')).toMatch(/contains 'e'/);
    expect(reason('99999999999999999', 'USD')).toMatch(/too large/);
    expect(reason('10', 'usd')).toMatch(/capitals/);
  });

  it('throws a MoneyError with the same reason', () => {
    expect(() => parseAmount('10.005', 'USD')).toThrow(MoneyError);
    expect(() => parseAmount('10.005', 'USD')).toThrow(/USD amounts have at most 2/);
  });
});

describe('formatting', () => {
  it('writes plain decimals that parseAmount reads back', () => {
    expect(minorToDecimal(1000, 'USD')).toBe('10.00');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(-1234, 'KWD')).toBe('-1.234');
    expect(minorToDecimal(1000, 'JPY')).toBe('1000');
    for (const [minor, currency] of [[123456789, 'USD'], [7, 'BHD'], [42, 'JPY']] as const) {
      expect(parseAmount(minorToDecimal(minor, currency), currency).minor).toBe(minor);
    }
  });

  it('formats for a locale, exactly even for large amounts', () => {
    expect(formatMoney(100050, 'USD', 'en-US')).toBe('$1,000.50');
    expect(formatMoney(1000, 'JPY', 'en-US')).toBe('¥1,000');
    expect(formatMoney(1234, 'KWD', 'en-US')).toMatch(/1\.234/);
    expect(formatMoney(9007199254740991, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(123456, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.234,56 €');
  });

  it('refuses fractions of a minor unit', () => {
    expect(() => formatMoney(10.5, 'USD', 'en-US')).toThrow(/not a whole number of minor units/);
  });
});

describe('totals never mix currencies', () => {
  it('sums per currency', () => {
    const totals = sumByCurrency([
      { minor: 1000, currency: 'USD' },
      { minor: 250, currency: 'EUR' },
      { minor: 500, currency: 'USD' },
      { minor: 3000, currency: 'JPY' },
    ]);
    expect(totals).toEqual({ USD: 1500, EUR: 250, JPY: 3000 });
    expect(sumByCurrency([])).toEqual({});
  });

  it('addSameCurrency adds within a currency and refuses a mismatch with a clear error', () => {
    expect(addSameCurrency({ minor: 1000, currency: 'USD' }, { minor: 5, currency: 'USD' })).toEqual({
      minor: 1005,
      currency: 'USD',
    });
    const mismatch = () => addSameCurrency({ minor: 1000, currency: 'USD' }, { minor: 5, currency: 'EUR' });
    expect(mismatch).toThrow(CurrencyMismatchError);
    expect(mismatch).toThrow('cannot add EUR to USD: totals in different currencies are kept apart');
  });

  it('refuses sums too large to be exact', () => {
    const big = { minor: Number.MAX_SAFE_INTEGER, currency: 'USD' };
    expect(() => sumByCurrency([big, { minor: 1, currency: 'USD' }])).toThrow(/too large to add up exactly/);
  });
});
