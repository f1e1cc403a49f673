// A tally laid out as bars, and a ranked count's rounds as a table.
import { describe, expect, it } from 'vitest';
import { tallyBoard } from '../../shared/proposals/tally.js';
import type { Board } from '../../shared/proposals/board.js';
import { inOrder, parseRounds, roundsTable, tallyBars } from '../../renderer/src/components/vote-tally-view.js';

function tallyOf(board: Board, ballots: unknown[]) {
  const members = ballots.map((_, i) => `m${i}`);
  return tallyBoard({
    board,
    eligibleMembers: members,
    quorumBase: members.length,
    votes: ballots.map((ballot, i) => ({ voterKey: `m${i}`, memberId: `m${i}`, ballot, castAt: '2025-03-01T10:00:00Z' })),
  });
}

const base = { eligible: 'all' as const, anonymous: false, hideResultsUntilClosed: false };

describe('tallyBars', () => {
  it('shows the four consent choices with their shares, block in the danger tone', () => {
    const bars = tallyBars(tallyOf({ ...base, method: 'consent', options: [] }, [{ choice: 'agree' }, { choice: 'agree' }, { choice: 'block' }, { choice: 'abstain' }]));
    expect(bars.map((b) => [b.label, b.detail, b.tone])).toEqual([
      ['Agree', '2 votes, 50%', 'success'],
      ['Abstain', '1 vote, 25%', 'muted'],
      ['Disagree', '0 votes, 0%', 'accent'],
      ['Block', '1 vote, 25%', 'danger'],
    ]);
  });

  it('marks the leading option of a dot vote', () => {
    const bars = tallyBars(tallyOf({ ...base, method: 'dot', options: ['A', 'B'], dotsPerVoter: 3 }, [{ dots: { A: 3 } }, { dots: { B: 1, A: 1 } }]));
    expect(bars.map((b) => [b.label, b.detail, b.leading])).toEqual([
      ['A', '4 dots, 80%', true],
      ['B', '1 dot, 20%', false],
    ]);
  });

  it('scales scores against the most a voter could give, and splits time-poll answers', () => {
    const score = tallyBars(tallyOf({ ...base, method: 'score', options: ['A', 'B'] }, [{ scores: { A: 5, B: 1 } }, { scores: { A: 3 } }]));
    expect(score[0]).toMatchObject({ share: 0.8, detail: 'total 8, average 4.0 of 5' });
    const poll = tallyBars(tallyOf({ ...base, method: 'timepoll', options: ['Tue'] }, [{ answers: { Tue: 'yes' } }, { answers: { Tue: 'maybe' } }]));
    expect(poll[0]).toMatchObject({ detail: '1 yes, 1 maybe, 0 no', parts: { yes: 0.5, maybe: 0.5, no: 0 } });
  });
});

describe('roundsTable', () => {
  it('lays out every round, with an option blank after the round it went out in', () => {
    const tally = tallyOf({ ...base, method: 'ranked', options: ['A', 'B', 'C'] }, [
      { ranking: ['A', 'B'] },
      { ranking: ['A', 'C'] },
      { ranking: ['B', 'C'] },
      { ranking: ['C', 'B'] },
      { ranking: ['C', 'B'] },
    ]);
    const rounds = parseRounds(tally.method === 'ranked' ? tally.rounds : []);
    const table = roundsTable(rounds);
    expect(table.options).toEqual(['A', 'B', 'C']);
    expect(table.rows).toEqual([
      { option: 'A', counts: [2, 2], outIn: null },
      { option: 'B', counts: [1, null], outIn: 1 },
      { option: 'C', counts: [2, 3], outIn: null },
    ]);
    expect(table.exhausted).toEqual([0, 0]);
  });

  it('reads nothing from rounds that are not rounds', () => {
    expect(parseRounds([{ nope: 1 }])).toEqual([]);
    expect(parseRounds(undefined)).toEqual([]);
  });
});

describe('the order of options', () => {
  it("follows the board's order when a stored tally comes back with its keys reordered", () => {
    const tally = tallyOf({ ...base, method: 'majority', options: ['Bike racks', 'Rent fund', 'Garden'] }, [{ choice: 'Garden' }]);
    if (tally.method !== 'majority') throw new Error('expected a majority tally');
    // Postgres jsonb returns shorter keys first.
    const stored = { ...tally, counts: { Garden: 1, abstain: 0, 'Rent fund': 0, 'Bike racks': 0 } };
    expect(tallyBars(stored, ['Bike racks', 'Rent fund', 'Garden']).map((b) => b.key)).toEqual(['Bike racks', 'Rent fund', 'Garden', 'abstain']);
    expect(tallyBars(stored).map((b) => b.key)).toEqual(['Garden', 'abstain', 'Rent fund', 'Bike racks']);
    const rounds = [{ counts: { C: 2, A: 1, B: 0 }, eliminated: 'B', exhausted: 0 }];
    expect(roundsTable(rounds, ['A', 'B', 'C']).options).toEqual(['A', 'B', 'C']);
    expect(inOrder([['x', 1]], [])).toEqual([['x', 1]]);
  });
});
