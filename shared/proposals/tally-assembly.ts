// Puts a tally together from a method's count and the facts around it (who voted, who was late,
// what was refused), and decides what the outcome says. One place, so that tallyBoard and
// tallyAnonymous cannot disagree on quorum or wording.
import type { Board } from './board.js';
import { plural } from './describe-value.js';
import { quorumRequired } from './quorum.js';
import type { InvalidVote, MethodCount, Tally } from './tally-result.js';
import type { VoteWindow } from './vote-window.js';

export interface TallyFacts {
  voters: number;
  quorumBase: number;
  window: VoteWindow | null;
  late: number;
  ineligible: number;
  invalid: InvalidVote[];
  proxies: number;
  ballotsExceedRoll?: { ballots: number; roll: number };
}

export function assembleTally(board: Board, counted: MethodCount, facts: TallyFacts): Tally {
  const required = quorumRequired(board.quorum, facts.quorumBase);
  const quorumMet = facts.voters >= required;
  const excess = facts.ballotsExceedRoll;
  // An anonymous count with more ballots than voters cannot be trusted at all, quorum or not, so
  // that comes first; the counts stay visible for the chair.
  let decision = counted.standing;
  if (excess) {
    const ballots = plural(excess.ballots, 'ballot', 'ballots');
    decision = { outcome: `needs the chair: ${ballots} for ${plural(excess.roll, 'voter', 'voters')}`, winner: null };
  } else if (!quorumMet) {
    decision = { outcome: 'no quorum', winner: null };
  }
  return {
    ...counted,
    outcome: decision.outcome,
    winner: decision.winner,
    voters: facts.voters,
    quorum: board.quorum ? { ...board.quorum, base: facts.quorumBase } : null,
    quorumRequired: required,
    quorumMet,
    countedUntil: facts.window?.until ?? null,
    late: facts.late,
    ineligible: facts.ineligible,
    // Sorted, so the same votes give the same list whatever order they arrived in.
    invalid: [...facts.invalid].sort(
      (a, b) => compareText(a.voterKey, b.voterKey) || compareText(a.reason, b.reason),
    ),
    proxies: facts.proxies,
    ...(excess ? { ballotsExceedRoll: excess } : {}),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
