// Votes, tallies and closing, over the board's Yjs document. Eligibility, the closing time and the
// method's rules are applied here, when the tally is computed, never trusted from the writers.
import { createHash, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { CallError } from '../../../shared/contract/errors.js';
import type { Db } from '../../../shared/db/db.js';
import type { Board } from '../../../shared/proposals/board.js';
import { castVote, hasVoted, readAnonymous, readVotes, voterCount } from '../../../shared/proposals/board-doc.js';
import { tallyAnonymous } from '../../../shared/proposals/tally-anonymous.js';
import { tallyBoard } from '../../../shared/proposals/tally.js';
import type { Tally } from '../../../shared/proposals/tally-result.js';
import { validateBallot } from '../../../shared/proposals/vote-methods.js';
import type { DocService } from '../docs/doc-service.js';

export function boardRoom(chapterId: string, proposalId: string): string {
  return `${chapterId}/board/${proposalId}`;
}

export function bodyRoom(chapterId: string, proposalId: string): string {
  return `${chapterId}/proposal/${proposalId}`;
}

/** The members who may vote on a board, resolved now: everyone live, or the named ones. */
async function eligibleMembers(db: Db, chapterId: string, board: Board): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'select id from members where chapter_id = $1 and deleted_at is null and merged_into is null',
    [chapterId],
  );
  const live = rows.map((r) => r.id);
  if (board.eligible === 'all') return live;
  const named = new Set(board.eligible);
  return live.filter((id) => named.has(id));
}

export interface VoteRequest {
  chapterId: string;
  proposalId: string;
  board: Board;
  memberId: string;
  ballot: unknown;
  proxy: boolean;
  replace: boolean;
  organiser: string | null;
}

export async function vote(db: Db, docs: DocService, request: VoteRequest): Promise<number> {
  if (request.board.closesAt && Date.parse(request.board.closesAt) < Date.now()) {
    throw new CallError('conflict', 'this board closed at ' + request.board.closesAt + '; votes are no longer taken');
  }
  const eligible = await eligibleMembers(db, request.chapterId, request.board);
  if (!eligible.includes(request.memberId)) throw new CallError('validation', 'this member may not vote on this board', [{ path: 'memberId', message: 'not an eligible voter' }]);
  const checked = validateBallot(request.board, request.ballot);
  if (!checked.ok) throw new CallError('validation', checked.reason, [{ path: 'ballot', message: checked.reason }]);
  const room = boardRoom(request.chapterId, request.proposalId);
  const doc = await docs.open(room);
  if (hasVoted(doc, request.memberId) && !request.replace) {
    throw new CallError('conflict', 'this member has voted already; replace their vote explicitly (--replace) to change it');
  }
  await docs.change(room, (d) =>
    castVote(
      d,
      {
        memberId: request.memberId,
        ballot: checked.ballot,
        castAt: new Date().toISOString(),
        ...(request.proxy ? { proxy: true, enteredBy: request.organiser ?? 'an organiser' } : {}),
      },
      request.board.anonymous,
      randomUUID(),
      randomUUID(),
    ),
  );
  return voterCount(doc);
}

export async function tallyOf(db: Db, doc: Y.Doc, chapterId: string, board: Board, options: { closedAt?: string; quorumBase?: number } = {}): Promise<Tally> {
  const eligible = await eligibleMembers(db, chapterId, board);
  const quorumBase = options.quorumBase ?? eligible.length;
  const common = { board, eligibleMembers: eligible, quorumBase, ...(options.closedAt ? { closedAt: options.closedAt } : {}) };
  return board.anonymous ? tallyAnonymous({ ...common, ...readAnonymous(doc) }) : tallyBoard({ ...common, votes: readVotes(doc) });
}

export interface DecisionRecord {
  id: string;
  proposalId: string;
  method: string;
  outcome: string;
  winner: string | null;
  tally: Tally;
  quorumMet: boolean;
  closedBy: string | null;
  closedAt: string;
  boardStateVector: string;
  boardHash: string;
  supersedes: string | null;
  /** Set when the board was closed in a meeting, under one of its agenda items. */
  meetingId?: string | null;
  agendaItemId?: string | null;
}

/** A decision's columns, as written (its chain place and hash are added when it is sealed). */
export function decisionValues(record: DecisionRecord): Record<string, unknown> {
  return {
    proposal_id: record.proposalId,
    meeting_id: record.meetingId ?? null,
    agenda_item_id: record.agendaItemId ?? null,
    method: record.method,
    outcome: record.outcome,
    winner: record.winner,
    tally: record.tally,
    quorum_met: record.quorumMet,
    closed_by: record.closedBy,
    closed_at: record.closedAt,
    board_state_vector: record.boardStateVector,
    board_hash: record.boardHash,
    supersedes: record.supersedes,
  };
}

/**
 * Counts the board as it is now and returns the decision to write: the state vector it counted
 * (so a vote merged later changes nothing) and a hash of the board's state.
 */
export async function decide(
  db: Db,
  docs: DocService,
  input: {
    chapterId: string;
    proposalId: string;
    board: Board;
    closedBy: string | null;
    supersedes: string | null;
    quorumBase?: number;
    meetingId?: string | null;
    agendaItemId?: string | null;
  },
): Promise<DecisionRecord> {
  const doc = await docs.open(boardRoom(input.chapterId, input.proposalId));
  const closedAt = new Date().toISOString();
  const tally = await tallyOf(db, doc, input.chapterId, input.board, { closedAt, ...(input.quorumBase !== undefined ? { quorumBase: input.quorumBase } : {}) });
  const state = Y.encodeStateAsUpdate(doc);
  const record: DecisionRecord = {
    id: randomUUID(),
    proposalId: input.proposalId,
    method: input.board.method,
    outcome: tally.outcome,
    winner: tally.winner,
    tally,
    quorumMet: tally.quorumMet,
    closedBy: input.closedBy,
    closedAt,
    boardStateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
    boardHash: createHash('sha256').update(state).digest('hex'),
    supersedes: input.supersedes,
    meetingId: input.meetingId ?? null,
    agendaItemId: input.agendaItemId ?? null,
  };
  return record;
}

/** What a decision's outcome means for the proposal's status. */
export function statusAfter(tally: Tally): 'accepted' | 'rejected' | 'proposed' {
  // No quorum, a tie, or ballots the chair must sort out: nothing was decided either way.
  if (!tally.quorumMet || tally.outcome.startsWith('needs the chair') || tally.outcome.startsWith('tie')) return 'proposed';
  if (tally.winner !== null && tally.winner !== 'no') return 'accepted';
  if (tally.outcome === 'agreed' || tally.outcome === 'passed') return 'accepted';
  return 'rejected';
}
