import { describe, expect, it } from 'vitest';
import { boardSchema } from '../../../shared/proposals/board.js';
import { makeBoard } from './boards.js';

function problem(board: unknown): string | undefined {
  const parsed = boardSchema.safeParse(board);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

describe('board definition', () => {
  it('accepts a full board', () => {
    const board = makeBoard('ranked', {
      closesAt: '2025-04-01T18:00:00+02:00',
      quorum: { kind: 'attendance', share: 0.5 },
      eligible: ['m1', 'm2'],
      anonymous: true,
      hideResultsUntilClosed: true,
    });
    expect(board.quorum).toEqual({ kind: 'attendance', share: 0.5 });
  });

  it('refuses an option listed twice, or with spaces around it', () => {
    expect(problem({ ...makeBoard('ranked'), options: ['A', 'B', 'A'] })).toBe("the option 'A' is listed twice");
    expect(problem({ ...makeBoard('ranked'), options: ['A', ' B'] })).toBe("the option ' B' has spaces at either end; remove them");
  });

  it('asks each method for the options it needs', () => {
    expect(problem({ ...makeBoard('consent'), options: ['A'] })).toMatch(/a consent board has no options/);
    expect(problem({ ...makeBoard('majority'), options: ['A'] })).toMatch(/no options \(yes or no\) or at least two/);
    expect(problem({ ...makeBoard('majority'), options: ['A', 'Abstain'] })).toMatch(/'abstain' is how a member abstains/);
    expect(problem({ ...makeBoard('ranked'), options: ['A'] })).toBe('a ranked vote needs at least two options');
    expect(problem({ ...makeBoard('timepoll'), options: [] })).toBe('a time poll needs at least one time to ask about');
    expect(makeBoard('majority', { options: ['A', 'B'] }).options).toEqual(['A', 'B']);
  });

  it('gives dots to dot votes only', () => {
    expect(problem({ ...makeBoard('dot'), dotsPerVoter: undefined })).toBe('a dot vote needs the number of dots each voter has');
    expect(problem({ ...makeBoard('score'), dotsPerVoter: 3 })).toBe('dots per voter only applies to dot votes, not score');
    expect(problem({ ...makeBoard('dot'), dotsPerVoter: 0 })).toBe('each voter needs at least 1 dot');
  });

  it('refuses a bad method, closing time, quorum or list of voters with a sentence', () => {
    expect(problem({ ...makeBoard('consent'), method: 'approval' })).toBe(
      "'approval' is not a voting method; use consent, majority, ranked, score, dot or timepoll",
    );
    expect(problem({ ...makeBoard('consent'), closesAt: 'Friday' })).toBe(
      "the closing time is 'Friday', not a date and time like 2025-03-31T18:00:00Z",
    );
    expect(problem({ ...makeBoard('consent'), quorum: { kind: 'members', share: 50 } })).toBe(
      'the quorum is a share between 0 and 1, like 0.5 for half',
    );
    expect(problem({ ...makeBoard('consent'), quorum: { kind: 'everyone', share: 0.5 } })).toBe(
      "'everyone' is not a quorum base; use members or attendance",
    );
    expect(problem({ ...makeBoard('consent'), eligible: [] })).toBe('name at least one member who may vote');
  });
});
