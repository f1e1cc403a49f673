// Ids made from the parts a row joins (a group and a member, a meeting and an attendee), so two
// devices that make the same row while apart make the same id and their rows merge into one:
// `<prefix>_` + 32 hex characters of SHA-256, within the 64 characters a row id may have.
import { createHash } from 'node:crypto';

export function derivedId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32)}`;
}
