// Ranked choice, counted by instant-runoff. The rules, in full:
// - Each round counts every ballot for its highest-ranked option still in the count. A ballot whose
//   ranked options are all out is exhausted; exhausted ballots are counted per round and leave the
//   majority's base.
// - An option with more than half of the ballots not exhausted wins.
// - Otherwise the option with the fewest votes this round is eliminated. If several share the fewest,
//   the one with the fewest first-round votes goes; if they are still level, the one listed last on
//   the board goes (reverse option order), so the count always ends the same way.
// - Except: when every option still in has the same number of votes, no tie-break can say anything
//   about the voters' preferences, so the count stops and reports a tie for the chair to settle.
// - No ballots at all: one round of zeros and 'no votes'.
import { NO_VOTES, tieStanding, winsStanding } from './option-leaders.js';
import type { InstantRunoffRound, Standing } from './tally-result.js';

export interface InstantRunoffCount {
  /** The last round's counts. */
  counts: Record<string, number>;
  rounds: InstantRunoffRound[];
  standing: Standing;
}

/** `rankings` hold options of the board only, each at most once (validateBallot sees to it). */
export function countInstantRunoff(
  options: readonly string[],
  rankings: readonly (readonly string[])[],
): InstantRunoffCount {
  let remaining = [...options];
  let firstRound: Map<string, number> | null = null;
  const rounds: InstantRunoffRound[] = [];

  for (;;) {
    const { votes, exhausted } = countRound(remaining, rankings);
    firstRound ??= votes;
    const active = rankings.length - exhausted;
    const counts = Object.fromEntries(remaining.map((o) => [o, votes.get(o) ?? 0]));
    const finish = (standing: Standing): InstantRunoffCount => {
      rounds.push({ counts, eliminated: null, exhausted });
      return { counts, rounds, standing };
    };

    if (active === 0) return finish(NO_VOTES);
    const majority = remaining.find((o) => 2 * (votes.get(o) ?? 0) > active);
    if (majority !== undefined) return finish(winsStanding(majority));

    const fewest = Math.min(...remaining.map((o) => votes.get(o) ?? 0));
    const trailing = remaining.filter((o) => (votes.get(o) ?? 0) === fewest);
    if (trailing.length === remaining.length) return finish(tieStanding(remaining));

    const eliminated = chooseElimination(trailing, firstRound);
    rounds.push({ counts, eliminated, exhausted });
    remaining = remaining.filter((o) => o !== eliminated);
  }
}

function countRound(
  remaining: readonly string[],
  rankings: readonly (readonly string[])[],
): { votes: Map<string, number>; exhausted: number } {
  const inCount = new Set(remaining);
  const votes = new Map<string, number>();
  let exhausted = 0;
  for (const ranking of rankings) {
    const choice = ranking.find((o) => inCount.has(o));
    if (choice === undefined) exhausted++;
    else votes.set(choice, (votes.get(choice) ?? 0) + 1);
  }
  return { votes, exhausted };
}

// `trailing` is in board order and has at least two options when it comes to a tie-break.
function chooseElimination(trailing: readonly string[], firstRound: ReadonlyMap<string, number>): string {
  const fewestFirst = Math.min(...trailing.map((o) => firstRound.get(o) ?? 0));
  const candidates = trailing.filter((o) => (firstRound.get(o) ?? 0) === fewestFirst);
  return candidates[candidates.length - 1]!;
}
