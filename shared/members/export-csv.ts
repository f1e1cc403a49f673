// Writes members as CSV: our own complete format, or the column names Action Network and
// NationBuilder use, so a chapter can move its list to those tools and back. Our own importer must
// read every one of these files back to the same field values; the tests hold that round trip.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab/CR) as a formula, so
// a member named "=HYPERLINK(...)" could attack whoever opens the export. Such cells get a leading
// apostrophe, which Excel and Sheets hide and our importer strips again. The one exception is a phone
// column holding an E.164 number (+15551234567): it is data every tool expects as is, and digits
// after a plus cannot form a formula.
import type { ExportFormat, Member } from '../contract/members.js';
import { defaultMapping, detectFormat } from './import-formats.js';

type Column = {
  header: string;
  value: (m: Member) => string;
  /** Phone columns may start with '+' unguarded when the value is E.164. */
  phone?: boolean;
};

const plain = (v: string | null): string => v ?? '';
const yesNo = (v: boolean | null): string => (v === null ? '' : String(v));
const subscribed = (v: boolean | null): string => (v === null ? '' : v ? 'subscribed' : 'unsubscribed');
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
// A tag containing a comma comes back as two tags: the formats we write to have no escape for it.
const tagList = (tags: string[]): string => tags.join(', ');

const oursColumns: Column[] = [
  { header: 'id', value: (m) => m.id },
  { header: 'first_name', value: (m) => m.firstName },
  { header: 'last_name', value: (m) => m.lastName },
  { header: 'email', value: (m) => plain(m.email) },
  { header: 'phone', value: (m) => plain(m.phone), phone: true },
  { header: 'street', value: (m) => plain(m.street) },
  { header: 'city', value: (m) => plain(m.city) },
  { header: 'region', value: (m) => plain(m.region) },
  { header: 'postal_code', value: (m) => plain(m.postalCode) },
  { header: 'country', value: (m) => plain(m.country) },
  { header: 'email_consent', value: (m) => yesNo(m.emailConsent) },
  { header: 'sms_consent', value: (m) => yesNo(m.smsConsent) },
  { header: 'tags', value: (m) => tagList(m.tags) },
  { header: 'status', value: (m) => m.status },
  { header: 'joined_on', value: (m) => plain(m.joinedOn) },
  { header: 'recruited_by', value: (m) => plain(m.recruitedBy) },
  { header: 'notes', value: (m) => plain(m.notes) },
];

// Action Network's export headers (see test/fixtures/actionnetwork-sample.csv). Our ids are left
// out: Action Network's uuid column holds its own ids, and ours would mean nothing there.
const actionNetworkColumns: Column[] = [
  { header: 'first_name', value: (m) => m.firstName },
  { header: 'last_name', value: (m) => m.lastName },
  { header: 'email', value: (m) => plain(m.email) },
  { header: 'zip_code', value: (m) => plain(m.postalCode) },
  { header: 'can2_user_address', value: (m) => plain(m.street) },
  { header: 'can2_user_city', value: (m) => plain(m.city) },
  { header: 'can2_state_abbreviated', value: (m) => plain(m.region) },
  { header: 'country', value: (m) => plain(m.country) },
  { header: 'can2_phone', value: (m) => plain(m.phone), phone: true },
  { header: 'can2_sms_status', value: (m) => subscribed(m.smsConsent) },
  { header: 'can2_subscription_status', value: (m) => subscribed(m.emailConsent) },
  { header: 'can2_subscription_date', value: (m) => plain(m.joinedOn) },
  { header: 'can2_user_tags', value: (m) => tagList(m.tags) },
];

// NationBuilder's export and import headers. Ids are left out: nationbuilder_id and recruiter_id
// hold NationBuilder's own ids, and the core files an imported NationBuilder id as one, so ours
// must not travel in their place. Status travels as a membership name ("Member").
const nationBuilderColumns: Column[] = [
  { header: 'first_name', value: (m) => m.firstName },
  { header: 'last_name', value: (m) => m.lastName },
  { header: 'email', value: (m) => plain(m.email) },
  { header: 'email_opt_in', value: (m) => yesNo(m.emailConsent) },
  { header: 'phone_number', value: (m) => plain(m.phone), phone: true },
  { header: 'mobile_opt_in', value: (m) => yesNo(m.smsConsent) },
  { header: 'tag_list', value: (m) => tagList(m.tags) },
  { header: 'created_at', value: (m) => plain(m.joinedOn) },
  { header: 'primary_address1', value: (m) => plain(m.street) },
  { header: 'primary_city', value: (m) => plain(m.city) },
  { header: 'primary_state', value: (m) => plain(m.region) },
  { header: 'primary_zip', value: (m) => plain(m.postalCode) },
  { header: 'primary_country_code', value: (m) => plain(m.country) },
  { header: 'membership_names', value: (m) => capitalised(m.status) },
  { header: 'note', value: (m) => plain(m.notes) },
];

const columnsByFormat: Record<ExportFormat, Column[]> = {
  ours: oursColumns,
  actionnetwork: actionNetworkColumns,
  nationbuilder: nationBuilderColumns,
};

/**
 * The whole file as one string with CRLF line ends. 'ours' starts with a UTF-8 BOM so that Excel
 * opens accented names correctly; the other two do not, as their importers may not expect one.
 * Members are written as given: the caller chooses which (and excludes erased or merged ones).
 */
export function membersToCsv(members: Member[], format: ExportFormat): string {
  const columns = [...columnsByFormat[format], ...customColumns(members, format)];
  const lines = [columns.map((c) => escapeCell(c.header)).join(',')];
  for (const member of members) {
    lines.push(columns.map((c) => escapeCell(guardCell(c.value(member), c, format))).join(','));
  }
  const bom = format === 'ours' ? '\uFEFF' : '';
  return `${bom}${lines.join('\r\n')}\r\n`;
}

// One column per custom field key in use, sorted so that exports of the same data have the same
// columns. Our format marks them `custom:<key>`. The other tools take a custom field under its own
// name, unless our importer would misread that name: as a standard column ("Phone Number"), or as
// a sign of the other tool ("uuid" in a NationBuilder file). Then it is marked too, so the value
// comes back as the custom field it was.
function customColumns(members: Member[], format: ExportFormat): Column[] {
  const keys = new Set<string>();
  for (const member of members) for (const key of Object.keys(member.custom)) keys.add(key);
  const standard = columnsByFormat[format].map((c) => c.header);
  const needsMark = (key: string): boolean =>
    format === 'ours' ||
    defaultMapping(format, [key])[0] !== `custom:${key}` ||
    detectFormat([...standard, key]) !== format;
  return [...keys].sort().map((key) => ({
    header: needsMark(key) ? `custom:${key}` : key,
    // hasOwn, so a key like "__proto__" or "constructor" never reads Object.prototype.
    value: (m: Member) => (Object.hasOwn(m.custom, key) ? (m.custom[key] ?? '') : ''),
  }));
}

function guardCell(value: string, column: Column, format: ExportFormat): string {
  if (column.phone && /^\+\d+$/.test(value)) return value;
  if (/^[=+\-@\t\r]/.test(value)) return `'${value}`;
  // NationBuilder imports strip any leading apostrophe, so a real one is doubled to survive.
  if (format === 'nationbuilder' && value.startsWith("'")) return `'${value}`;
  return value;
}

/** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
function escapeCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
