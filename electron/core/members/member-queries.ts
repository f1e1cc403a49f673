// Reads of the roster. Search matches every word typed against one lower-cased text per member
// (names, e-mail, phone digits, tags) through a trigram index, so "ann 555" finds Ann's number.
import type { Db } from '../../../shared/db/db.js';
import type { Member, MemberSearch, MemberSummary } from '../../../shared/contract/members.js';
import { memberColumns, rowToMember, type MemberRow } from './member-row.js';

export async function findMember(db: Db, chapterId: string, id: string): Promise<Member | null> {
  const { rows } = await db.query<MemberRow>(`select ${memberColumns} from members where id = $1 and chapter_id = $2`, [id, chapterId]);
  return rows[0] ? rowToMember(rows[0]) : null;
}

export interface SearchWord {
  /** A LIKE pattern, escaped. */
  pattern: string;
  /** Short words match the start of a name or e-mail; longer ones anywhere (trigram index). */
  kind: 'anywhere' | 'prefix';
}

const escapeLike = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The words of a search; a phone number typed with spaces is one word of digits. */
export function searchWords(query: string): SearchWord[] {
  const trimmed = query.trim().toLowerCase();
  if (!trimmed) return [];
  const isPhone = /^[+\d\s().-]+$/.test(trimmed) && /\d{3}/.test(trimmed.replace(/\D/g, ''));
  const words = isPhone ? [trimmed.replace(/\D/g, '')] : trimmed.split(/\s+/);
  return words.map((w) => (w.length >= 3 ? { pattern: `%${escapeLike(w)}%`, kind: 'anywhere' } : { pattern: `${escapeLike(w)}%`, kind: 'prefix' }));
}

export interface Filter {
  where: string;
  params: unknown[];
  /** True when nothing narrows the roster: its size can come from the count cache. */
  unfiltered: boolean;
}

/** The WHERE clause of a roster search: live members of the chapter matching every word. */
export function searchFilter(chapterId: string, search: Pick<MemberSearch, 'query' | 'tag' | 'status'>): Filter {
  const params: unknown[] = [chapterId];
  const clauses = ['chapter_id = $1', 'deleted_at is null', 'merged_into is null'];
  const words = searchWords(search.query ?? '');
  for (const word of words) {
    params.push(word.pattern);
    const p = `$${params.length}`;
    clauses.push(
      word.kind === 'anywhere'
        ? `search_text like ${p}`
        : `(lower(first_name) like ${p} or lower(last_name) like ${p} or lower(email) like ${p})`,
    );
  }
  if (search.tag) {
    params.push(JSON.stringify([search.tag]));
    clauses.push(`tags @> $${params.length}::jsonb`);
  }
  if (search.status) {
    params.push(search.status);
    clauses.push(`status = $${params.length}`);
  }
  return { where: clauses.join(' and '), params, unfiltered: words.length === 0 && !search.tag && !search.status };
}

/**
 * Counts matches, stopping after `cap` when given: a broad search ("a") matches thousands, and
 * counting them all on every keystroke is what made typing slow. The answer is then a lower
 * bound, and the exact number is asked for separately (`members.count`).
 */
export function countSql(filter: Filter, cap?: number): { sql: string; params: unknown[] } {
  if (cap === undefined) return { sql: `select count(*) as n from members where ${filter.where}`, params: filter.params };
  return {
    sql: `select count(*) as n from (select 1 from members where ${filter.where} limit $${filter.params.length + 1}) capped`,
    params: [...filter.params, cap + 1],
  };
}

/**
 * How many matches a search counts before answering with a lower bound; up to this many, sorting
 * the matches is cheap (a few ms), so the count also decides how the page is found.
 */
export const COUNT_UP_TO = 2500;

const summaryColumns = 'id, first_name, last_name, email, phone, tags, status, city, joined_on';

/**
 * The page of a search, in name order. With `sortMatches`, the matches are sorted rather than
 * found by walking the name index in order: the planner assumes matches spread evenly along the
 * index, but "re" matches names in one stretch of the alphabet (walking read 76,000 rows, 95 ms,
 * where sorting the 2,400 matches took 5 ms), and a rare word ("bea.fos", 46 members) made it
 * walk all 100,000. Walking wins only when matches are many (a single letter, a common tag).
 */
export function searchSql(filter: Filter, limit: number, offset: number, sortMatches = false): { sql: string; params: unknown[] } {
  const n = filter.params.length;
  return {
    // `|| ''` keeps the same order but hides it from the name index.
    sql: `select ${summaryColumns} from members where ${filter.where}
          order by ${sortMatches ? "last_name || ''" : 'last_name'}, first_name, id limit $${n + 1} offset $${n + 2}`,
    params: [...filter.params, limit, offset],
  };
}

/**
 * The size of the whole roster, remembered per chapter until the members table changes: the
 * roster screen asks for it on every scroll, and counting 100,000 rows is not free.
 */
export class RosterSizeCache {
  private readonly sizes = new Map<string, number>();
  clear(): void {
    this.sizes.clear();
  }
  async get(db: Db, chapterId: string, filter: Filter): Promise<number> {
    const known = this.sizes.get(chapterId);
    if (known !== undefined) return known;
    const size = await countMatches(db, filter);
    this.sizes.set(chapterId, size);
    return size;
  }
}

export async function countMatches(db: Db, filter: Filter, cap?: number): Promise<number> {
  const { sql, params } = countSql(filter, cap);
  return Number((await db.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0);
}

export async function searchMembers(
  db: Db,
  chapterId: string,
  search: Required<Pick<MemberSearch, 'offset' | 'limit'>> & MemberSearch,
  sizes: RosterSizeCache,
): Promise<{ total: number; totalExact: boolean; rows: MemberSummary[] }> {
  const filter = searchFilter(chapterId, search);
  let total: number;
  let totalExact = true;
  if (filter.unfiltered) total = await sizes.get(db, chapterId, filter);
  else {
    // Counted first (cheap through the indexes, and capped), because how many match decides how
    // the page is best found (see searchSql).
    const cap = Math.max(COUNT_UP_TO, search.offset + search.limit);
    total = await countMatches(db, filter, cap);
    totalExact = total <= cap;
  }
  const { sql, params } = searchSql(filter, search.limit, search.offset, totalExact && !filter.unfiltered);
  const { rows } = await db.query<MemberRow>(sql, params);
  return {
    total,
    totalExact,
    rows: rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      phone: r.phone,
      tags: r.tags ?? [],
      status: r.status,
      city: r.city,
      joinedOn: r.joined_on,
    })),
  };
}

export async function listMembers(db: Db, chapterId: string, search?: Pick<MemberSearch, 'query' | 'tag' | 'status'>): Promise<Member[]> {
  const filter = searchFilter(chapterId, search ?? { query: '' });
  const { rows } = await db.query<MemberRow>(
    `select ${memberColumns} from members where ${filter.where} order by last_name, first_name, id`,
    filter.params,
  );
  return rows.map(rowToMember);
}

export async function tagCounts(db: Db, chapterId: string): Promise<{ tag: string; count: number }[]> {
  const { rows } = await db.query<{ tag: string; count: number }>(
    `select t.tag, count(*) as count
       from members m, jsonb_array_elements_text(m.tags) as t(tag)
      where m.chapter_id = $1 and m.deleted_at is null and m.merged_into is null
      group by t.tag order by count(*) desc, t.tag limit 500`,
    [chapterId],
  );
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

/** Live members sharing an e-mail (case-insensitive) or a phone: the merge tool's candidates. */
export async function duplicateGroups(db: Db, chapterId: string, limit: number): Promise<{ reason: string; ids: string[] }[]> {
  const { rows } = await db.query<{ reason: string; ids: string[] }>(
    `select 'same e-mail ' || k as reason, ids from (
       select lower(email) as k, array_agg(id order by updated_hlc) as ids from members
        where chapter_id = $1 and deleted_at is null and merged_into is null and email is not null
        group by lower(email) having count(*) > 1) e
     union all
     select 'same phone ' || k, ids from (
       select phone as k, array_agg(id order by updated_hlc) as ids from members
        where chapter_id = $1 and deleted_at is null and merged_into is null and phone is not null
        group by phone having count(*) > 1) p
     limit $2`,
    [chapterId, limit],
  );
  return rows;
}
