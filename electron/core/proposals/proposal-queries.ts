// Reads of proposals: one proposal with what hangs off it, and the board of all proposals ranked
// by support, then by votes, so the most supported ideas (and their advocates) rise.
import type { Db } from '../../../shared/db/db.js';
import type { Decision, Proposal, ProposalDetail } from '../../../shared/contract/proposals.js';
import { boardSchema } from '../../../shared/proposals/board.js';
import { tallySchema } from '../../../shared/proposals/tally-result.js';
import { describeChange } from './proposal-trail.js';

interface ProposalRow {
  id: string;
  chapter_id: string;
  title: string;
  summary: string | null;
  tags: string[];
  advocate_id: string | null;
  advocate_name: string | null;
  owner_id: string | null;
  owner_name: string | null;
  created_by: string | null;
  created_at: string | null;
  status: Proposal['status'];
  progress: number;
  board: unknown;
  body_text: string;
  support_count: number | string;
  vote_count: number;
}

const selectProposals = `
  select p.id, p.chapter_id, p.title, p.summary, p.tags, p.advocate_id, p.owner_id, p.created_by, p.created_at,
         p.status, p.progress, p.board, p.body_text, p.vote_count,
         nullif(trim(a.first_name || ' ' || a.last_name), '') as advocate_name,
         nullif(trim(o.first_name || ' ' || o.last_name), '') as owner_name,
         p.support_count
    from proposals p
    left join members a on a.id = p.advocate_id
    left join members o on o.id = p.owner_id`;

function toProposal(r: ProposalRow): Proposal {
  const board = r.board ? boardSchema.safeParse(r.board) : null;
  return {
    id: r.id,
    chapterId: r.chapter_id,
    title: r.title,
    summary: r.summary,
    tags: r.tags ?? [],
    advocate: r.advocate_id ? { id: r.advocate_id, name: r.advocate_name ?? 'a member' } : null,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? 'a member' } : null,
    createdBy: r.created_by,
    createdAt: r.created_at,
    status: r.status,
    progress: Number(r.progress),
    board: board?.success ? board.data : null,
    bodyText: r.body_text,
    supportCount: Number(r.support_count),
    voteCount: Number(r.vote_count),
  };
}

export async function findProposal(db: Db, chapterId: string, id: string): Promise<Proposal | null> {
  const { rows } = await db.query<ProposalRow>(`${selectProposals} where p.id = $1 and p.chapter_id = $2 and p.deleted_at is null`, [id, chapterId]);
  return rows[0] ? toProposal(rows[0]) : null;
}

export async function listProposals(db: Db, chapterId: string, filter: { search: string; status?: string; tag?: string }): Promise<Proposal[]> {
  const params: unknown[] = [chapterId];
  const clauses = ['p.chapter_id = $1', 'p.deleted_at is null'];
  if (filter.search.trim()) {
    params.push(filter.search.trim());
    clauses.push(`p.search @@ plainto_tsquery('simple', $${params.length})`);
  }
  if (filter.status) {
    params.push(filter.status);
    clauses.push(`p.status = $${params.length}`);
  }
  if (filter.tag) {
    params.push(JSON.stringify([filter.tag]));
    clauses.push(`p.tags @> $${params.length}::jsonb`);
  }
  const { rows } = await db.query<ProposalRow>(
    `${selectProposals} where ${clauses.join(' and ')}
      order by p.support_count desc, p.vote_count desc, p.created_at desc nulls last, p.id`,
    params,
  );
  return rows.map(toProposal);
}

export interface DecisionRow {
  id: string;
  proposal_id: string | null;
  meeting_id: string | null;
  agenda_item_id: string | null;
  method: string | null;
  outcome: string | null;
  winner: string | null;
  tally: unknown;
  quorum_met: boolean | null;
  closed_by: string | null;
  closed_at: string | null;
  board_hash: string | null;
  hash: string | null;
  supersedes: string | null;
  updated_hlc: string;
}

/**
 * The decisions on a proposal, each with its standing. A decision that supersedes another replaces
 * every decision taken before it (so one new decision settles two that conflicted); of the rest,
 * the one with the earliest clock stands and any other (two devices closing the board while
 * apart) is a conflict to settle with a new decision.
 */
export function decisionsOf(db: Db, proposalId: string): Promise<Decision[]> {
  return decisionsWhere(db, 'proposal_id = $1', [proposalId]);
}

/**
 * Decisions matching `where` (SQL over the decisions table), each with its standing among the
 * decisions on the same question: its proposal's, or for a motion without one, the decision it
 * corrects.
 */
export async function decisionsWhere(db: Db, where: string, params: unknown[]): Promise<Decision[]> {
  const { rows } = await db.query<DecisionRow>(`select * from decisions where ${where} order by updated_hlc, id`, params);
  const groups = new Map<string, DecisionRow[]>();
  for (const row of rows) {
    const key = row.proposal_id ?? row.supersedes ?? row.id;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const standings = new Map<string, Decision['standing']>();
  for (const group of groups.values()) {
    const lastSettling = group.map((r) => !!r.supersedes).lastIndexOf(true);
    let standing = false;
    group.forEach((r, index) => {
      const state: Decision['standing'] = index < lastSettling ? 'superseded' : standing ? 'conflict' : 'stands';
      if (state === 'stands') standing = true;
      standings.set(r.id, state);
    });
  }
  return rows.map((r) => toDecision(r, standings.get(r.id) ?? 'stands'));
}

export function toDecision(r: DecisionRow, standing: Decision['standing']): Decision {
  const tally = tallySchema.safeParse(r.tally);
  return {
    id: r.id,
    proposalId: r.proposal_id,
    meetingId: r.meeting_id,
    agendaItemId: r.agenda_item_id,
    method: r.method,
    outcome: r.outcome,
    winner: r.winner,
    tally: tally.success ? tally.data : null,
    rounds: tally.success && 'rounds' in tally.data ? (tally.data.rounds as unknown[]) : [],
    quorumMet: r.quorum_met,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
    boardHash: r.board_hash,
    hash: r.hash,
    supersedes: r.supersedes,
    standing,
  };
}

export async function proposalDetail(db: Db, proposal: Proposal): Promise<ProposalDetail> {
  const [comments, milestones, supporters, trail] = await Promise.all([
    db.query<{ id: string; parent_id: string | null; body: string; author_name: string | null; created_at: string | null }>(
      'select id, parent_id, body, author_name, created_at from proposal_comments where proposal_id = $1 and deleted_at is null order by created_at, id',
      [proposal.id],
    ),
    db.query<{ id: string; title: string; due_on: string | null; done_at: string | null }>(
      'select id, title, due_on, done_at from milestones where proposal_id = $1 and deleted_at is null order by due_on nulls last, title',
      [proposal.id],
    ),
    db.query<{ id: string; name: string }>(
      `select m.id, trim(m.first_name || ' ' || m.last_name) as name from proposal_supports s join members m on m.id = s.member_id
        where s.proposal_id = $1 and s.supported order by name`,
      [proposal.id],
    ),
    db.query<{ hlc: string; author: string | null; tbl: string; vals: Record<string, unknown> }>(
      `select hlc, author, tbl, vals from change_log
        where (tbl = 'proposals' and row_id = $1)
           or (tbl in ('milestones', 'decisions') and row_id in (select id from milestones where proposal_id = $1 union select id from decisions where proposal_id = $1))
        order by hlc`,
      [proposal.id],
    ),
  ]);
  return {
    ...proposal,
    comments: comments.rows.map((c) => ({ id: c.id, parentId: c.parent_id, body: c.body, authorName: c.author_name, createdAt: c.created_at })),
    milestones: milestones.rows.map((m) => ({ id: m.id, title: m.title, dueOn: m.due_on, doneAt: m.done_at })),
    decisions: await decisionsOf(db, proposal.id),
    trail: trail.rows.map((t) => ({ at: t.hlc.slice(0, 24), who: t.author, what: describeChange(t.tbl, t.vals) })),
    supporters: supporters.rows,
  };
}
