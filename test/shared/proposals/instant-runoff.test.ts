import { describe, expect, it } from 'vitest';
import { countInstantRunoff } from '../../../shared/proposals/instant-runoff.js';

function times(n: number, ranking: string[]): string[][] {
  return Array.from({ length: n }, () => ranking);
}

describe('instant-runoff', () => {
  it('lets the first-round leader lose when the eliminated option transfers to a rival', () => {
    // A leads with 4 of 9, short of a majority; C goes out and both C ballots move to B: 5 of 9.
    const count = countInstantRunoff(['A', 'B', 'C'], [...times(4, ['A']), ...times(3, ['B', 'C']), ...times(2, ['C', 'B'])]);
    expect(count.rounds).toEqual([
      { counts: { A: 4, B: 3, C: 2 }, eliminated: 'C', exhausted: 0 },
      { counts: { A: 4, B: 5 }, eliminated: null, exhausted: 0 },
    ]);
    expect(count.standing).toEqual({ outcome: 'B wins', winner: 'B' });
    expect(count.counts).toEqual({ A: 4, B: 5 });
  });

  it('takes exhausted ballots out of the majority base, round by round', () => {
    // C's two ballots rank nobody else: after C goes, A's 4 are a majority of the 7 still in play.
    const count = countInstantRunoff(['A', 'B', 'C'], [...times(4, ['A']), ...times(3, ['B']), ...times(2, ['C'])]);
    expect(count.rounds).toEqual([
      { counts: { A: 4, B: 3, C: 2 }, eliminated: 'C', exhausted: 0 },
      { counts: { A: 4, B: 3 }, eliminated: null, exhausted: 2 },
    ]);
    expect(count.standing.winner).toBe('A');
  });

  it('breaks a tie for elimination by first-round votes, before option order', () => {
    // Round 2: B and C both have 3. B had 2 first preferences, C had 3, so B goes, although
    // reverse option order alone would have dropped C.
    const ballots = [...times(5, ['A']), ...times(2, ['B', 'C']), ...times(3, ['C', 'B']), ['D', 'B', 'C']];
    const count = countInstantRunoff(['A', 'B', 'C', 'D'], ballots);
    expect(count.rounds).toEqual([
      { counts: { A: 5, B: 2, C: 3, D: 1 }, eliminated: 'D', exhausted: 0 },
      { counts: { A: 5, B: 3, C: 3 }, eliminated: 'B', exhausted: 0 },
      { counts: { A: 5, C: 6 }, eliminated: null, exhausted: 0 },
    ]);
    expect(count.standing).toEqual({ outcome: 'C wins', winner: 'C' });
  });

  it('breaks a tie for elimination that first-round votes cannot break by reverse option order', () => {
    // C and D both have 1, in round 1 too: D, listed last, goes first.
    const ballots = [...times(3, ['A']), ...times(3, ['B']), ['C', 'A'], ['D', 'A']];
    const count = countInstantRunoff(['A', 'B', 'C', 'D'], ballots);
    expect(count.rounds.map((r) => r.eliminated)).toEqual(['D', 'C', null]);
    expect(count.rounds[1]).toEqual({ counts: { A: 4, B: 3, C: 1 }, eliminated: 'C', exhausted: 0 });
    expect(count.standing).toEqual({ outcome: 'A wins', winner: 'A' });
  });

  it('reports a tie when every option still in has the same votes, exhausted ballots and all', () => {
    // As above, but the D ballot ranks only D and B: in the last round A and C have 5 each and it is
    // exhausted. No tie-break may pick between the last two.
    const ballots = [...times(5, ['A']), ...times(2, ['B', 'C']), ...times(3, ['C', 'B']), ['D', 'B']];
    const count = countInstantRunoff(['A', 'B', 'C', 'D'], ballots);
    expect(count.rounds.at(-1)).toEqual({ counts: { A: 5, C: 5 }, eliminated: null, exhausted: 1 });
    expect(count.standing).toEqual({ outcome: 'tie between A and C', winner: null });
  });

  it('reports a three-way tie in the first round rather than let option order decide', () => {
    const count = countInstantRunoff(['A', 'B', 'C'], [['A', 'B'], ['B', 'C'], ['C', 'A']]);
    expect(count.rounds).toEqual([{ counts: { A: 1, B: 1, C: 1 }, eliminated: null, exhausted: 0 }]);
    expect(count.standing.outcome).toBe('tie between A, B and C');
  });

  it('drops options nobody ranked first, one per round, last listed first', () => {
    const count = countInstantRunoff(['A', 'B', 'C', 'D'], [['B'], ['B'], ['A']]);
    expect(count.rounds[0]).toEqual({ counts: { A: 1, B: 2, C: 0, D: 0 }, eliminated: null, exhausted: 0 });
    expect(count.standing.winner).toBe('B');
    // 2 of 4 is no majority: D (no votes) goes, then C (level with A, listed later), and C's ballot moves to B.
    const slower = countInstantRunoff(['A', 'B', 'C', 'D'], [['B'], ['B'], ['A', 'B'], ['C', 'B']]);
    expect(slower.rounds).toEqual([
      { counts: { A: 1, B: 2, C: 1, D: 0 }, eliminated: 'D', exhausted: 0 },
      { counts: { A: 1, B: 2, C: 1 }, eliminated: 'C', exhausted: 0 },
      { counts: { A: 1, B: 3 }, eliminated: null, exhausted: 0 },
    ]);
    expect(slower.standing.winner).toBe('B');
  });

  it('says there were no votes when there are no ballots', () => {
    const count = countInstantRunoff(['A', 'B'], []);
    expect(count.rounds).toEqual([{ counts: { A: 0, B: 0 }, eliminated: null, exhausted: 0 }]);
    expect(count.standing).toEqual({ outcome: 'no votes', winner: null });
  });
});
