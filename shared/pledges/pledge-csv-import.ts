// Reading pledges from a CSV file, one row at a time, with the same care as member imports: each
// row is either a pledge that can be recorded as it stands or a reason a person can act on ("the
// amount '10,50' has a comma; write decimals with a point"). The file is decoded and split by the
// members' CSV reader (shared/members/csv-decode.ts, csv-parse.ts); dates are read by the members'
// strict date reader. Members and campaigns are looked up through the caller's lookups, so these
// rules stay pure and the core decides where the roster comes from.
// Our own pledge export (pledge-csv-export.ts) reads back through here to the same pledges.
import { readEmail } from '../members/import-values.js';
import { parseStrictDate } from '../members/import-date.js';
import { quoteValue } from '../proposals/describe-value.js';
import { pledgeCurrencyProblem } from './campaign.js';
import { currencyProblem } from './currency.js';
import { isIsoDate } from './calendar-date.js';
import { pledgeIdPattern, pledgeSchema, type PausedRange, type Pledge, type PledgeKind, type Recurrence } from './pledge.js';
import { readUnitAmount } from './units.js';

export const pledgeColumns = ['id', 'memberId', 'memberEmail', 'campaignId', 'campaignName', 'kind', 'amount', 'currency', 'recurrence', 'startOn', 'pausedRanges', 'cancelledOn', 'note'] as const;
export type PledgeColumn = (typeof pledgeColumns)[number];

/** The headers each column is known by, normalised (lower case, words joined by '_'). */
const headerNames: Record<PledgeColumn, string[]> = {
  id: ['id', 'pledge_id'],
  memberId: ['member_id', 'member'],
  memberEmail: ['member_email', 'email', 'e_mail', 'email_address'],
  campaignId: ['campaign_id', 'campaign'],
  campaignName: ['campaign_name'],
  kind: ['kind', 'type', 'pledge_type', 'pledge_kind'],
  amount: ['amount', 'pledge_amount', 'value'],
  currency: ['currency', 'currency_code'],
  recurrence: ['recurrence', 'frequency', 'schedule', 'repeat', 'recurring'],
  startOn: ['start_on', 'start', 'start_date', 'starts_on', 'date', 'pledged_on', 'pledge_date'],
  pausedRanges: ['paused', 'paused_ranges', 'pauses'],
  cancelledOn: ['cancelled_on', 'canceled_on', 'cancelled', 'canceled', 'cancel_date'],
  note: ['note', 'notes', 'comment', 'comments'],
};

/** Longest ids: an instalment id (`<pledge id>_<date>`) must stay within the 64 characters of a row id. */
export const MAX_PLEDGE_ID = 52;

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s\-.]+/g, '_');
}

export interface PledgeColumnMap {
  /** One column (or null: ignored) per header, in header order. */
  columns: (PledgeColumn | null)[];
  /** Headers that mean nothing to the importer: shown in the preview, never an error. */
  ignored: string[];
}

/** Which header is which column; throws a sentence naming what the file lacks. */
export function mapPledgeColumns(headers: string[]): PledgeColumnMap {
  const byName = new Map<string, PledgeColumn>();
  for (const column of pledgeColumns) for (const name of headerNames[column]) byName.set(name, column);
  const seen = new Set<PledgeColumn>();
  const columns = headers.map((header) => {
    const column = byName.get(normaliseHeader(header)) ?? null;
    // A second header for the same column (email and member_email) is ignored, not merged.
    if (column === null || seen.has(column)) return null;
    seen.add(column);
    return column;
  });
  const ignored = headers.filter((_, i) => columns[i] === null);
  const lacks: string[] = [];
  if (!seen.has('amount')) lacks.push('amount column');
  if (!seen.has('memberId') && !seen.has('memberEmail')) lacks.push('member_id or member_email column');
  if (lacks.length > 0) {
    throw new PledgeFileError(`the file has no ${lacks.join(' and no ')}; the first line should name the columns, like member_email,amount,currency,recurrence,start_on`);
  }
  return { columns, ignored };
}

export class PledgeFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PledgeFileError';
  }
}

export interface CampaignRef {
  id: string;
  name: string;
  kind: PledgeKind;
  currency: string | null;
}

/** How the caller's roster and campaigns are searched; 'ambiguous' when two match. */
export interface PledgeImportLookups {
  memberById(id: string): { id: string } | undefined;
  memberByEmail(email: string): { id: string } | 'ambiguous' | undefined;
  campaignById(id: string): CampaignRef | undefined;
  campaignByName(name: string): CampaignRef | 'ambiguous' | undefined;
}

export interface ImportedPledge {
  pledge: Pledge;
  memberId: string;
  campaignId: string | null;
  note: string | null;
  /** The id came from the file (a re-imported export), rather than being made for this row. */
  idFromFile: boolean;
}

export type PledgeRowResult = { ok: true; row: ImportedPledge } | { ok: false; reason: string };

export interface PledgeRowContext {
  /** Decides day/month order in dates like 03/04/2025 (month first in the US). */
  country: string;
  lookups: PledgeImportLookups;
  /** The id for a row that brings none. */
  newId: () => string;
}

const recurrenceWords: Record<string, Recurrence> = {
  '': 'once',
  once: 'once',
  'one-off': 'once',
  'one off': 'once',
  oneoff: 'once',
  'one-time': 'once',
  'one time': 'once',
  single: 'once',
  weekly: 'weekly',
  week: 'weekly',
  'every week': 'weekly',
  monthly: 'monthly',
  month: 'monthly',
  'every month': 'monthly',
};

const kindWords: Record<string, PledgeKind> = {
  money: 'money',
  cash: 'money',
  donation: 'money',
  hours: 'hours',
  hour: 'hours',
  time: 'hours',
  actions: 'actions',
  action: 'actions',
  calls: 'actions',
  doors: 'actions',
};

/** Reads one row; every problem in it at once, so a person fixes the row in one go. */
export function readPledgeRow(cells: string[], map: PledgeColumnMap, ctx: PledgeRowContext): PledgeRowResult {
  const value = (column: PledgeColumn): string => {
    const index = map.columns.indexOf(column);
    return index === -1 ? '' : cleanCell(cells[index] ?? '');
  };
  const problems: string[] = [];

  const givenId = value('id');
  if (givenId && (!pledgeIdPattern.test(givenId) || givenId.length > MAX_PLEDGE_ID)) {
    problems.push(`the id ${quoteValue(givenId)} is not a pledge id (letters, digits, '_' and '-', at most ${MAX_PLEDGE_ID}); leave the id empty for a new pledge`);
  }

  const memberId = findMember(value('memberId'), value('memberEmail'), ctx.lookups, problems);
  const campaign = findCampaign(value('campaignId'), value('campaignName'), ctx.lookups, problems);

  const currencyText = value('currency').toUpperCase();
  const kindText = value('kind').toLowerCase();
  let kind: PledgeKind | undefined = kindText ? kindWords[kindText] : undefined;
  if (kindText && !kind) problems.push(`the kind ${quoteValue(value('kind'))} is not money, hours or actions`);
  if (!kindText) kind = currencyText || campaign?.kind === 'money' ? 'money' : campaign?.kind;
  if (!kindText && !kind) problems.push('say what is pledged: give a currency for money, or a kind of hours or actions');

  let currency: string | undefined;
  if (kind === 'money') {
    currency = currencyText || campaign?.currency || undefined;
    if (!currency) problems.push('a money pledge needs a currency, like USD');
    else {
      const bad = currencyProblem(currency);
      if (bad) {
        problems.push(bad);
        currency = undefined;
      }
    }
  } else if (kind && currencyText) {
    problems.push(`a pledge of ${kind} has no currency; leave the currency empty`);
  }

  let amount: number | undefined;
  const amountText = value('amount');
  if (!amountText) problems.push('the amount is empty');
  else if (kind && (kind !== 'money' || currency)) {
    const read = readUnitAmount(amountText, { kind, currency: currency ?? null });
    if (!read.ok) problems.push(read.reason);
    else if (read.amount <= 0) problems.push('the amount of a pledge is more than 0');
    else amount = read.amount;
  }

  const recurrenceText = value('recurrence').toLowerCase();
  const recurrence = recurrenceWords[recurrenceText];
  if (!recurrence) problems.push(`the recurrence ${quoteValue(value('recurrence'))} is not once, weekly or monthly`);

  const startOn = readDate(value('startOn'), 'the start date', ctx.country, problems, true);
  const cancelledOn = readDate(value('cancelledOn'), 'the cancellation date', ctx.country, problems, false);
  const pausedRanges = readPauses(value('pausedRanges'), problems);
  if (startOn && cancelledOn && cancelledOn <= startOn) problems.push(`the cancellation date ${cancelledOn} is not after the start date ${startOn}`);

  if (campaign && kind) {
    const problem = pledgeCurrencyProblem({ currency: campaign.currency ?? '', goalMinor: 1 }, { kind, currency });
    // A campaign counting hours or actions takes pledges of its own kind.
    const mismatch = campaign.kind === 'money' ? problem : kind !== campaign.kind ? `the campaign ${campaign.name} counts ${campaign.kind}; a pledge of ${kind} cannot count toward it` : null;
    if (mismatch) problems.push(mismatch.replace('this campaign', `the campaign ${campaign.name}`));
  }

  const note = value('note');
  if (note.length > 2000) problems.push('the note is longer than 2,000 characters');

  if (problems.length > 0 || !kind || amount === undefined || !recurrence || !startOn || !memberId) {
    return { ok: false, reason: problems.join('; ') || 'the row cannot be read' };
  }
  const pledge: Pledge = {
    id: givenId || ctx.newId(),
    kind,
    amount,
    ...(kind === 'money' ? { currency } : {}),
    recurrence,
    startOn,
    ...(pausedRanges.length > 0 ? { pausedRanges } : {}),
    ...(cancelledOn ? { cancelledOn } : {}),
  };
  const checked = pledgeSchema.safeParse(pledge);
  if (!checked.success) return { ok: false, reason: checked.error.issues.map((i) => i.message).join('; ') };
  return { ok: true, row: { pledge, memberId, campaignId: campaign?.id ?? null, note: note || null, idFromFile: givenId !== '' } };
}

function findMember(id: string, emailText: string, lookups: PledgeImportLookups, problems: string[]): string | undefined {
  if (id) {
    const member = lookups.memberById(id);
    if (member) return member.id;
    if (!emailText) {
      problems.push(`there is no member with id ${quoteValue(id)} in this chapter`);
      return undefined;
    }
  }
  if (!emailText) {
    problems.push('the row names no member: give a member_id or member_email');
    return undefined;
  }
  const email = readEmail(emailText);
  if (!email.ok) {
    problems.push(`${quoteValue(emailText)} is not an e-mail address`);
    return undefined;
  }
  const member = lookups.memberByEmail(email.value);
  if (member === 'ambiguous') problems.push(`more than one member has the e-mail ${email.value}; merge them, or give the member_id`);
  else if (!member) problems.push(`no member has the e-mail ${email.value}; add them to the roster first`);
  else return member.id;
  return undefined;
}

function findCampaign(id: string, name: string, lookups: PledgeImportLookups, problems: string[]): CampaignRef | undefined {
  if (!id && !name) return undefined;
  if (id) {
    const byId = lookups.campaignById(id);
    if (byId) return byId;
  }
  const wanted = name || id;
  const byName = lookups.campaignByName(wanted);
  if (byName === 'ambiguous') problems.push(`more than one campaign is called ${quoteValue(wanted)}; give the campaign's id`);
  else if (!byName) problems.push(`there is no campaign ${quoteValue(wanted)}; create it first, or leave the campaign empty for a pledge to the chapter`);
  else return byName;
  return undefined;
}

function readDate(text: string, subject: string, country: string, problems: string[], required: boolean): string | undefined {
  if (!text) {
    if (required) problems.push(`${subject} is empty; write it like 2025-03-31`);
    return undefined;
  }
  const read = parseStrictDate(text, country);
  if (read.ok) return read.date;
  problems.push(
    read.problem === 'impossible'
      ? `${subject} ${quoteValue(text)} does not exist; check the day and month`
      : `${subject} ${quoteValue(text)} is not a date like 2025-03-31`,
  );
  return undefined;
}

/** Pauses as our export writes them: `2025-04-01..2025-04-30; 2025-06-01..` (no end: still paused). */
function readPauses(text: string, problems: string[]): PausedRange[] {
  const ranges: PausedRange[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})?$/.exec(part);
    if (!match || !isIsoDate(match[1]!) || (match[2] !== undefined && !isIsoDate(match[2]))) {
      problems.push(`the pause ${quoteValue(part)} is not written like 2025-04-01..2025-04-30 (or 2025-04-01.. while it has no end)`);
      continue;
    }
    const to = match[2] ?? null;
    if (to !== null && to < match[1]!) problems.push(`the pause ${part} ends before it starts`);
    else ranges.push({ from: match[1]!, to });
  }
  return ranges;
}

/** Our exports guard cells against formulas with a leading apostrophe; take it off again. */
function cleanCell(raw: string): string {
  const value = raw.trim();
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1).trim() : value;
}
