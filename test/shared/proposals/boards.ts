// Boards for the tests: a valid board of each method, with whatever the test changes.
import { boardSchema, type Board } from '../../../shared/proposals/board.js';
import type { VoteMethod } from '../../../shared/proposals/vote-methods.js';

const defaults: Record<VoteMethod, Board> = {
  consent: { method: 'consent', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false },
  majority: { method: 'majority', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false },
  ranked: { method: 'ranked', options: ['A', 'B', 'C'], eligible: 'all', anonymous: false, hideResultsUntilClosed: false },
  score: { method: 'score', options: ['A', 'B', 'C'], eligible: 'all', anonymous: false, hideResultsUntilClosed: false },
  dot: { method: 'dot', options: ['A', 'B', 'C'], dotsPerVoter: 3, eligible: 'all', anonymous: false, hideResultsUntilClosed: false },
  timepoll: {
    method: 'timepoll',
    options: ['Tue 18:00', 'Wed 18:00', 'Thu 19:00'],
    eligible: 'all',
    anonymous: false,
    hideResultsUntilClosed: false,
  },
};

/** A board of `method`, checked by boardSchema so a test cannot start from a board the app would refuse. */
export function makeBoard<M extends VoteMethod>(method: M, changes: Partial<Board> = {}): Board & { method: M } {
  return boardSchema.parse({ ...defaults[method], ...changes }) as Board & { method: M };
}

export const T0 = '2025-03-31T18:00:00.000Z';

/** An ISO time `minutes` after T0. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}
