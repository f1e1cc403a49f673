// Votes for the tests: one entry on a board, cast `minutes` after T0.
import type { BoardVote } from '../../../shared/proposals/board-entries.js';
import { at } from './boards.js';

export function vote(voterKey: string, ballot: unknown, minutes = 0, extra: Partial<BoardVote> = {}): BoardVote {
  return { voterKey, ballot, castAt: at(minutes), ...extra };
}

export const members = (n: number): string[] => Array.from({ length: n }, (_, i) => `m${i + 1}`);
