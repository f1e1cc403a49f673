// Counts an anonymous board. Its Y.Doc holds ballots under random ids and, apart from them, a roll of
// the members who voted, with no link between the two: nobody can tell who voted what, and the tally
// stays checkable by comparing the two counts.
// - Ballots and roll entries cast after the board closed are ignored (late ballots are counted in
//   `late`). A ballot id seen twice is one ballot: the latest entry (see latest-entry.ts).
// - `voters` is the number of distinct eligible members on the roll; members on the roll who may not
//   vote are counted in `ineligible`. Quorum is measured on `voters`.
// - Every valid ballot is counted. If there are more valid ballots than voters (one person voting on
//   two devices while apart, or someone ineligible voting), the tally cannot tell which ballot to
//   drop, so it says so: `ballotsExceedRoll` is set and the outcome is 'needs the chair: 5 ballots
//   for 4 voters', with no winner. It never drops or counts them silently.
import {
  anonymousBallotSchema,
  firstReason,
  isProxyEntry,
  keyOfBrokenEntry,
  rollEntrySchema,
  type AnonymousBallot,
  type RollEntry,
} from './board-entries.js';
import { latestPerKey } from './latest-entry.js';
import { countBallots } from './method-counts.js';
import { assembleTally } from './tally-assembly.js';
import { anonymousTallyInputSchema, parseTallyInput, type AnonymousTallyInput } from './tally-input.js';
import type { InvalidVote, Tally } from './tally-result.js';
import { validateBallot, type Ballot } from './vote-methods.js';
import { isLate, voteWindow, type VoteWindow } from './vote-window.js';

export type { AnonymousBallot, AnonymousTallyInput, RollEntry };

/** Throws TallyInputError when the board or the input frame is malformed. */
export function tallyAnonymous(input: AnonymousTallyInput): Tally {
  const { board, ballots, roll, eligibleMembers, quorumBase, closedAt } = parseTallyInput(
    anonymousTallyInputSchema,
    input,
  );
  const window = voteWindow(board.closesAt, closedAt);
  const invalid: InvalidVote[] = [];

  const onTimeBallots: AnonymousBallot[] = [];
  let late = 0;
  for (const raw of ballots) {
    const parsed = anonymousBallotSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.push({ voterKey: keyOfBrokenEntry(raw, 'ballotId'), reason: firstReason(parsed.error) });
    } else if (isLate(parsed.data.castAt, window)) {
      late++;
    } else {
      onTimeBallots.push(parsed.data);
    }
  }

  const counted: Ballot[] = [];
  for (const entry of latestPerKey(onTimeBallots, (b) => b.ballotId)) {
    const check = validateBallot(board, entry.ballot);
    if (check.ok) counted.push(check.ballot);
    else invalid.push({ voterKey: entry.ballotId, reason: check.reason });
  }

  const { voters, ineligible, proxies } = readRoll(roll, new Set(eligibleMembers), window, invalid);
  return assembleTally(board, countBallots(board, counted), {
    voters,
    quorumBase,
    window,
    late,
    ineligible,
    invalid,
    proxies,
    ...(counted.length > voters ? { ballotsExceedRoll: { ballots: counted.length, roll: voters } } : {}),
  });
}

// Who voted, from the roll: each member once (their latest entry says whether it was a proxy).
// Broken roll entries are reported in `invalid` under the member's id.
function readRoll(
  roll: readonly unknown[],
  eligible: ReadonlySet<string>,
  window: VoteWindow | null,
  invalid: InvalidVote[],
): { voters: number; ineligible: number; proxies: number } {
  const onTime: RollEntry[] = [];
  for (const raw of roll) {
    const parsed = rollEntrySchema.safeParse(raw);
    if (!parsed.success) {
      invalid.push({ voterKey: keyOfBrokenEntry(raw, 'memberId'), reason: firstReason(parsed.error) });
    } else if (!isLate(parsed.data.castAt, window)) {
      onTime.push(parsed.data);
    }
  }
  let voters = 0;
  let ineligible = 0;
  let proxies = 0;
  for (const entry of latestPerKey(onTime, (e) => e.memberId)) {
    if (!eligible.has(entry.memberId)) {
      ineligible++;
      continue;
    }
    voters++;
    if (isProxyEntry(entry, entry.memberId)) proxies++;
  }
  return { voters, ineligible, proxies };
}
