// When votes stop counting: at the board's closing time, or earlier if the chair closed it early.
// A vote cast at that instant still counts; one cast after it is late. Writers set castAt, so a
// device with a wrong clock can misplace its votes; the decision's state vector, not castAt, is what
// keeps a vote merged after closing out of the count.
import { instantOf } from './iso-time.js';

export interface VoteWindow {
  /** The ISO string it was given as (closesAt or closedAt, whichever is earlier). */
  until: string;
  instant: number;
}

export function voteWindow(closesAt: string | undefined, closedAt: string | undefined): VoteWindow | null {
  const ends = [closesAt, closedAt]
    .filter((t): t is string => t !== undefined)
    .map((until) => ({ until, instant: instantOf(until) }));
  if (ends.length === 0) return null;
  return ends.reduce((a, b) => (b.instant < a.instant ? b : a));
}

export function isLate(castAt: string, window: VoteWindow | null): boolean {
  return window !== null && instantOf(castAt) > window.instant;
}
