// What the partner form holds while it is typed, and how it becomes `partners.create` or
// `partners.update`'s input: a name, what they work on (short topics), contacts (a name, and a role,
// e-mail and phone if known), a website and notes. Pure, so the rules are tested without a browser;
// the core checks again and its messages show beside the same fields.
import type { Partner } from '../../../../shared/contract/network';

export interface ContactDraft {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface PartnerDraft {
  name: string;
  description: string;
  worksOn: string[];
  contacts: ContactDraft[];
  website: string;
  notes: string;
}

/** Field errors; contacts by row and field: "contacts.0.email". */
export type PartnerDraftErrors = Record<string, string>;

export const emptyContact: ContactDraft = { name: '', role: '', email: '', phone: '' };

export function emptyPartnerDraft(): PartnerDraft {
  return { name: '', description: '', worksOn: [], contacts: [], website: '', notes: '' };
}

export function partnerDraftOf(p: Partner): PartnerDraft {
  return {
    name: p.name,
    description: p.description ?? '',
    worksOn: [...p.worksOn],
    contacts: p.contacts.map((c) => ({ name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
    website: p.website ?? '',
    notes: p.notes ?? '',
  };
}

const emailLike = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A contact row left wholly empty is dropped, not an error. */
function isBlank(c: ContactDraft): boolean {
  return !c.name.trim() && !c.role.trim() && !c.email.trim() && !c.phone.trim();
}

export function partnerDraftErrors(draft: PartnerDraft): PartnerDraftErrors {
  const errors: PartnerDraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the partner a name';
  else if (name.length > 300) errors.name = `Shorten the name to 300 characters (it has ${name.length})`;
  draft.contacts.forEach((c, i) => {
    if (isBlank(c)) return;
    if (!c.name.trim()) errors[`contacts.${i}.name`] = 'Give the contact a name';
    if (c.email.trim() && !emailLike.test(c.email.trim())) errors[`contacts.${i}.email`] = `'${c.email.trim()}' is not an e-mail address`;
  });
  const site = draft.website.trim();
  if (site && !isWebAddress(site)) errors.website = 'Use a full address like https://tenants-union.org';
  return errors;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The fields as the contract takes them; call after partnerDraftErrors found none. */
export function partnerFields(draft: PartnerDraft) {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    worksOn: draft.worksOn,
    contacts: draft.contacts
      .filter((c) => !isBlank(c))
      .map((c) => ({ name: c.name.trim(), role: c.role.trim() || null, email: c.email.trim() || null, phone: c.phone.trim() || null })),
    website: draft.website.trim() || null,
    notes: draft.notes.trim() || null,
  };
}

/** The core's field paths ("changes.contacts.1.email") as this form's error keys. */
export function partnerErrorKey(path: string): string {
  return path.replace(/^changes\./, '');
}
