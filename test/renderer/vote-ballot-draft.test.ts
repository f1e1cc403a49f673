// The voting form's ballot: moves on it, and the same check the core applies.
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/proposals/board.js';
import {
  ballotOf,
  checkBallot,
  dotsLeft,
  emptyBallot,
  majorityChoices,
  moveRanked,
  stepDots,
  toggleRanked,
} from '../../renderer/src/components/vote-ballot-draft.js';

const board = (changes: Partial<Board>): Board => ({ method: 'consent', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false, ...changes }) as Board;

describe('checkBallot', () => {
  it('asks for a choice before anything else', () => {
    expect(checkBallot(board({}), emptyBallot(board({})))).toEqual({ ok: false, reason: 'Choose agree, abstain, disagree or block' });
    expect(checkBallot(board({}), { method: 'consent', choice: 'block' })).toEqual({ ok: true, ballot: { choice: 'block' } });
  });

  it("says what validateBallot says, as a sentence", () => {
    const ranked = board({ method: 'ranked', options: ['A', 'B', 'C'] });
    expect(checkBallot(ranked, emptyBallot(ranked))).toEqual({ ok: false, reason: 'The ranking is empty; rank at least one option' });
    expect(checkBallot(ranked, { method: 'ranked', ranking: ['C', 'A'] })).toEqual({ ok: true, ballot: { ranking: ['C', 'A'] } });
    const score = board({ method: 'score', options: ['A', 'B'] });
    expect(checkBallot(score, emptyBallot(score))).toEqual({ ok: false, reason: 'The ballot scores no option; give at least one option a score' });
  });

  it('leaves options at zero dots out of a dot ballot', () => {
    const dot = board({ method: 'dot', options: ['A', 'B'], dotsPerVoter: 3 });
    expect(ballotOf({ method: 'dot', dots: { A: 0, B: 2 } })).toEqual({ dots: { B: 2 } });
    expect(checkBallot(dot, { method: 'dot', dots: { A: 0 } })).toEqual({ ok: false, reason: 'The ballot places no dots; place up to 3 dots' });
  });
});

describe('ranking moves', () => {
  it('ranks options in the order they are chosen, and takes them out again', () => {
    expect(toggleRanked(toggleRanked([], 'B'), 'A')).toEqual(['B', 'A']);
    expect(toggleRanked(['B', 'A'], 'B')).toEqual(['A']);
  });
  it('moves an option up or down, and not past either end', () => {
    expect(moveRanked(['A', 'B', 'C'], 'C', -1)).toEqual(['A', 'C', 'B']);
    expect(moveRanked(['A', 'B', 'C'], 'A', 1)).toEqual(['B', 'A', 'C']);
    expect(moveRanked(['A', 'B', 'C'], 'A', -1)).toEqual(['A', 'B', 'C']);
    expect(moveRanked(['A', 'B', 'C'], 'C', 1)).toEqual(['A', 'B', 'C']);
  });
});

describe('dots', () => {
  const dot = board({ method: 'dot', options: ['A', 'B'], dotsPerVoter: 2 });
  it('adds dots until none are left, and never goes below zero', () => {
    let dots: Record<string, number> = {};
    dots = stepDots(dot, dots, 'A', 1);
    dots = stepDots(dot, dots, 'B', 1);
    expect(dotsLeft(dot, dots)).toBe(0);
    expect(stepDots(dot, dots, 'A', 1)).toBe(dots);
    dots = stepDots(dot, dots, 'B', -1);
    expect(stepDots(dot, dots, 'B', -1)).toBe(dots);
    expect(dots).toEqual({ A: 1, B: 0 });
  });
});

describe('majorityChoices', () => {
  it('offers yes, no and abstain without options, else each option and abstain', () => {
    expect(majorityChoices(board({ method: 'majority' }))).toEqual(['yes', 'no', 'abstain']);
    expect(majorityChoices(board({ method: 'majority', options: ['Red', 'Blue'] }))).toEqual(['Red', 'Blue', 'abstain']);
  });
});
