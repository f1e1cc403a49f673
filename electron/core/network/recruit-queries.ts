// Who recruited whom, from members.recruited_by (set on sign-up, by an import, or by hand), and the
// leaderboards of recruiters and fundraisers over a period. Two devices may each set a recruiter
// while apart and make a loop (A recruited B, B recruited A): the walks carry their path and never
// visit a member twice, so a loop shows once and ends.
import type { MemberRef, RecruitNode, UnitTotals } from '../../../shared/contract/index.js';
import type { Db } from '../../../shared/db/db.js';
import type { PledgeKind } from '../../../shared/pledges/pledge.js';
import { compareUnits, unitKey } from '../../../shared/pledges/units.js';
import { toInt } from '../pledges/pledge-rows.js';

const live = (alias: string) => `${alias}.deleted_at is null and ${alias}.erased_at is null and ${alias}.merged_into is null`;

export interface RecruitRow {
  id: string;
  name: string;
  joined_on: string | null;
  recruited_by: string;
  depth: number;
  /** For members at the deepest level asked: how many they recruited in turn. */
  more: number;
}

/** Everyone below `rootId`, to `depth` levels, breadth first. */
export async function recruitsBelow(db: Db, chapterId: string, rootId: string, depth: number): Promise<RecruitRow[]> {
  const { rows } = await db.query<RecruitRow>(
    `with recursive tree (id, depth, path) as (
       select m.id, 1, array[$2::text, m.id] from members m
        where m.chapter_id = $1 and m.recruited_by = $2 and m.id <> $2 and ${live('m')}
       union all
       select m.id, t.depth + 1, t.path || m.id from tree t join members m on m.recruited_by = t.id
        where t.depth < $3 and not (m.id = any(t.path)) and m.chapter_id = $1 and ${live('m')}
     )
     select m.id, trim(m.first_name || ' ' || m.last_name) as name, m.joined_on, m.recruited_by, t.depth,
            case when t.depth = $3 then (select count(*)::int from members c where c.recruited_by = m.id and c.id <> all(t.path) and ${live('c')}) else 0 end as more
       from tree t join members m on m.id = t.id
      order by t.depth, lower(m.last_name), lower(m.first_name), m.id`,
    [chapterId, rootId, depth],
  );
  return rows.map((r) => ({ ...r, depth: Number(r.depth), more: Number(r.more) }));
}

/** The rows as a tree under the root, each node with its own pledged totals. */
export function buildTree(rootId: string, rows: readonly RecruitRow[], pledged: (id: string) => UnitTotals[]): RecruitNode[] {
  const nodes = new Map<string, RecruitNode>();
  const children = new Map<string, RecruitNode[]>();
  for (const row of rows) {
    const node: RecruitNode = { id: row.id, name: row.name, joinedOn: row.joined_on, pledged: pledged(row.id), recruits: [], more: row.more };
    nodes.set(row.id, node);
    const siblings = children.get(row.recruited_by) ?? [];
    siblings.push(node);
    children.set(row.recruited_by, siblings);
  }
  for (const [parent, list] of children) {
    const node = nodes.get(parent);
    if (node) node.recruits = list;
  }
  return children.get(rootId) ?? [];
}

export interface Recruiter {
  member: MemberRef;
  recruits: number;
}

/** Members by how many people they recruited who joined in the period (any time without one). */
export async function topRecruiters(db: Db, chapterId: string, from: string | undefined, to: string | undefined, limit: number): Promise<Recruiter[]> {
  const params: unknown[] = [chapterId, limit];
  let period = '';
  if (from) {
    params.push(from);
    period += ` and m.joined_on >= $${params.length}`;
  }
  if (to) {
    params.push(to);
    period += ` and m.joined_on <= $${params.length}`;
  }
  const { rows } = await db.query<{ id: string; name: string; recruits: number }>(
    `select r.id, trim(r.first_name || ' ' || r.last_name) as name, count(*)::int as recruits
       from members m join members r on r.id = m.recruited_by
      where m.chapter_id = $1 and m.id <> r.id and ${live('m')} and ${live('r')}${period}
      group by r.id, r.first_name, r.last_name
      order by recruits desc, lower(r.last_name), lower(r.first_name), r.id
      limit $2`,
    params,
  );
  return rows.map((r) => ({ member: { id: r.id, name: r.name }, recruits: Number(r.recruits) }));
}

export interface FundraiserBoard {
  kind: PledgeKind;
  currency: string | null;
  entries: { member: MemberRef; amount: number; payments: number }[];
}

/**
 * What each member gave in the period: their instalments paid in it (by payment date, or due date
 * when none was recorded), one board per unit, never added across currencies.
 */
export async function topFundraisers(db: Db, chapterId: string, from: string | undefined, to: string | undefined, limit: number): Promise<FundraiserBoard[]> {
  const params: unknown[] = [chapterId];
  let period = '';
  if (from) {
    params.push(from);
    period += ` and coalesce(i.paid_on, i.due_on) >= $${params.length}`;
  }
  if (to) {
    params.push(to);
    period += ` and coalesce(i.paid_on, i.due_on) <= $${params.length}`;
  }
  const { rows } = await db.query<{ member_id: string; name: string; kind: PledgeKind; currency: string | null; amount: unknown; payments: number }>(
    `select p.member_id, trim(m.first_name || ' ' || m.last_name) as name, p.kind, p.currency, sum(p.amount)::text as amount, count(*)::int as payments
       from instalment_marks i join pledges p on p.id = i.pledge_id join members m on m.id = p.member_id
      where i.chapter_id = $1 and i.status = 'paid' and p.deleted_at is null and ${live('m')}${period}
      group by p.member_id, m.first_name, m.last_name, p.kind, p.currency`,
    params,
  );
  const boards = new Map<string, FundraiserBoard>();
  for (const row of rows) {
    const unit = { kind: row.kind, currency: row.kind === 'money' ? row.currency : null };
    const key = unitKey(unit);
    let board = boards.get(key);
    if (!board) boards.set(key, (board = { ...unit, entries: [] }));
    board.entries.push({ member: { id: row.member_id, name: row.name }, amount: toInt(row.amount), payments: Number(row.payments) });
  }
  return [...boards.values()].sort(compareUnits).map((b) => ({
    ...b,
    entries: b.entries.sort((x, y) => y.amount - x.amount || x.member.name.localeCompare(y.member.name)).slice(0, limit),
  }));
}
