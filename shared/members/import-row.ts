// Turns one CSV record into the member fields it carries, or into the one reason it cannot be
// imported. It never touches the database: the core decides whether the result creates or updates a
// member. Two rules shape everything here:
//  - a blank cell means "this file says nothing", so the field is left ABSENT, never set to empty,
//    and a re-import can never erase what a member's record already holds;
//  - a reason is a sentence a person can act on, quoting the column header and the cell as written.
import { memberFieldsSchema, type ColumnTarget, type ImportFormat, type MemberStatus } from '../contract/members.js';
import { parseStrictDate } from './import-date.js';
import {
  readConsent,
  readCountry,
  readEmail,
  readMembershipNames,
  readPhone,
  readStatus,
  splitFullName,
  splitTags,
} from './import-values.js';

export interface ImportedMember {
  firstName?: string;
  lastName?: string;
  email?: string;
  /** E.164. */
  phone?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166 alpha-2, upper case. */
  country?: string;
  emailConsent?: boolean;
  smsConsent?: boolean;
  /** Always present; empty when the file has no tags for this row (tags are added, never removed). */
  tags: string[];
  status?: MemberStatus;
  /** YYYY-MM-DD. */
  joinedOn?: string;
  notes?: string;
  custom: Record<string, string>;
  /** The person's id in the system the file came from (Action Network uuid, NationBuilder id, our id). */
  externalId?: string;
  /** The recruiter's id in that same system. */
  recruiterExternalId?: string;
}

export interface ImportRowContext {
  /** ISO alpha-2 of the chapter: the default region for phone numbers and the day/month order. */
  country: string;
  format: ImportFormat;
  headers: string[];
}

export type ImportRowResult = { ok: true; member: ImportedMember } | { ok: false; reason: string };

type Cell = { value: string; header: string };

class RowRejected extends Error {}

/** Thrown inside, caught once at the bottom, so each check reads as a single line. */
function reject(reason: string): never {
  throw new RowRejected(reason);
}

const quote = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

export function normaliseRow(cells: string[], mapping: ColumnTarget[], ctx: ImportRowContext): ImportRowResult {
  try {
    return { ok: true, member: buildMember(collectCells(cells, mapping, ctx), ctx) };
  } catch (error) {
    if (error instanceof RowRejected) return { ok: false, reason: error.message };
    throw error;
  }
}

// Groups the non-blank cells by target. Several columns may share a target (two phone columns, a
// "Tags" and a "Labels" column); the readers below decide how to combine them.
function collectCells(cells: string[], mapping: ColumnTarget[], ctx: ImportRowContext): Map<ColumnTarget, Cell[]> {
  const byTarget = new Map<ColumnTarget, Cell[]>();
  mapping.forEach((target, index) => {
    if (target === 'ignore') return;
    const value = cleanCell(cells[index] ?? '', ctx.format);
    if (value === '') return;
    const header = ctx.headers[index] || `column ${index + 1}`;
    const list = byTarget.get(target);
    if (list) list.push({ value, header });
    else byTarget.set(target, [{ value, header }]);
  });
  return byTarget;
}

// Excel users (and NationBuilder's exports) put an apostrophe in front of a value to stop Excel
// reading it as a number or formula ('0123, '+1555...). In NationBuilder files any leading apostrophe
// is that. Elsewhere we strip it only before = + - @, which is what our own export adds against
// formula injection, so a name that really starts with an apostrophe survives.
function cleanCell(raw: string, format: ImportFormat): string {
  const value = raw.trim();
  if (value.charCodeAt(0) !== 0x27) return value;
  if (format === 'nationbuilder' || /^'[=+\-@\t\r]/.test(value)) return value.slice(1).trim();
  return value;
}

function buildMember(cells: Map<ColumnTarget, Cell[]>, ctx: ImportRowContext): ImportedMember {
  const first = (target: ColumnTarget): Cell | undefined => cells.get(target)?.[0];
  const text = (target: ColumnTarget): string | undefined => first(target)?.value;
  const member: ImportedMember = { tags: [], custom: {} };

  member.firstName = text('firstName');
  member.lastName = text('lastName');
  const fullName = text('fullName');
  if (fullName && !member.firstName && !member.lastName) Object.assign(member, splitFullName(fullName));

  const email = first('email');
  if (email) {
    const read = readEmail(email.value);
    if (!read.ok) reject(`'${email.header}' is not an email address: ${quote(email.value)}`);
    member.email = read.value;
  }

  for (const target of ['street', 'city', 'region', 'postalCode', 'externalId', 'recruiterExternalId'] as const) {
    member[target] = text(target);
  }

  const country = first('country');
  if (country) {
    const read = readCountry(country.value);
    if (!read.ok) {
      reject(`'${country.header}' is not a country we know: ${quote(country.value)}; use a two-letter code like US`);
    }
    member.country = read.value;
  }

  // The main phone wins over a mobile; only the number we keep is checked.
  const phone = first('phone') ?? first('mobilePhone');
  if (phone) {
    const read = readPhone(phone.value, member.country ?? ctx.country.toUpperCase());
    if (!read.ok) {
      const hint = 'include the country code, like +15551234567';
      reject(`'${phone.header}' is not a phone number we can read: ${quote(phone.value)}; ${hint}`);
    }
    member.phone = read.value;
  }

  for (const target of ['emailConsent', 'smsConsent'] as const) {
    const cell = first(target);
    if (!cell) continue;
    const read = readConsent(cell.value);
    if (!read.ok) reject(`'${cell.header}' is not yes or no: ${quote(cell.value)}; use yes or no`);
    member[target] = read.value;
  }

  // Several tag columns are merged; splitTags drops duplicates in one cell, this across cells.
  const tagsByKey = new Map<string, string>();
  for (const cell of cells.get('tags') ?? []) {
    for (const tag of splitTags(cell.value, ctx.format)) {
      if (!tagsByKey.has(tag.toLowerCase())) tagsByKey.set(tag.toLowerCase(), tag);
    }
  }
  member.tags = [...tagsByKey.values()];

  const status = first('status');
  if (status) member.status = readStatusCell(status, ctx);

  const joined = first('joinedOn');
  if (joined) {
    const read = parseStrictDate(joined.value, ctx.country);
    if (!read.ok) {
      if (read.problem === 'impossible') reject(`'${joined.header}' is not a real date: ${quote(joined.value)}`);
      reject(`'${joined.header}' is not a date we can read: ${quote(joined.value)}; use a date like 2025-03-31`);
    }
    member.joinedOn = read.date;
  }

  // Several note columns are all worth keeping, so they are joined rather than the first winning.
  const notes = (cells.get('notes') ?? []).map((cell) => cell.value.replace(/\r\n?/g, '\n'));
  if (notes.length > 0) member.notes = notes.join('\n\n');

  // Built with fromEntries so a column named "__proto__" is an ordinary key, not a prototype.
  const custom: [string, string][] = [];
  for (const [target, list] of cells) {
    if (target.startsWith('custom:')) custom.push([target.slice('custom:'.length), list[0]!.value]);
  }
  member.custom = Object.fromEntries(custom);

  if (!member.firstName && !member.lastName && !member.email && !member.phone) {
    reject('no name, e-mail or phone: a row needs at least one of them to be a member');
  }
  checkLengths(member, cells);
  return dropAbsent(member);
}

function readStatusCell(cell: Cell, ctx: ImportRowContext): MemberStatus {
  if (ctx.format === 'nationbuilder' && cell.header.toLowerCase() === 'membership_names') {
    return readMembershipNames(cell.value);
  }
  const read = readStatus(cell.value);
  if (!read.ok) {
    reject(`'${cell.header}' is not a member status: ${quote(cell.value)}; use member, supporter or lapsed`);
  }
  return read.value;
}

const lengthChecked = memberFieldsSchema.partial();

// The contract's limits (200-character names, 60-character tags...) are checked here, with the
// column named, so a too-long value rejects its row now instead of failing the whole write later.
function checkLengths(member: ImportedMember, cells: Map<ColumnTarget, Cell[]>): void {
  const { externalId: _id, recruiterExternalId: _recruiter, ...fields } = member;
  const checked = lengthChecked.safeParse(fields);
  if (checked.success) return;
  const issue = checked.error.issues[0]!;
  const [field, key] = issue.path;
  const max = 'maximum' in issue ? String(issue.maximum) : undefined;
  if (field === 'tags' && key !== undefined) {
    reject(`the tag ${quote(String(member.tags[Number(key)]))} is too long: ${issue.message}`);
  }
  if (field === 'tags') reject(`this row has more than ${max} tags`);
  if (field === 'custom' && issue.code === 'invalid_key') {
    reject(`the column name ${quote(String(key))} is too long for a custom field (at most 100 characters)`);
  }
  const target = (field === 'custom' ? `custom:${String(key)}` : field) as ColumnTarget;
  const header = cells.get(target)?.[0]?.header ?? String(key ?? field);
  if (issue.code === 'too_big') reject(`'${header}' is longer than ${max} characters`);
  reject(`'${header}': ${issue.message}`);
}

function dropAbsent(member: ImportedMember): ImportedMember {
  for (const key of Object.keys(member) as (keyof ImportedMember)[]) {
    if (member[key] === undefined) delete member[key];
  }
  return member;
}
