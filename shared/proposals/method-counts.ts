// Counts valid ballots by the board's method. The ballots have already been through validateBallot
// against this board, one per voter; who may vote, closing time and quorum are tally.ts's business.
// Every count here is a sum, so it cannot depend on the order the ballots arrive in.
import type { Board } from './board.js';
import { countInstantRunoff } from './instant-runoff.js';
import { leadingOptions, NO_VOTES, standingOfLeaders } from './option-leaders.js';
import type { ConsentCounts, MethodCount, ScoreCount, Standing, TimepollCount } from './tally-result.js';
import {
  ABSTAIN,
  type Ballot,
  type ConsentBallot,
  type DotBallot,
  type MajorityBallot,
  type RankedBallot,
  type ScoreBallot,
  type TimepollBallot,
} from './vote-methods.js';

export function countBallots(board: Board, ballots: readonly Ballot[]): MethodCount {
  // validateBallot checked each ballot against this board's method, so the casts below hold.
  switch (board.method) {
    case 'consent':
      return { method: 'consent', ...countConsent(ballots as ConsentBallot[]) };
    case 'majority':
      return {
        method: 'majority',
        ...(board.options.length === 0
          ? countYesNo(ballots as MajorityBallot[])
          : countPlurality(board.options, ballots as MajorityBallot[])),
      };
    case 'ranked':
      return {
        method: 'ranked',
        ...countInstantRunoff(board.options, (ballots as RankedBallot[]).map((b) => b.ranking)),
      };
    case 'score':
      return { method: 'score', ...countScores(board.options, ballots as ScoreBallot[]) };
    case 'dot':
      return { method: 'dot', ...countDots(board.options, ballots as DotBallot[]) };
    case 'timepoll':
      return { method: 'timepoll', ...countTimepoll(board.options, ballots as TimepollBallot[]) };
  }
}

// Consent: a single block stops the proposal ('blocked'). Otherwise it is 'agreed' when more members
// agree than disagree; when as many or more disagree (a tie included) it is 'not agreed'.
// Abstentions count toward the quorum and neither way. There is no winner: the outcome is the result.
function countConsent(ballots: readonly ConsentBallot[]): { counts: ConsentCounts; standing: Standing } {
  const counts: ConsentCounts = { agree: 0, abstain: 0, disagree: 0, block: 0 };
  for (const { choice } of ballots) counts[choice]++;
  let outcome: string;
  if (ballots.length === 0) outcome = NO_VOTES.outcome;
  else if (counts.block > 0) outcome = 'blocked';
  else if (counts.agree > counts.disagree) outcome = 'agreed';
  else outcome = 'not agreed';
  return { counts, standing: { outcome, winner: null } };
}

// Yes or no: it passes with strictly more yes than no; abstentions are not part of the majority.
// The winner is 'yes' when it passes, 'no' when more said no, and nobody on a tie.
function countYesNo(ballots: readonly MajorityBallot[]): { counts: Record<string, number>; standing: Standing } {
  const counts: Record<string, number> = { yes: 0, no: 0, abstain: 0 };
  for (const { choice } of ballots) counts[choice] = (counts[choice] ?? 0) + 1;
  const yes = counts.yes ?? 0;
  const no = counts.no ?? 0;
  if (ballots.length === 0) return { counts, standing: NO_VOTES };
  if (yes > no) return { counts, standing: { outcome: 'passed', winner: 'yes' } };
  return { counts, standing: { outcome: 'not passed', winner: no > yes ? 'no' : null } };
}

// A choice between options: the most votes wins (plurality); a tie at the top is reported as one.
// Counts hold every option and 'abstain'.
function countPlurality(
  options: readonly string[],
  ballots: readonly MajorityBallot[],
): { counts: Record<string, number>; standing: Standing } {
  const votes = new Map<string, number>();
  for (const { choice } of ballots) votes.set(choice, (votes.get(choice) ?? 0) + 1);
  const counts = Object.fromEntries([...options, ABSTAIN].map((o) => [o, votes.get(o) ?? 0]));
  const abstained = votes.get(ABSTAIN) ?? 0;
  if (ballots.length === 0) return { counts, standing: NO_VOTES };
  if (abstained === ballots.length) return { counts, standing: { outcome: 'everyone abstained', winner: null } };
  return { counts, standing: standingOfLeaders(leadingOptions(options, (o) => [votes.get(o) ?? 0])) };
}

// Score: every option's scores are added up and the highest total wins (a tie is reported). An option
// a ballot leaves blank gets 0 from it, so the average is the total over all counted ballots.
function countScores(
  options: readonly string[],
  ballots: readonly ScoreBallot[],
): { counts: Record<string, ScoreCount>; standing: Standing } {
  const totals = sumPerOption(options, ballots.map((b) => b.scores));
  const counts = Object.fromEntries(
    options.map((o) => {
      const total = totals.get(o) ?? 0;
      return [o, { total, average: ballots.length === 0 ? null : total / ballots.length }];
    }),
  );
  if (ballots.length === 0) return { counts, standing: NO_VOTES };
  return { counts, standing: standingOfLeaders(leadingOptions(options, (o) => [totals.get(o) ?? 0])) };
}

// Dots: the dots on every option are added up and the most dots wins (a tie is reported).
function countDots(
  options: readonly string[],
  ballots: readonly DotBallot[],
): { counts: Record<string, number>; standing: Standing } {
  const totals = sumPerOption(options, ballots.map((b) => b.dots));
  const counts = Object.fromEntries(options.map((o) => [o, totals.get(o) ?? 0]));
  if (ballots.length === 0) return { counts, standing: NO_VOTES };
  return { counts, standing: standingOfLeaders(leadingOptions(options, (o) => [totals.get(o) ?? 0])) };
}

// Time poll: the best option has the most yes, and between equal yes the most maybe; options a
// ballot leaves unanswered count in none of the three. A tie on both is reported.
function countTimepoll(
  options: readonly string[],
  ballots: readonly TimepollBallot[],
): { counts: Record<string, TimepollCount>; standing: Standing } {
  const perOption = new Map(options.map((o) => [o, { yes: 0, maybe: 0, no: 0 }]));
  for (const { answers } of ballots) {
    for (const [option, answer] of Object.entries(answers)) {
      const count = perOption.get(option);
      if (count) count[answer]++;
    }
  }
  const counts = Object.fromEntries(perOption);
  const keyOf = (o: string) => [perOption.get(o)?.yes ?? 0, perOption.get(o)?.maybe ?? 0];
  if (ballots.length === 0) return { counts, standing: NO_VOTES };
  const leaders = leadingOptions(options, keyOf);
  const [yes, maybe] = keyOf(leaders[0]!);
  if (yes === 0 && maybe === 0) return { counts, standing: { outcome: 'no time suits anyone', winner: null } };
  return { counts, standing: standingOfLeaders(leaders) };
}

function sumPerOption(options: readonly string[], records: readonly Record<string, number>[]): Map<string, number> {
  const totals = new Map(options.map((o) => [o, 0]));
  for (const record of records) {
    for (const [option, n] of Object.entries(record)) {
      const total = totals.get(option);
      if (total !== undefined) totals.set(option, total + n);
    }
  }
  return totals;
}
