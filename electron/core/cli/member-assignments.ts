// `members set ID FIELD=VALUE...`: turns words into a change of contract fields. Field names may be
// written as in the contract (firstName) or as CSV columns (first_name); an empty value clears.
import type { MemberFields } from '../../../shared/contract/members.js';
import { memberFieldNames } from '../../../shared/contract/members.js';
import { UsageError } from './args.js';

const aliases = new Map<string, keyof MemberFields>();
for (const field of memberFieldNames) {
  aliases.set(field.toLowerCase(), field);
  aliases.set(field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), field);
}
aliases.set('first', 'firstName');
aliases.set('last', 'lastName');
aliases.set('e-mail', 'email');

const booleans: Record<string, boolean> = { true: true, yes: true, y: true, '1': true, false: false, no: false, n: false, '0': false };

export function parseAssignments(words: string[]): Partial<MemberFields> {
  if (words.length === 0) throw new UsageError('say what to change, like phone=+15551234567 tags=housing,press');
  const changes: Record<string, unknown> = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new UsageError(`"${word}" is not FIELD=VALUE`);
    const name = word.slice(0, eq);
    const raw = word.slice(eq + 1).trim();
    if (name.startsWith('custom.')) {
      const custom = (changes.custom ??= {}) as Record<string, string>;
      custom[name.slice('custom.'.length)] = raw;
      continue;
    }
    const field = aliases.get(name.toLowerCase()) ?? aliases.get(name);
    if (!field) throw new UsageError(`unknown field "${name}"; fields: ${memberFieldNames.join(', ')}`);
    changes[field] = valueFor(field, raw);
  }
  return changes as Partial<MemberFields>;
}

function valueFor(field: keyof MemberFields, raw: string): unknown {
  switch (field) {
    case 'tags':
      return raw.split(',').map((t) => t.trim()).filter(Boolean);
    case 'emailConsent':
    case 'smsConsent': {
      if (raw === '') return null;
      const value = booleans[raw.toLowerCase()];
      if (value === undefined) throw new UsageError(`${field} is yes or no, not "${raw}"`);
      return value;
    }
    case 'firstName':
    case 'lastName':
      return raw;
    case 'status':
      return raw;
    case 'custom':
      throw new UsageError('set custom fields one by one, like custom.shirt_size=M');
    default:
      return raw === '' ? null : raw;
  }
}
