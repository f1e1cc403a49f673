// A campaign collects money in one currency toward a goal, and a pledge to it is in that currency.
// A pledge in another currency is refused where it is recorded, with a message saying what to do,
// because converting it would need a rate nobody agreed on, and keeping it would mix currencies in
// the campaign's total.
import { z } from 'zod';
import { quoteValue } from '../proposals/describe-value.js';
import { currencyCodeSchema, type CurrencyCode } from './currency.js';
import { CampaignCurrencyError } from './errors.js';
import { parseWith, type Pledge } from './pledge.js';

export const campaignSchema = z.object(
  {
    currency: currencyCodeSchema,
    /** The goal in minor units: 500000 is 5000.00 USD. */
    goalMinor: z
      .number({ error: (iss) => `the goal is ${quoteValue(iss.input)}, not a whole number of minor units` })
      .refine(Number.isSafeInteger, { error: (iss) => `the goal ${quoteValue(iss.input)} is not a whole number of minor units` })
      .refine((n) => n > 0, 'the goal is more than 0'),
  },
  { error: 'a campaign is an object with a currency and a goal in minor units' },
);

export interface Campaign {
  currency: CurrencyCode;
  goalMinor: number;
}

export function parseCampaign(input: unknown): Campaign {
  return parseWith(campaignSchema, input, 'the campaign');
}

/** Why this pledge cannot count toward this campaign, or null when it can. */
export function pledgeCurrencyProblem(campaign: Campaign, pledge: Pick<Pledge, 'kind' | 'currency'>): string | null {
  if (pledge.kind !== 'money') {
    return `this campaign collects ${campaign.currency}; a pledge of ${pledge.kind} cannot count toward it, so record it for the chapter or in another campaign`;
  }
  if (pledge.currency !== campaign.currency) {
    return `this campaign collects ${campaign.currency}; record the pledge in ${campaign.currency} or in another campaign`;
  }
  return null;
}

/** Throws a CampaignCurrencyError when the pledge is not money in the campaign's currency. */
export function checkPledgeCurrency(campaign: Campaign, pledge: Pick<Pledge, 'kind' | 'currency'>): void {
  const problem = pledgeCurrencyProblem(campaign, pledge);
  if (problem) throw new CampaignCurrencyError(problem);
}
