// A quorum is a share of a base (the chapter's members, or a meeting's attendance): the vote stands
// only if at least ceil(share × base) members voted. Abstentions count: a member who abstains took part.
import type { BoardQuorum } from './board.js';

/** Voters needed; 0 when the board has no quorum rule. */
export function quorumRequired(quorum: BoardQuorum | undefined, base: number): number {
  if (!quorum) return 0;
  // share × base can land a hair above a whole number (0.1 × 30 is 3.0000000000000004 in floating
  // point); rounding to 9 decimals first keeps ceil from asking for one voter too many.
  return Math.ceil(Math.round(quorum.share * base * 1e9) / 1e9);
}
