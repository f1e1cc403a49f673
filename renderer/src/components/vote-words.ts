// How a vote is said on screen: its method, the time left, the quorum and the standing of an open
// vote in words. Pure, so the wording is tested without a browser; the rules themselves (what
// counts, what wins) live in shared/proposals.
import type { Tally } from '../../../shared/proposals/tally-result';
import type { VoteMethod } from '../../../shared/proposals/vote-methods';
import { capitalise } from '../data/call-errors';

export const methodLabels: Record<VoteMethod, string> = {
  consent: 'Consent (agree, abstain, disagree, block)',
  majority: 'Simple majority',
  ranked: 'Ranked choice (instant runoff)',
  score: 'Score (0 to 5 per option)',
  dot: 'Dot vote',
  timepoll: 'Time poll (yes, maybe, no)',
};

/** Short names, for a line of facts ("Ranked choice · closes in 2 days"). */
export const methodShortLabels: Record<VoteMethod, string> = {
  consent: 'Consent',
  majority: 'Simple majority',
  ranked: 'Ranked choice',
  score: 'Score vote',
  dot: 'Dot vote',
  timepoll: 'Time poll',
};

/** Methods whose board lists options; a majority vote may (a choice) or may not (yes or no). */
export function methodTakesOptions(method: VoteMethod): 'none' | 'optional' | 'required' {
  if (method === 'consent') return 'none';
  if (method === 'majority') return 'optional';
  return 'required';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function span(ms: number): string {
  if (ms >= 2 * DAY) return `${Math.floor(ms / DAY)} days`;
  if (ms >= DAY) {
    const hours = Math.floor((ms - DAY) / HOUR);
    return hours > 0 ? `1 day ${hours} h` : '1 day';
  }
  if (ms >= HOUR) {
    const hours = Math.floor(ms / HOUR);
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** "Closes in 2 days", "Closed for votes 5 minutes ago", or that it stays open until closed. */
export function timeLeftInWords(closesAt: string | undefined, now: number): string {
  if (!closesAt) return 'No closing time: open until an organiser closes it';
  const left = Date.parse(closesAt) - now;
  if (Number.isNaN(left)) return 'No closing time: open until an organiser closes it';
  if (left <= 0) return `Voting ended ${span(-left)} ago; close the vote to record the decision`;
  return `Closes in ${span(left)}`;
}

/** The quorum in words: what is needed, what there is, and whether that is enough. */
export function quorumInWords(tally: Pick<Tally, 'quorum' | 'quorumRequired' | 'quorumMet' | 'voters'>): string {
  if (!tally.quorum) return 'No quorum rule: any number of votes counts';
  const percent = Math.round(tally.quorum.share * 1000) / 10;
  const base = tally.quorum.kind === 'members' ? 'members' : 'attendance';
  const needed = `${tally.quorumRequired} ${tally.quorumRequired === 1 ? 'vote' : 'votes'} needed (${percent}% of ${tally.quorum.base} ${base === 'members' ? 'members' : 'present'})`;
  if (tally.quorumMet) return `Quorum met: ${tally.voters} voted, ${needed}`;
  const short = tally.quorumRequired - tally.voters;
  return `Quorum not met yet: ${tally.voters} voted, ${needed}; ${short} more to go`;
}

/** While a vote is open: what the votes say now ("Leading: C", "No votes yet"). */
export function standingInWords(tally: Pick<Tally, 'standing'>): string {
  const { outcome, winner } = tally.standing;
  if (outcome === 'no votes') return 'No votes yet';
  if (winner) return `Leading: ${winner}`;
  return `Leading: ${outcome}`;
}

/** A decision's outcome as a sentence start: "C wins", "Blocked", "No quorum". */
export function outcomeInWords(outcome: string | null): string {
  return outcome ? capitalise(outcome) : 'No outcome recorded';
}

/** "3 votes", "1 vote". */
export function votesInWords(n: number, one = 'vote', many = 'votes'): string {
  return `${n} ${n === 1 ? one : many}`;
}
