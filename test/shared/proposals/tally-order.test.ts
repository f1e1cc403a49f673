// The property that lets two devices agree: the tally of a board does not depend on the order its
// entries arrive in (and every tally has the shape a decision row stores). Entries are drawn from a small pool of voters and times so that the same
// member voting twice, equal castAt, late votes, ineligible voters and broken ballots all occur.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../../shared/proposals/board.js';
import type { AnonymousBallot, BoardVote, RollEntry } from '../../../shared/proposals/board-entries.js';
import { tallyAnonymous } from '../../../shared/proposals/tally-anonymous.js';
import { tallySchema } from '../../../shared/proposals/tally-result.js';
import { tallyBoard } from '../../../shared/proposals/tally.js';
import { at, makeBoard } from './boards.js';

const boards: Board[] = [
  makeBoard('consent', { closesAt: at(8) }),
  makeBoard('majority', { quorum: { kind: 'members', share: 0.5 } }),
  makeBoard('majority', { options: ['A', 'B', 'C'], closesAt: at(8) }),
  makeBoard('ranked', { options: ['A', 'B', 'C', 'D'], closesAt: at(8) }),
  makeBoard('score', { closesAt: at(8) }),
  makeBoard('dot', { closesAt: at(8) }),
  makeBoard('timepoll', { options: ['A', 'B', 'C'] }),
];

// Mostly ballots that fit the board (so the property is about real counts), some that do not.
function ballotFor(board: Board): fc.Arbitrary<unknown> {
  const options = board.options;
  const option = fc.constantFrom(...options, 'Z');
  const fitting = (): fc.Arbitrary<unknown> => {
    switch (board.method) {
      case 'consent':
        return fc.record({ choice: fc.constantFrom('agree', 'abstain', 'disagree', 'block') });
      case 'majority':
        return fc.record({ choice: fc.constantFrom(...(options.length > 0 ? options : ['yes', 'no']), 'abstain') });
      case 'ranked':
        return fc.record({ ranking: fc.shuffledSubarray([...options], { minLength: 1 }) });
      case 'score':
        return fc.record({ scores: fc.dictionary(fc.constantFrom(...options), fc.integer({ min: 0, max: 5 }), { minKeys: 1 }) });
      case 'dot':
        return fc.record({ dots: fc.dictionary(fc.constantFrom(...options), fc.integer({ min: 0, max: 1 }), { minKeys: 1 }) });
      case 'timepoll':
        return fc.record({
          answers: fc.dictionary(fc.constantFrom(...options), fc.constantFrom('yes', 'maybe', 'no'), { minKeys: 1 }),
        });
    }
  };
  const misfit = fc.oneof(
    fc.record({ choice: fc.constantFrom('maybe', 'A', 'yes') }),
    fc.record({ ranking: fc.array(option, { maxLength: 5 }) }),
    fc.record({ scores: fc.dictionary(option, fc.integer({ min: -1, max: 6 }), { maxKeys: 4 }) }),
    fc.record({ dots: fc.dictionary(option, fc.integer({ min: 0, max: 4 }), { maxKeys: 4 }) }),
    fc.constant('junk'),
  );
  return fc.oneof({ arbitrary: fitting(), weight: 6 }, { arbitrary: misfit, weight: 1 });
}

const voter = fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'x1');
const castAt = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10 }).map(at), weight: 10 },
  { arbitrary: fc.constant('2025-03-31T20:04:00+02:00'), weight: 1 },
  { arbitrary: fc.constant('later'), weight: 1 },
);
const seq = fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined });
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });

function votesFor(board: Board): fc.Arbitrary<BoardVote[]> {
  const voteArb = fc
    .record({
      voterKey: voter,
      ballot: ballotFor(board),
      castAt,
      seq,
      proxy: rarely(fc.boolean()),
      enteredBy: rarely(voter),
      memberId: rarely(voter),
    })
    .map((v) => Object.fromEntries(Object.entries(v).filter(([, value]) => value !== undefined)) as BoardVote);
  return fc.array(voteArb, { maxLength: 25 });
}

/** A list and the same list in another order. */
function withShuffle<T>(items: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return items.chain((list) =>
    fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
  );
}

const eligibleMembers = ['m1', 'm2', 'm3', 'm4', 'm5'];

describe('tally order independence', () => {
  it('tallyBoard gives the same tally for any order of the votes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...boards).chain((board) => fc.tuple(fc.constant(board), withShuffle(votesFor(board)))),
        ([board, [votes, shuffled]]) => {
          const input = { board, eligibleMembers, quorumBase: 5 };
          const tally = tallyBoard({ ...input, votes });
          expect(tallySchema.safeParse(tally).error).toBeUndefined();
          expect(tallyBoard({ ...input, votes: shuffled })).toEqual(tally);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('tallyAnonymous gives the same tally for any order of the ballots and of the roll', () => {
    const ballotsFor = (board: Board): fc.Arbitrary<AnonymousBallot[]> =>
      fc.array(
        fc
          .record({ ballotId: fc.constantFrom('b1', 'b2', 'b3', 'b4', 'b5', 'b6'), ballot: ballotFor(board), castAt, seq })
          .map((b) => (b.seq === undefined ? { ballotId: b.ballotId, ballot: b.ballot, castAt: b.castAt } : b)),
        { maxLength: 15 },
      );
    const rollEntry: fc.Arbitrary<RollEntry> = fc.record({ memberId: voter, castAt, proxy: fc.boolean() });
    fc.assert(
      fc.property(
        fc.constantFrom(...boards).chain((board) => fc.tuple(fc.constant(board), withShuffle(ballotsFor(board)))),
        withShuffle(fc.array(rollEntry, { maxLength: 10 })),
        ([board, [ballots, shuffledBallots]], [roll, shuffledRoll]) => {
          const input = { board: { ...board, anonymous: true }, eligibleMembers, quorumBase: 5 };
          const tally = tallyAnonymous({ ...input, ballots, roll });
          expect(tallySchema.safeParse(tally).error).toBeUndefined();
          expect(tallyAnonymous({ ...input, ballots: shuffledBallots, roll: shuffledRoll })).toEqual(tally);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('counts something in most generated boards, so the property is not vacuous', () => {
    const samples = fc.sample(fc.constantFrom(...boards).chain((board) => fc.tuple(fc.constant(board), votesFor(board))), 300);
    const counted = samples.filter(([board, votes]) => tallyBoard({ board, votes, eligibleMembers, quorumBase: 5 }).voters > 0);
    expect(counted.length).toBeGreaterThan(100);
  });
});
