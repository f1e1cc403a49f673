// What each import target is called in the mapping step. Wording only: which header maps where by
// default is decided in shared/members/import-formats.ts.
import type { ColumnTarget } from '../../../../shared/contract/members';

export const fixedTargets: { value: ColumnTarget; label: string }[] = [
  { value: 'firstName', label: 'First name' },
  { value: 'lastName', label: 'Last name' },
  { value: 'fullName', label: 'Full name (split into first and last)' },
  { value: 'email', label: 'E-mail' },
  { value: 'phone', label: 'Phone' },
  { value: 'mobilePhone', label: 'Mobile phone (used when there is no phone)' },
  { value: 'street', label: 'Street' },
  { value: 'city', label: 'City' },
  { value: 'region', label: 'Region' },
  { value: 'postalCode', label: 'Postal code' },
  { value: 'country', label: 'Country' },
  { value: 'emailConsent', label: 'Consent to e-mail' },
  { value: 'smsConsent', label: 'Consent to SMS' },
  { value: 'tags', label: 'Tags' },
  { value: 'status', label: 'Status' },
  { value: 'joinedOn', label: 'Joined' },
  { value: 'notes', label: 'Notes' },
  { value: 'externalId', label: 'ID in the other tool (matches on re-import)' },
  { value: 'recruiterExternalId', label: 'Recruiter’s ID in the other tool' },
  { value: 'ignore', label: 'Don’t import' },
];

export function targetLabel(target: ColumnTarget): string {
  if (target.startsWith('custom:')) return `Custom field “${target.slice('custom:'.length)}”`;
  return fixedTargets.find((t) => t.value === target)?.label ?? target;
}

/** The choices for one column: every field, and a custom field named after the column. */
export function targetChoices(header: string, current: ColumnTarget): { value: ColumnTarget; label: string }[] {
  const name = header.trim().slice(0, 100);
  const customs = new Set<ColumnTarget>();
  if (name) customs.add(`custom:${name}`);
  if (current.startsWith('custom:')) customs.add(current);
  return [...fixedTargets, ...[...customs].map((value) => ({ value, label: targetLabel(value) }))];
}
