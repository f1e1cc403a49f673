// Which tool a member CSV came from, and where each of its columns goes by default. Exports from
// Action Network and NationBuilder have fixed header names, so they are matched exactly; anything
// else is a hand-made spreadsheet, matched loosely ("E-mail", "Email address" and "email" are the
// same column). Our own 'ours' export is read as a spreadsheet: its headers are chosen to match
// here, and `custom:<key>` headers come back as the custom fields they were written from. A column
// we do not recognise is never dropped: it becomes a custom field named after its header, and the
// import wizard lets the person change any of these choices.
import type { ColumnTarget, ImportFormat } from '../contract/members.js';

/** Custom field names are at most 100 characters in the contract. */
const MAX_CUSTOM_KEY = 100;

const actionNetworkColumns: Record<string, ColumnTarget> = {
  uuid: 'externalId',
  first_name: 'firstName',
  last_name: 'lastName',
  email: 'email',
  zip_code: 'postalCode',
  can2_user_address: 'street',
  can2_user_city: 'city',
  can2_state_abbreviated: 'region',
  country: 'country',
  can2_phone: 'phone',
  'phone number': 'mobilePhone',
  can2_sms_status: 'smsConsent',
  can2_subscription_status: 'emailConsent',
  can2_subscription_date: 'joinedOn',
  can2_user_tags: 'tags',
};

const nationBuilderColumns: Record<string, ColumnTarget> = {
  nationbuilder_id: 'externalId',
  first_name: 'firstName',
  last_name: 'lastName',
  full_name: 'fullName',
  email: 'email',
  email_opt_in: 'emailConsent',
  phone_number: 'phone',
  mobile_number: 'mobilePhone',
  mobile_opt_in: 'smsConsent',
  tag_list: 'tags',
  created_at: 'joinedOn',
  recruiter_id: 'recruiterExternalId',
  primary_address1: 'street',
  primary_city: 'city',
  primary_state: 'region',
  primary_zip: 'postalCode',
  primary_country_code: 'country',
  membership_names: 'status',
  note: 'notes',
};

// Spreadsheet headers after `looseKey` (lower-case, letters and digits only).
const spreadsheetColumns: Record<string, ColumnTarget> = {};
const spreadsheetAliases: [ColumnTarget, string[]][] = [
  ['fullName', ['name', 'fullname', 'membername', 'contactname', 'displayname', 'person']],
  ['firstName', ['firstname', 'givenname', 'forename', 'first', 'fname']],
  ['lastName', ['lastname', 'surname', 'familyname', 'last', 'lname']],
  ['email', ['email', 'emailaddress', 'mail', 'emailaddr']],
  ['phone', ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone']],
  ['street', ['street', 'address', 'streetaddress', 'address1', 'addressline1']],
  ['city', ['city', 'town', 'locality']],
  ['region', ['region', 'state', 'province', 'county']],
  ['postalCode', ['postalcode', 'postcode', 'zip', 'zipcode', 'postal', 'plz']],
  ['country', ['country', 'countrycode']],
  ['emailConsent', ['emailconsent', 'emailoptin', 'emailok', 'subscribed']],
  ['smsConsent', ['smsconsent', 'smsoptin', 'textoptin', 'textconsent', 'smsok']],
  ['tags', ['tags', 'tag', 'labels', 'label']],
  ['status', ['status', 'memberstatus', 'membershipstatus']],
  ['joinedOn', ['joined', 'joinedon', 'joindate', 'datejoined', 'membersince', 'signupdate', 'signedup']],
  ['notes', ['notes', 'note', 'comments', 'comment']],
  ['externalId', ['id', 'externalid', 'memberid']],
  ['recruiterExternalId', ['recruitedby', 'recruiter', 'recruiterid', 'referredby']],
];
for (const [target, keys] of spreadsheetAliases) for (const key of keys) spreadsheetColumns[key] = target;

const phoneKeys = new Set(['phone', 'phonenumber', 'telephone', 'tel']);
const mobileKeys = new Set(['mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone']);

function looseKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function detectFormat(headers: string[]): ImportFormat {
  const names = new Set(headers.map((h) => h.trim().toLowerCase()));
  const hasPerson = names.has('first_name') || names.has('email');
  if (hasPerson && (names.has('uuid') || [...names].some((h) => h.startsWith('can2_')))) return 'actionnetwork';
  if (
    names.has('nationbuilder_id') ||
    (hasPerson && ['tag_list', 'email_opt_in', 'mobile_opt_in', 'membership_names'].some((h) => names.has(h)))
  ) {
    return 'nationbuilder';
  }
  return 'spreadsheet';
}

/** One target per header, in header order. */
export function defaultMapping(format: ImportFormat, headers: string[]): ColumnTarget[] {
  const hasPhoneColumn = headers.some((h) => phoneKeys.has(looseKey(h)));
  return headers.map((raw) => {
    const header = raw.trim();
    if (header === '') return 'ignore';
    // Our own export writes custom fields as `custom:<key>`; any format may carry them back.
    if (/^custom:.+$/i.test(header)) return customTarget(header.slice('custom:'.length));
    if (format === 'actionnetwork') return actionNetworkColumns[header.toLowerCase()] ?? customTarget(header);
    if (format === 'nationbuilder') return nationBuilderColumns[header.toLowerCase()] ?? customTarget(header);
    const key = looseKey(header);
    // "Mobile" is the phone column unless the sheet also has a phone column; then it is the fallback.
    if (mobileKeys.has(key) && hasPhoneColumn) return 'mobilePhone';
    return spreadsheetColumns[key] ?? customTarget(header);
  });
}

function customTarget(name: string): ColumnTarget {
  const key = name.trim().slice(0, MAX_CUSTOM_KEY);
  return key === '' ? 'ignore' : `custom:${key}`;
}
