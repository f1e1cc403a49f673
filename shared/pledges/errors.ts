// The errors the pledge rules throw. Each message is written for the person who can fix the input
// ("'10.005' has 3 decimals; USD amounts have at most 2, like 10.00"), so a command line or a screen
// can show it as it is; the class says who made the mistake, for callers that must tell them apart.

/** An amount or currency that cannot be read, or a sum that would mix currencies or overflow. */
export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

/** Two amounts in different currencies were about to be added together. */
export class CurrencyMismatchError extends MoneyError {
  constructor(message: string) {
    super(message);
    this.name = 'CurrencyMismatchError';
  }
}

/** A pledge, an instalment status, a campaign or a date that does not fit its schema. */
export class PledgeInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PledgeInputError';
  }
}

/** A pledge recorded against a campaign that collects another currency (or no money at all). */
export class CampaignCurrencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CampaignCurrencyError';
  }
}
