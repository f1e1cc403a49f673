// The numbers a thermometer is drawn from: how far up the tube pledged and fulfilled reach, as shares
// from 0 to 1 (capped, so a campaign past its goal still fits the drawing, with `over` to say so),
// whole percents of the goal, and a sentence for the printed page and for screen readers.
// No drawing here: the SVG components read these and decide shapes and colours.
import { z } from 'zod';
import { quoteValue } from '../proposals/describe-value.js';
import { parseWith } from './pledge.js';

const quantity = (what: string) =>
  z
    .number({ error: (iss) => `${what} is ${quoteValue(iss.input)}, not a number` })
    .refine(Number.isFinite, { error: (iss) => `${what} is ${quoteValue(iss.input)}, not a number` })
    .refine((n) => n >= 0, { error: (iss) => `${what} is ${quoteValue(iss.input)}; it cannot be negative` });

export const thermometerInputSchema = z.object({
  /** In the same unit as pledged and fulfilled; null or 0 when there is no goal (a member's page). */
  goal: quantity('the goal').nullable(),
  pledged: quantity('the amount pledged'),
  fulfilled: quantity('the amount fulfilled'),
});
export type ThermometerInput = z.infer<typeof thermometerInputSchema>;

export interface Thermometer {
  /** 0..1 of the tube's height; the goal is the top. Without a goal, the larger amount is the top. */
  pledgedShare: number;
  fulfilledShare: number;
  /** True when pledged or fulfilled went past the goal (the shares are capped at 1). */
  over: boolean;
  /** Whole percents of the goal, rounded down (100 only once the goal is reached); null without a goal. */
  pledgedPercent: number | null;
  fulfilledPercent: number | null;
  label: string;
}

/**
 * `format` writes an amount for the label (formatMoney for a currency, `n => `${n} hours``); plain
 * numbers by default.
 */
export function thermometer(input: ThermometerInput, format: (amount: number) => string = String): Thermometer {
  const { goal, pledged, fulfilled } = parseWith(thermometerInputSchema, input, 'the thermometer');
  const hasGoal = goal !== null && goal > 0;
  const top = hasGoal ? goal : Math.max(pledged, fulfilled);
  const share = (amount: number) => (top > 0 ? Math.min(1, amount / top) : 0);
  const percent = (amount: number) => (hasGoal ? Math.floor((amount * 100) / goal) : null);
  const pledgedPercent = percent(pledged);
  const label = hasGoal
    ? `${format(pledged)} pledged of ${format(goal)} (${pledgedPercent}%), ${format(fulfilled)} fulfilled`
    : `${format(pledged)} pledged, ${format(fulfilled)} fulfilled`;
  return {
    pledgedShare: share(pledged),
    fulfilledShare: share(fulfilled),
    over: hasGoal && Math.max(pledged, fulfilled) > goal,
    pledgedPercent,
    fulfilledPercent: percent(fulfilled),
    label,
  };
}
