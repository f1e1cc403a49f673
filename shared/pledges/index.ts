// The pledge rules (money, schedules, totals, thermometers) in one import for the core, the hub,
// the command line and the renderer. Pure functions: no I/O, nothing Node-only.
export * from './calendar-date.js';
export { campaignSchema, checkPledgeCurrency, parseCampaign, pledgeCurrencyProblem, type Campaign } from './campaign.js';
export { currencyCodeSchema, currencyProblem, minorDigits, type CurrencyCode } from './currency.js';
export * from './due-instalments.js';
export * from './errors.js';
export { indexInstalmentStatuses, isPaidBy, type InstalmentMarks, type StatusesInput } from './instalment-marks.js';
export * from './money.js';
export * from './pledge.js';
export * from './schedule.js';
export * from './thermometer.js';
export * from './totals.js';
export * from './pledge-tally.js';
export * from './units.js';
export * from './thermometer-svg.js';
export * from './receipt.js';
export { escapeMarkup } from './escape-markup.js';
