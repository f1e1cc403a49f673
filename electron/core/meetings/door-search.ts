// Finding a person at the door: what the lead types is the start of a name or of an e-mail
// ("ann le", "kasia.er"), so each word is matched as a prefix of the first name, last name or
// e-mail, through the btree prefix indexes — a few milliseconds among 100,000 members, where the
// roster's search-anywhere (trigram) took tens. A phone number, or a word found only inside a
// name, falls back to the roster's own search.
import type { MemberSummary } from '../../../shared/contract/members.js';
import type { Db } from '../../../shared/db/db.js';
import { searchMembers, type RosterSizeCache } from '../members/member-queries.js';

const escapeLike = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function doorSearch(db: Db, chapterId: string, query: string, limit: number, sizes: RosterSizeCache): Promise<MemberSummary[]> {
  const text = query.trim().toLowerCase();
  if (!text) return [];
  const isPhone = /^[+\d\s().-]+$/.test(text) && /\d{3}/.test(text);
  if (!isPhone) {
    const params: unknown[] = [chapterId];
    const clauses = ['chapter_id = $1', 'deleted_at is null', 'merged_into is null', 'erased_at is null'];
    for (const word of text.split(/\s+/)) {
      params.push(`${escapeLike(word)}%`);
      const p = `$${params.length}`;
      clauses.push(`(lower(first_name) like ${p} or lower(last_name) like ${p} or lower(email) like ${p})`);
    }
    params.push(limit);
    const { rows } = await db.query<{ id: string; first_name: string; last_name: string; email: string | null; phone: string | null; tags: string[] | null; status: MemberSummary['status']; city: string | null; joined_on: string | null }>(
      // `|| ''` hides the order from the name index: the matches are few, sorting them is cheaper
      // than walking the whole index in name order looking for them.
      `select id, first_name, last_name, email, phone, tags, status, city, joined_on from members
        where ${clauses.join(' and ')} order by last_name || '', first_name, id limit $${params.length}`,
      params,
    );
    if (rows.length > 0 || text.length < 3) {
      return rows.map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, email: r.email, phone: r.phone, tags: r.tags ?? [], status: r.status, city: r.city, joinedOn: r.joined_on }));
    }
  }
  return (await searchMembers(db, chapterId, { query, offset: 0, limit }, sizes)).rows;
}
