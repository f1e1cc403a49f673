// What an amount is counted in: a currency (money, in minor units), hours or actions. Totals are
// kept per unit and never added across units, so every total, goal and thermometer names its unit.
// Also how an amount reads in its unit ("$1,000.50", "12 hours", "1 action"), for labels, CSV
// exports and receipts, and how a person's typed amount is read in it.
import type { CurrencyCode } from './currency.js';
import { formatMoney, minorToDecimal, readAmount } from './money.js';
import type { PledgeKind } from './pledge.js';
import { thermometer, type Thermometer } from './thermometer.js';

export interface Unit {
  kind: PledgeKind;
  /** The currency of money; null for hours and actions. */
  currency: CurrencyCode | null;
}

/** A key that tells units apart: 'USD', 'hours', 'actions'. */
export function unitKey(unit: Unit): string {
  return unit.kind === 'money' ? (unit.currency ?? 'money') : unit.kind;
}

export function sameUnit(a: Unit, b: Unit): boolean {
  return unitKey(a) === unitKey(b);
}

/** "$1,000.50" for money (in `locale`), "12 hours", "1 action". */
export function formatInUnit(amount: number, unit: Unit, locale?: string | readonly string[]): string {
  if (unit.kind === 'money' && unit.currency) return formatMoney(amount, unit.currency, locale);
  const word = unit.kind === 'hours' ? 'hour' : 'action';
  return `${amount.toLocaleString(locale as string | string[] | undefined)} ${word}${amount === 1 ? '' : 's'}`;
}

/** The plain text a person would type back: "1000.50" for money, "12" otherwise (CSV, the CLI). */
export function plainInUnit(amount: number, unit: Unit): string {
  return unit.kind === 'money' && unit.currency ? minorToDecimal(amount, unit.currency) : String(amount);
}

export type UnitAmountResult = { ok: true; amount: number } | { ok: false; reason: string };

/**
 * Reads an amount typed in a unit: "10.00" in USD is 1000 minor units; hours and actions are whole
 * numbers ("3"). The reason says what to write instead.
 */
export function readUnitAmount(text: string, unit: Unit): UnitAmountResult {
  if (unit.kind === 'money') {
    if (!unit.currency) return { ok: false, reason: 'a money amount needs a currency, like USD' };
    const read = readAmount(text, unit.currency);
    return read.ok ? { ok: true, amount: read.money.minor } : read;
  }
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false, reason: `${unit.kind} are counted in whole numbers, like 3, not '${trimmed}'` };
  }
  const amount = Number(trimmed);
  if (!Number.isSafeInteger(amount)) return { ok: false, reason: `'${trimmed}' ${unit.kind} is too many to record` };
  return { ok: true, amount };
}

/** A thermometer with its unit and numbers: what the screens draw and the contract carries. */
export interface ThermometerView extends Thermometer, Unit {
  goal: number | null;
  pledged: number;
  fulfilled: number;
}

export function thermometerView(unit: Unit, goal: number | null, pledged: number, fulfilled: number, locale?: string | readonly string[]): ThermometerView {
  const model = thermometer({ goal, pledged, fulfilled }, (amount) => formatInUnit(amount, unit, locale));
  return { kind: unit.kind, currency: unit.currency, goal, pledged, fulfilled, ...model };
}

/** Orders units for display: money first (by currency), then hours, then actions. */
export function compareUnits(a: Unit, b: Unit): number {
  const rank = (u: Unit) => (u.kind === 'money' ? 0 : u.kind === 'hours' ? 1 : 2);
  return rank(a) - rank(b) || unitKey(a).localeCompare(unitKey(b));
}
