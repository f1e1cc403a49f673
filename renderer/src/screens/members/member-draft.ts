// The profile form's model, free of React: a member's fields as the form holds them (strings for
// inputs, a list for custom fields), the changes a draft makes to a member, and the checks that are
// cheap enough to run as the person types. The checks are the contract's own zod rules
// (shared/contract/members.ts), so the form and the core never disagree.
import { memberCreateSchema, memberFieldsSchema, type Member, type MemberFields, type MemberStatus } from '../../../../shared/contract/members';

export type Consent = '' | 'yes' | 'no';

export interface MemberDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  emailConsent: Consent;
  smsConsent: Consent;
  tags: string[];
  status: MemberStatus;
  joinedOn: string;
  recruitedBy: string | null;
  notes: string;
  custom: { key: string; value: string }[];
}

export type DraftField = keyof MemberDraft;

const textFields = ['firstName', 'lastName', 'email', 'phone', 'street', 'city', 'region', 'postalCode', 'country', 'joinedOn', 'notes'] as const;
type TextField = (typeof textFields)[number];
const requiredText = new Set<TextField>(['firstName', 'lastName']);

export function emptyDraft(): MemberDraft {
  return {
    firstName: '', lastName: '', email: '', phone: '', street: '', city: '', region: '', postalCode: '', country: '',
    emailConsent: '', smsConsent: '', tags: [], status: 'member', joinedOn: '', recruitedBy: null, notes: '', custom: [],
  };
}

export function draftFromMember(m: Member): MemberDraft {
  const consent = (v: boolean | null): Consent => (v === null ? '' : v ? 'yes' : 'no');
  return {
    firstName: m.firstName, lastName: m.lastName, email: m.email ?? '', phone: m.phone ?? '', street: m.street ?? '',
    city: m.city ?? '', region: m.region ?? '', postalCode: m.postalCode ?? '', country: m.country ?? '',
    emailConsent: consent(m.emailConsent), smsConsent: consent(m.smsConsent), tags: [...m.tags], status: m.status,
    joinedOn: m.joinedOn ?? '', recruitedBy: m.recruitedBy, notes: m.notes ?? '',
    custom: Object.entries(m.custom).map(([key, value]) => ({ key, value })),
  };
}

/** The contract value of one draft field ('' becomes null where the field may be empty). */
export function fieldValue<F extends DraftField>(draft: MemberDraft, field: F): unknown {
  const v = draft[field];
  if ((textFields as readonly string[]).includes(field)) {
    const text = (v as string).trim();
    if (requiredText.has(field as TextField)) return text;
    if (text === '') return null;
    return field === 'country' ? text.toUpperCase() : field === 'notes' ? (v as string) : text;
  }
  if (field === 'emailConsent' || field === 'smsConsent') return v === '' ? null : v === 'yes';
  if (field === 'custom') return customRecord(draft.custom);
  return v;
}

export function customRecord(rows: { key: string; value: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (key !== '') out[key] = row.value;
  }
  return out;
}

const draftFields = Object.keys(emptyDraft()) as DraftField[];

/** Only what differs from `base`: an update sends these, and nothing else. */
export function changesBetween(base: MemberDraft, draft: MemberDraft): Partial<MemberFields> {
  const changes: Record<string, unknown> = {};
  for (const field of draftFields) {
    const before = fieldValue(base, field);
    const after = fieldValue(draft, field);
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[field] = after;
  }
  return changes as Partial<MemberFields>;
}

/** Everything a new member's form holds (blank fields left out). */
export function createInput(draft: MemberDraft): Partial<MemberFields> & { firstName: string } {
  return { ...changesBetween(emptyDraft(), draft), firstName: draft.firstName.trim(), status: draft.status };
}

export type FormMode = 'create' | 'update';

/** The contract's verdict on one field, or null when it is fine. */
export function fieldProblem(draft: MemberDraft, field: DraftField, mode: FormMode = 'update'): string | null {
  if (field === 'custom') return customProblem(draft.custom);
  // A new member needs a first name; an existing one may have lost it to an import of e-mails only.
  const schema = mode === 'create' && field === 'firstName' ? memberCreateSchema.shape.firstName : memberFieldsSchema.shape[field];
  const result = schema.safeParse(fieldValue(draft, field));
  if (result.success) return null;
  const message = result.error.issues[0]?.message ?? 'check this value';
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function customProblem(rows: { key: string; value: string }[]): string | null {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key === '' && row.value.trim() !== '') return 'Give every custom field a name';
    if (key !== '' && seen.has(key)) return `Two custom fields are called “${key}”`;
    if (key.length > 100) return 'A custom field name has at most 100 characters';
    if (row.value.length > 2000) return `“${key}” has more than 2,000 characters`;
    seen.add(key);
  }
  return null;
}

/** Problems in every field at once, for the moment the person presses Save. */
export function draftProblems(draft: MemberDraft, mode: FormMode = 'update'): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  for (const field of draftFields) {
    const problem = fieldProblem(draft, field, mode);
    if (problem) problems[field] = problem;
  }
  return problems;
}
