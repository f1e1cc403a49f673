// Counting a motion put in the room: hands or paper ballots for / against / abstain, with proxies
// held by members present. Quorum is a share of the attendance list: at least ceil(share × present)
// people (abstentions and proxies included) must have taken part, as for a vote board whose
// quorum is the meeting's attendance. The words match a yes/no vote board's, so a motion on a
// proposal moves the proposal the same way.
import { quorumRequired } from '../proposals/quorum.js';
import type { Tally } from '../proposals/tally-result.js';

export interface MotionCount {
  counting: 'hands' | 'ballots';
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  /** Of the votes above, how many were cast by members present for someone absent. */
  proxies: number;
  /** Members on the attendance list (checked in, not left). */
  present: number;
  /** Share of the attendance that must take part, 0 to 100; null for no quorum. */
  quorumPercent: number | null;
}

/** What is wrong with a count, in words the chair can act on; null if it can be counted. */
export function motionCountProblem(count: MotionCount): { path: string; message: string } | null {
  const cast = count.votesFor + count.votesAgainst + count.votesAbstain;
  if (count.proxies > count.present) {
    return { path: 'proxies', message: `${count.proxies} proxies but only ${count.present} present to hold them` };
  }
  if (cast > count.present + count.proxies) {
    return { path: 'votesFor', message: `${cast} votes counted but only ${count.present} present${count.proxies ? ` and ${count.proxies} proxies` : ''}: count again` };
  }
  return null;
}

export function tallyMotion(count: MotionCount): Tally {
  const problem = motionCountProblem(count);
  if (problem) throw new Error(problem.message);
  const cast = count.votesFor + count.votesAgainst + count.votesAbstain;
  const quorum = count.quorumPercent === null ? undefined : { kind: 'attendance' as const, share: count.quorumPercent / 100 };
  const required = quorumRequired(quorum, count.present);
  const quorumMet = cast >= required;
  const standing =
    cast === 0
      ? { outcome: 'no votes', winner: null }
      : count.votesFor > count.votesAgainst
        ? { outcome: 'passed', winner: 'yes' }
        : { outcome: 'not passed', winner: count.votesAgainst > count.votesFor ? 'no' : null };
  const decision = quorumMet ? standing : { outcome: 'no quorum', winner: null };
  return {
    method: 'motion',
    counting: count.counting,
    counts: { yes: count.votesFor, no: count.votesAgainst, abstain: count.votesAbstain },
    present: count.present,
    standing,
    outcome: decision.outcome,
    winner: decision.winner,
    voters: cast,
    quorum: quorum ? { ...quorum, base: count.present } : null,
    quorumRequired: required,
    quorumMet,
    countedUntil: null,
    late: 0,
    ineligible: 0,
    invalid: [],
    proxies: count.proxies,
  };
}
