// The 200 searches of the search figure, as an organiser types them into the roster's search box:
// every prefix of a name as it grows ("a", "an", "ann", "ann ", "ann l"...), e-mail fragments,
// 3-4 digits of a phone number, tags, and a few that match nobody. Taken from the generated members
// so most of them find people, and the same on every run.
import type { GeneratedMember } from './member-data.js';

export type QueryKind = 'name' | 'email' | 'phone' | 'tag' | 'none';

export interface SearchQuery {
  kind: QueryKind;
  query: string;
}

export const SEARCH_COUNT = 200;

/** Every prefix of `text`, as typed one key at a time (the trailing space of "ann " included). */
function typed(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
}

export function searchQueries(members: readonly GeneratedMember[]): SearchQuery[] {
  if (members.length === 0) throw new Error('no members to take search queries from');
  const person = (i: number) => members[(i * 7919) % members.length]!;
  const queries: SearchQuery[] = [];
  const add = (kind: QueryKind, list: string[]) => list.forEach((query) => queries.push({ kind, query }));
  for (let i = 0; queries.length < SEARCH_COUNT; i++) {
    const m = person(i);
    const name = `${m.firstName} ${m.lastName}`.toLowerCase();
    // Typing a name until the list is short enough, then usually stopping two letters into the surname.
    add('name', typed(name).slice(0, m.firstName.length + 3));
    if (i % 3 === 1) add('name', typed(m.lastName.toLowerCase()).slice(0, 4));
    // An e-mail fragment: the part before the @, and sometimes the domain too.
    const local = m.email.slice(0, m.email.indexOf('@'));
    add('email', [local.slice(0, Math.min(local.length, 6 + (i % 4))), ...(i % 2 === 0 ? [m.email.slice(0, m.email.indexOf('@') + 4)] : [])]);
    // 3-4 digits from the end of the number, as people remember them.
    const digits = m.phone.replace(/\D/g, '');
    add('phone', [digits.slice(-4, -1), digits.slice(-4)]);
    if (m.tags[0]) add('tag', [m.tags[0].slice(0, 3), m.tags[0]]);
    if (i % 5 === 4) add('none', ['zq', 'zqx']);
  }
  return queries.slice(0, SEARCH_COUNT);
}
