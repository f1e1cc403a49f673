// The small readers behind each imported column: names, phones, consent flags, tags, status and
// country. Each takes a trimmed, non-blank cell and returns either a value or a problem; the row
// normaliser turns problems into sentences that quote the column and the cell, so every reader
// here stays free of wording about headers.
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { memberFieldsSchema, memberStatuses, type ImportFormat, type MemberStatus } from '../contract/members.js';

export type ValueResult<T> = { ok: true; value: T } | { ok: false };

const fail = { ok: false } as const;

/** "Ada Lovelace" → Ada / Lovelace; "Lovelace, Ada" → Ada / Lovelace; "Ada" → first name only. */
export function splitFullName(value: string): { firstName?: string; lastName?: string } {
  const commaParts = value.split(',');
  if (commaParts.length === 2) {
    const last = collapse(commaParts[0]!);
    const first = collapse(commaParts[1]!);
    if (first && last) return { firstName: first, lastName: last };
  }
  const words = collapse(value.replace(/,/g, ' ')).split(' ').filter((w) => w !== '');
  if (words.length === 0) return {};
  if (words.length === 1) return { firstName: words[0]! };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}

function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

/** Lower-cased, and checked with the same rule the contract applies to a member's e-mail. */
export function readEmail(value: string): ValueResult<string> {
  const email = value.replace(/^mailto:/i, '').toLowerCase();
  const checked = memberFieldsSchema.shape.email.safeParse(email);
  return checked.success && checked.data ? { ok: true, value: checked.data } : fail;
}

/**
 * E.164, reading national numbers in `region` (the row's country, else the chapter's). We ask only
 * that the number be *possible* (right length for its country), not *valid*: real exports are full
 * of numbers from new or reserved ranges, such as the US 555 numbers in test data, that libphonenumber
 * calls invalid.
 */
// A number already written internationally (+, then digits with the usual separators) is E.164
// once the separators go. libphonenumber would take ~18 µs a number to find which +1 country it
// belongs to, which a 100,000-row import feels; it is kept for numbers written nationally.
const INTERNATIONAL = /^\+[\d\s().-]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

export function readPhone(value: string, region: string): ValueResult<string> {
  if (INTERNATIONAL.test(value)) {
    const e164 = `+${value.replace(/\D/g, '')}`;
    if (E164.test(e164)) return { ok: true, value: e164 };
  }
  const defaultCountry = isCountryCode(region) ? region : undefined;
  const parsed = parsePhoneNumberFromString(value, defaultCountry);
  if (!parsed || !parsed.isPossible()) return fail;
  const checked = memberFieldsSchema.shape.phone.safeParse(parsed.number);
  return checked.success && checked.data ? { ok: true, value: checked.data } : fail;
}

// Spellings of yes and no seen in exports: checkboxes, Action Network's subscription statuses and
// NationBuilder's opt-ins. A bounced or spam-reporting address counts as no: we must not message it.
const consentWords: Record<string, boolean> = {
  true: true, yes: true, y: true, '1': true, t: true, on: true, x: true,
  subscribed: true, optin: true, optedin: true, consented: true,
  false: false, no: false, n: false, '0': false, f: false, off: false,
  unsubscribed: false, optout: false, optedout: false, notsubscribed: false,
  bouncing: false, previousbounce: false, spamcomplaint: false, previousspamcomplaint: false,
};

export function readConsent(value: string): ValueResult<boolean> {
  const word = value.toLowerCase().replace(/[\s_-]+/g, '');
  const consent = consentWords[word];
  return consent === undefined ? fail : { ok: true, value: consent };
}

/**
 * Action Network and NationBuilder separate tags with commas. Spreadsheets use either commas or
 * semicolons (European Excel), so both split there. Duplicates differing only in case keep the
 * first spelling.
 */
export function splitTags(value: string, format: ImportFormat): string[] {
  const parts = value.split(format === 'spreadsheet' ? /[;,]/ : /,/);
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of parts) {
    const tag = collapse(part);
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

export function readStatus(value: string): ValueResult<MemberStatus> {
  const status = memberStatuses.find((s) => s === value.toLowerCase());
  return status ? { ok: true, value: status } : fail;
}

/**
 * NationBuilder lists the names of a person's memberships ("Member", "Annual dues, Volunteer").
 * Those names are chosen by each nation, so any membership at all makes a member, unless one is
 * literally named after another of our statuses (which is how our own NationBuilder export
 * writes them).
 */
export function readMembershipNames(value: string): MemberStatus {
  const names = value.split(',').map((n) => n.trim().toLowerCase());
  return memberStatuses.find((s) => names.includes(s)) ?? 'member';
}

let countriesByName: Map<string, string> | undefined;

/** Two-letter codes as they are, and English country names ("United States", "USA", "UK"). */
export function readCountry(value: string): ValueResult<string> {
  const upper = value.toUpperCase();
  if (isCountryCode(upper)) return { ok: true, value: upper };
  countriesByName ??= buildCountryNames();
  const code = countriesByName.get(nameKey(value));
  return code ? { ok: true, value: code } : fail;
}

let countryCodes: Set<string> | undefined;

export function isCountryCode(code: string): code is CountryCode {
  countryCodes ??= new Set(getCountries());
  return countryCodes.has(code);
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]+/gu, '');
}

function buildCountryNames(): Map<string, string> {
  const names = new Map<string, string>([
    ['usa', 'US'], ['unitedstatesofamerica', 'US'], ['us', 'US'], ['america', 'US'],
    ['uk', 'GB'], ['greatbritain', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'],
    ['northernireland', 'GB'],
  ]);
  const display =
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : undefined;
  for (const code of getCountries()) {
    const name = display?.of(code);
    if (name && name !== code) names.set(nameKey(name), code);
  }
  return names;
}
