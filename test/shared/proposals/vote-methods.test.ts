import { describe, expect, it } from 'vitest';
import { validateBallot } from '../../../shared/proposals/vote-methods.js';
import { makeBoard } from './boards.js';

function reason(check: { ok: true } | { ok: false; reason: string }): string | null {
  return check.ok ? null : check.reason;
}

describe('consent ballots', () => {
  const board = makeBoard('consent');
  it('takes agree, abstain, disagree or block', () => {
    for (const choice of ['agree', 'abstain', 'disagree', 'block']) {
      expect(validateBallot(board, { choice })).toEqual({ ok: true, ballot: { choice } });
    }
  });
  it('says what to choose instead', () => {
    expect(reason(validateBallot(board, { choice: 'yes' }))).toBe(
      "'yes' is not a consent choice; choose agree, abstain, disagree or block",
    );
    expect(reason(validateBallot(board, {}))).toBe('the ballot has no choice; choose agree, abstain, disagree or block');
    expect(reason(validateBallot(board, 'agree'))).toBe('a ballot is an object, like {"choice": "agree"}');
  });
  it('drops fields the ballot does not use', () => {
    expect(validateBallot(board, { choice: 'agree', note: 'x' })).toEqual({ ok: true, ballot: { choice: 'agree' } });
  });
});

describe('majority ballots', () => {
  it('takes yes, no or abstain on a board without options', () => {
    const board = makeBoard('majority');
    expect(validateBallot(board, { choice: 'no' }).ok).toBe(true);
    expect(reason(validateBallot(board, { choice: 'A' }))).toBe("'A' is not a choice in a yes-or-no vote; choose yes, no or abstain");
  });
  it('takes an option or abstain on a board with options', () => {
    const board = makeBoard('majority', { options: ['A', 'B'] });
    expect(validateBallot(board, { choice: 'B' }).ok).toBe(true);
    expect(validateBallot(board, { choice: 'abstain' }).ok).toBe(true);
    expect(reason(validateBallot(board, { choice: 'yes' }))).toBe("'yes' is not an option of this board; choose one of its options or abstain");
    expect(reason(validateBallot(board, { choice: 3 }))).toBe('the choice is a name, not 3');
  });
});

describe('ranked ballots', () => {
  const board = makeBoard('ranked');
  it('takes a partial ranking', () => {
    expect(validateBallot(board, { ranking: ['C'] })).toEqual({ ok: true, ballot: { ranking: ['C'] } });
  });
  it('refuses repeats, unknown options and empty rankings', () => {
    expect(reason(validateBallot(board, { ranking: ['B', 'A', 'B'] }))).toBe("the ranking names 'B' twice");
    expect(reason(validateBallot(board, { ranking: ['A', 'Z'] }))).toBe("'Z' is not an option of this board");
    expect(reason(validateBallot(board, { ranking: [] }))).toBe('the ranking is empty; rank at least one option');
    expect(reason(validateBallot(board, { choice: 'A' }))).toBe('the ballot has no ranking; list the options in order of preference');
    expect(reason(validateBallot(board, { ranking: ['A', 2] }))).toBe('the ranking lists option names, not 2');
  });
});

describe('score ballots', () => {
  const board = makeBoard('score');
  it('takes whole scores from 0 to 5, some options left blank', () => {
    expect(validateBallot(board, { scores: { A: 5, C: 0 } })).toEqual({ ok: true, ballot: { scores: { A: 5, C: 0 } } });
  });
  it('names the option whose score is wrong', () => {
    expect(reason(validateBallot(board, { scores: { A: 6 } }))).toBe("'A' is scored 6; give each option a whole number from 0 to 5");
    expect(reason(validateBallot(board, { scores: { B: 2.5 } }))).toBe("'B' is scored 2.5; give each option a whole number from 0 to 5");
    expect(reason(validateBallot(board, { scores: { B: 'five' } }))).toBe("'B' is scored 'five'; give each option a whole number from 0 to 5");
    expect(reason(validateBallot(board, { scores: { Z: 1 } }))).toBe("'Z' is not an option of this board");
    expect(reason(validateBallot(board, { scores: {} }))).toBe('the ballot scores no option; give at least one option a score');
  });
  it('is not fooled by option names that are also names of object properties', () => {
    expect(reason(validateBallot(board, { scores: JSON.parse('{"constructor": 3}') as unknown }))).toBe(
      "'constructor' is not an option of this board",
    );
    expect(validateBallot(makeBoard('score', { options: ['constructor', 'toString'] }), { scores: { toString: 4 } }).ok).toBe(true);
  });
});

describe('dot ballots', () => {
  const board = makeBoard('dot'); // 3 dots each
  it('takes up to the dots each voter has', () => {
    expect(validateBallot(board, { dots: { A: 2, B: 1 } }).ok).toBe(true);
    expect(validateBallot(board, { dots: { A: 1, B: 0 } }).ok).toBe(true);
  });
  it('counts the dots placed against the dots each voter has', () => {
    expect(reason(validateBallot(board, { dots: { A: 3, C: 1 } }))).toBe('4 dots but each voter has 3');
    expect(reason(validateBallot(board, { dots: { A: 0 } }))).toBe('the ballot places no dots; place up to 3 dots');
    expect(reason(validateBallot(board, { dots: { A: -1 } }))).toBe("'A' has -1 dots; give each option a whole number of dots, 0 or more");
    expect(reason(validateBallot(board, { dots: { Z: 1 } }))).toBe("'Z' is not an option of this board");
  });
});

describe('time poll ballots', () => {
  const board = makeBoard('timepoll');
  it('takes yes, maybe or no per option', () => {
    expect(validateBallot(board, { answers: { 'Tue 18:00': 'yes', 'Thu 19:00': 'maybe' } }).ok).toBe(true);
  });
  it('names the option whose answer is wrong', () => {
    expect(reason(validateBallot(board, { answers: { 'Tue 18:00': 'perhaps' } }))).toBe(
      "the answer for 'Tue 18:00' is 'perhaps'; answer yes, maybe or no",
    );
    expect(reason(validateBallot(board, { answers: { 'Fri 10:00': 'yes' } }))).toBe("'Fri 10:00' is not an option of this board");
  });
});
