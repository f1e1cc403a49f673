// A ballot being filled in, per method, and the moves the voting form makes on it (rank an option,
// move it up, add a dot). Whether it is a valid ballot is decided by shared/proposals'
// validateBallot, the same check the core applies, so the form says what the core would say.
import type { Board } from '../../../shared/proposals/board';
import {
  ABSTAIN,
  validateBallot,
  yesNoChoices,
  type BallotCheck,
  type ConsentChoice,
  type TimepollAnswer,
} from '../../../shared/proposals/vote-methods';
import { capitalise } from '../data/call-errors';

export type BallotDraft =
  | { method: 'consent'; choice: ConsentChoice | null }
  | { method: 'majority'; choice: string | null }
  | { method: 'ranked'; ranking: string[] }
  | { method: 'score'; scores: Record<string, number> }
  | { method: 'dot'; dots: Record<string, number> }
  | { method: 'timepoll'; answers: Record<string, TimepollAnswer> };

export function emptyBallot(board: Board): BallotDraft {
  switch (board.method) {
    case 'consent':
      return { method: 'consent', choice: null };
    case 'majority':
      return { method: 'majority', choice: null };
    case 'ranked':
      return { method: 'ranked', ranking: [] };
    case 'score':
      return { method: 'score', scores: {} };
    case 'dot':
      return { method: 'dot', dots: {} };
    case 'timepoll':
      return { method: 'timepoll', answers: {} };
  }
}

/** The ballot as the core takes it; a missing choice is left out so the check can say so. */
export function ballotOf(draft: BallotDraft): unknown {
  switch (draft.method) {
    case 'consent':
    case 'majority':
      return draft.choice === null ? {} : { choice: draft.choice };
    case 'ranked':
      return { ranking: draft.ranking };
    case 'score':
      return { scores: draft.scores };
    case 'dot':
      // Options left at zero are not part of the ballot.
      return { dots: Object.fromEntries(Object.entries(draft.dots).filter(([, n]) => n > 0)) };
    case 'timepoll':
      return { answers: draft.answers };
  }
}

/** The check, with messages that start like sentences and say what to do. */
export function checkBallot(board: Board, draft: BallotDraft): BallotCheck {
  if (draft.method !== board.method) return { ok: false, reason: 'The form is for another method; reload the proposal' };
  if ((draft.method === 'consent' || draft.method === 'majority') && draft.choice === null) {
    return { ok: false, reason: draft.method === 'consent' ? 'Choose agree, abstain, disagree or block' : 'Choose one answer' };
  }
  const result = validateBallot(board, ballotOf(draft));
  return result.ok ? result : { ok: false, reason: capitalise(result.reason) };
}

/** The answers of a majority vote: yes, no, abstain; or each option, then abstain. */
export function majorityChoices(board: Board): string[] {
  return board.options.length === 0 ? [...yesNoChoices] : [...board.options, ABSTAIN];
}

/** Adds an option at the bottom of the ranking, or takes it out. */
export function toggleRanked(ranking: readonly string[], option: string): string[] {
  return ranking.includes(option) ? ranking.filter((o) => o !== option) : [...ranking, option];
}

/** Moves an option up (-1) or down (+1) the ranking; at either end it stays where it is. */
export function moveRanked(ranking: readonly string[], option: string, delta: -1 | 1): string[] {
  const from = ranking.indexOf(option);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ranking.length) return [...ranking];
  const next = [...ranking];
  next[from] = next[to]!;
  next[to] = option;
  return next;
}

export function dotsPlaced(dots: Record<string, number>): number {
  return Object.values(dots).reduce((sum, n) => sum + n, 0);
}

export function dotsLeft(board: Board, dots: Record<string, number>): number {
  return (board.dotsPerVoter ?? 0) - dotsPlaced(dots);
}

/** One more (+1) or one fewer (-1) dot on an option, never below zero or beyond the voter's dots. */
export function stepDots(board: Board, dots: Record<string, number>, option: string, delta: -1 | 1): Record<string, number> {
  const current = dots[option] ?? 0;
  if (delta < 0 && current === 0) return dots;
  if (delta > 0 && dotsLeft(board, dots) <= 0) return dots;
  return { ...dots, [option]: current + delta };
}
