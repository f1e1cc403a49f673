// Between the members table (snake_case columns) and the contract's Member (camelCase fields).
import type { Member, MemberFields } from '../../../shared/contract/members.js';

export interface MemberRow {
  id: string;
  chapter_id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  country: string | null;
  email_consent: boolean | null;
  sms_consent: boolean | null;
  tags: string[];
  status: Member['status'];
  joined_on: string | null;
  recruited_by: string | null;
  notes: string | null;
  custom: Record<string, string>;
  merged_into: string | null;
  deleted_at: string | null;
  erased_at: string | null;
  updated_hlc: string;
}

/** Contract field → column. The one place the two namings meet. */
export const fieldColumns: Record<keyof MemberFields, keyof MemberRow> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  street: 'street',
  city: 'city',
  region: 'region',
  postalCode: 'postal_code',
  country: 'country',
  emailConsent: 'email_consent',
  smsConsent: 'sms_consent',
  tags: 'tags',
  status: 'status',
  joinedOn: 'joined_on',
  recruitedBy: 'recruited_by',
  notes: 'notes',
  custom: 'custom',
};

export const memberColumns =
  'id, chapter_id, first_name, last_name, email, phone, street, city, region, postal_code, country, email_consent, sms_consent, tags, status, joined_on, recruited_by, notes, custom, merged_into, deleted_at, erased_at, updated_hlc';

export function rowToMember(row: MemberRow): Member {
  return {
    id: row.id,
    chapterId: row.chapter_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    street: row.street,
    city: row.city,
    region: row.region,
    postalCode: row.postal_code,
    country: row.country,
    emailConsent: row.email_consent,
    smsConsent: row.sms_consent,
    tags: row.tags ?? [],
    status: row.status,
    joinedOn: row.joined_on,
    recruitedBy: row.recruited_by,
    notes: row.notes,
    custom: row.custom ?? {},
    mergedInto: row.merged_into,
    deletedAt: row.deleted_at,
    erasedAt: row.erased_at,
    updatedHlc: row.updated_hlc,
  };
}

/** The columns a partial change sets, for a change message. */
export function changesToValues(changes: Partial<MemberFields>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes) as [keyof MemberFields, unknown][]) {
    if (value !== undefined) values[fieldColumns[field]] = value;
  }
  return values;
}
