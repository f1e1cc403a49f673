// Each method counted through tallyBoard, with expectations worked out by hand.
import { describe, expect, it } from 'vitest';
import { tallyBoard } from '../../../shared/proposals/tally.js';
import type { Board } from '../../../shared/proposals/board.js';
import type { BoardVote } from '../../../shared/proposals/board-entries.js';
import { makeBoard } from './boards.js';
import { members, vote } from './votes.js';

function tally(board: Board, ballots: unknown[]) {
  const votes: BoardVote[] = ballots.map((ballot, i) => vote(`m${i + 1}`, ballot));
  return tallyBoard({ board, votes, eligibleMembers: members(20), quorumBase: 20 });
}

describe('consent', () => {
  const board = makeBoard('consent');
  const choices = (...cs: string[]) => cs.map((choice) => ({ choice }));

  it('is blocked by a single block, however many agree', () => {
    const t = tally(board, choices('agree', 'agree', 'agree', 'agree', 'block'));
    expect(t).toMatchObject({
      method: 'consent',
      outcome: 'blocked',
      winner: null,
      counts: { agree: 4, abstain: 0, disagree: 0, block: 1 },
      voters: 5,
    });
  });

  it('is agreed when more agree than disagree, abstentions aside', () => {
    const t = tally(board, choices('agree', 'agree', 'disagree', 'abstain', 'abstain', 'abstain'));
    expect(t.outcome).toBe('agreed');
    expect(t.counts).toEqual({ agree: 2, abstain: 3, disagree: 1, block: 0 });
  });

  it('is not agreed on a tie between agree and disagree', () => {
    expect(tally(board, choices('agree', 'disagree', 'abstain')).outcome).toBe('not agreed');
    expect(tally(board, choices('abstain')).outcome).toBe('not agreed');
    expect(tally(board, []).outcome).toBe('no votes');
  });
});

describe('majority', () => {
  it('passes a yes-or-no vote on strictly more yes than no, abstentions not counted', () => {
    const board = makeBoard('majority');
    const yesNo = (yes: number, no: number, abstain: number) => [
      ...Array.from({ length: yes }, () => ({ choice: 'yes' })),
      ...Array.from({ length: no }, () => ({ choice: 'no' })),
      ...Array.from({ length: abstain }, () => ({ choice: 'abstain' })),
    ];
    const passed = tally(board, yesNo(3, 2, 5));
    expect(passed).toMatchObject({ outcome: 'passed', winner: 'yes', counts: { yes: 3, no: 2, abstain: 5 }, voters: 10 });
    expect(tally(board, yesNo(2, 2, 1))).toMatchObject({ outcome: 'not passed', winner: null });
    expect(tally(board, yesNo(1, 2, 0))).toMatchObject({ outcome: 'not passed', winner: 'no' });
  });

  it('counts a choice between options by plurality and reports a tie at the top', () => {
    const board = makeBoard('majority', { options: ['A', 'B', 'C'] });
    const picks = (...cs: string[]) => cs.map((choice) => ({ choice }));
    expect(tally(board, picks('A', 'B', 'B', 'C', 'abstain'))).toMatchObject({
      outcome: 'B wins',
      winner: 'B',
      counts: { A: 1, B: 2, C: 1, abstain: 1 },
    });
    expect(tally(board, picks('A', 'B', 'C', 'B', 'A'))).toMatchObject({ outcome: 'tie between A and B', winner: null });
    expect(tally(board, picks('abstain', 'abstain')).outcome).toBe('everyone abstained');
  });
});

describe('ranked', () => {
  it('gives every round of the instant-runoff', () => {
    const board = makeBoard('ranked');
    const ballots = [
      ...Array.from({ length: 4 }, () => ({ ranking: ['A'] })),
      ...Array.from({ length: 3 }, () => ({ ranking: ['B', 'C'] })),
      ...Array.from({ length: 2 }, () => ({ ranking: ['C', 'B'] })),
    ];
    const t = tally(board, ballots);
    expect(t).toMatchObject({ method: 'ranked', outcome: 'B wins', winner: 'B', counts: { A: 4, B: 5 }, voters: 9 });
    expect(t.method === 'ranked' && t.rounds).toEqual([
      { counts: { A: 4, B: 3, C: 2 }, eliminated: 'C', exhausted: 0 },
      { counts: { A: 4, B: 5 }, eliminated: null, exhausted: 0 },
    ]);
  });
});

describe('score', () => {
  const board = makeBoard('score');
  it('adds scores up, blanks as 0, and averages over every counted ballot', () => {
    // A: 5 + 2 + 0 = 7; B: 3 + 4 + 5 = 12; C: 0 + 1 + 0 = 1, over 3 ballots.
    const t = tally(board, [{ scores: { A: 5, B: 3 } }, { scores: { A: 2, B: 4, C: 1 } }, { scores: { B: 5 } }]);
    expect(t).toMatchObject({ outcome: 'B wins', winner: 'B' });
    expect(t.counts).toEqual({ A: { total: 7, average: 7 / 3 }, B: { total: 12, average: 4 }, C: { total: 1, average: 1 / 3 } });
  });
  it('reports a tie for the highest total', () => {
    expect(tally(board, [{ scores: { A: 5, C: 1 } }, { scores: { B: 5 } }]).outcome).toBe('tie between A and B');
  });
  it('has no averages without ballots', () => {
    expect(tally(board, []).counts).toEqual({
      A: { total: 0, average: null },
      B: { total: 0, average: null },
      C: { total: 0, average: null },
    });
  });
});

describe('dot', () => {
  const board = makeBoard('dot'); // 3 dots each
  it('adds the dots up and the most dots wins', () => {
    // A: 2; B: 1 + 3 = 4; C: 1.
    const t = tally(board, [{ dots: { A: 2, B: 1 } }, { dots: { B: 3 } }, { dots: { C: 1 } }]);
    expect(t).toMatchObject({ outcome: 'B wins', winner: 'B', counts: { A: 2, B: 4, C: 1 } });
  });
  it('reports a tie for the most dots', () => {
    expect(tally(board, [{ dots: { A: 3 } }, { dots: { C: 3 } }]).outcome).toBe('tie between A and C');
  });
});

describe('time poll', () => {
  const board = makeBoard('timepoll'); // Tue 18:00, Wed 18:00, Thu 19:00
  it('picks the most yes, then the most maybe', () => {
    const t = tally(board, [
      { answers: { 'Tue 18:00': 'yes', 'Wed 18:00': 'yes', 'Thu 19:00': 'no' } },
      { answers: { 'Tue 18:00': 'yes', 'Wed 18:00': 'maybe', 'Thu 19:00': 'yes' } },
      { answers: { 'Tue 18:00': 'no', 'Wed 18:00': 'yes' } },
    ]);
    expect(t.counts).toEqual({
      'Tue 18:00': { yes: 2, maybe: 0, no: 1 },
      'Wed 18:00': { yes: 2, maybe: 1, no: 0 },
      'Thu 19:00': { yes: 1, maybe: 0, no: 1 },
    });
    expect(t).toMatchObject({ outcome: 'Wed 18:00 wins', winner: 'Wed 18:00' });
  });
  it('reports a tie on both yes and maybe, and says when no time suits anyone', () => {
    expect(tally(board, [{ answers: { 'Tue 18:00': 'yes', 'Thu 19:00': 'yes' } }]).outcome).toBe(
      'tie between Tue 18:00 and Thu 19:00',
    );
    expect(tally(board, [{ answers: { 'Tue 18:00': 'no' } }])).toMatchObject({ outcome: 'no time suits anyone', winner: null });
  });
});
