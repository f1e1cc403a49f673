// Counts a board that is not anonymous. The board's Y.Doc holds the votes as writers left them;
// nothing they say is trusted. The rules, applied in this order to every entry:
// 1. An entry that is not a well-formed vote is refused (listed in `invalid` with the reason).
// 2. An entry cast after the board closed (closesAt, or closedAt if the chair closed it earlier)
//    is ignored and counted in `late`: it neither counts nor replaces an earlier vote.
// 3. An entry from someone not among eligibleMembers is ignored; `ineligible` counts such people
//    (not entries: someone who voted twice is one).
// 4. A member has one vote: of their remaining entries the latest counts (see latest-entry.ts), so a
//    proxy vote replaced by the member's own later vote counts once, as theirs.
// 5. That vote's ballot is checked against the board; an invalid ballot is listed in `invalid` and
//    not counted (an earlier valid entry does not come back: the member replaced it).
// The result is the same whatever order the entries arrive in.
import { boardVoteSchema, firstReason, isProxyEntry, keyOfBrokenEntry, type BoardVote } from './board-entries.js';
import { latestPerKey } from './latest-entry.js';
import { countBallots } from './method-counts.js';
import { assembleTally } from './tally-assembly.js';
import { parseTallyInput, TallyInputError, tallyInputSchema, type TallyInput } from './tally-input.js';
import type { InvalidVote, Tally } from './tally-result.js';
import { validateBallot, type Ballot } from './vote-methods.js';
import { isLate, voteWindow } from './vote-window.js';

export type { BoardVote, TallyInput };

/** Throws TallyInputError when the board or the input frame is malformed, or the board is anonymous. */
export function tallyBoard(input: TallyInput): Tally {
  const { board, votes, eligibleMembers, quorumBase, closedAt } = parseTallyInput(tallyInputSchema, input);
  if (board.anonymous) {
    throw new TallyInputError(
      'the tally cannot be computed: an anonymous board is counted with tallyAnonymous, against its roll',
    );
  }
  const window = voteWindow(board.closesAt, closedAt);
  const eligible = new Set(eligibleMembers);
  const invalid: InvalidVote[] = [];
  const candidates: BoardVote[] = [];
  const ineligible = new Set<string>();
  let late = 0;

  for (const raw of votes) {
    const parsed = boardVoteSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.push({ voterKey: keyOfBrokenEntry(raw, 'voterKey'), reason: firstReason(parsed.error) });
    } else if (isLate(parsed.data.castAt, window)) {
      late++;
    } else if (!eligible.has(parsed.data.voterKey)) {
      ineligible.add(parsed.data.voterKey);
    } else {
      candidates.push(parsed.data);
    }
  }

  const ballots: Ballot[] = [];
  let proxies = 0;
  for (const vote of latestPerKey(candidates, (v) => v.voterKey)) {
    const check = validateBallot(board, vote.ballot);
    if (!check.ok) {
      invalid.push({ voterKey: vote.voterKey, reason: check.reason });
      continue;
    }
    ballots.push(check.ballot);
    if (isProxyEntry(vote, vote.voterKey)) proxies++;
  }

  return assembleTally(board, countBallots(board, ballots), {
    voters: ballots.length,
    quorumBase,
    window,
    late,
    ineligible: ineligible.size,
    invalid,
    proxies,
  });
}
