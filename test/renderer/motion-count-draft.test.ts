// A motion's count as typed in the room: whole numbers or a message per field, and the preview the
// chair sees, from the same rules the core counts with.
import { describe, expect, it } from 'vitest';
import { motionCountInWords, motionOutcomeInWords } from '../../renderer/src/screens/meetings/meeting-words.js';
import { countDraftOf, previewCount, readCount, sameCount } from '../../renderer/src/screens/meetings/motion-count-draft.js';

const motion = { counting: 'hands' as const, quorumPercent: 50, votesFor: 0, votesAgainst: 0, votesAbstain: 0, proxies: 0 };

describe('motion count draft', () => {
  it('reads blank as 0 and refuses anything but whole numbers', () => {
    expect(readCount({ votesFor: '6', votesAgainst: '', votesAbstain: '1', proxies: '0' })).toEqual({
      counts: { votesFor: 6, votesAgainst: 0, votesAbstain: 1, proxies: 0 },
      fieldErrors: {},
    });
    const bad = readCount({ votesFor: '-1', votesAgainst: '2.5', votesAbstain: 'x', proxies: '0' });
    expect(bad.counts).toBeNull();
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(['votesAbstain', 'votesAgainst', 'votesFor']);
    expect(countDraftOf({ ...motion, votesFor: 3 })).toEqual({ votesFor: '3', votesAgainst: '0', votesAbstain: '0', proxies: '0' });
    expect(sameCount({ votesFor: 0, votesAgainst: 0, votesAbstain: 0, proxies: 0 }, motion)).toBe(true);
  });

  it('previews the outcome against the attendance, or the problem to fix first', () => {
    const passes = previewCount({ votesFor: 6, votesAgainst: 2, votesAbstain: 1, proxies: 1 }, motion, 10);
    expect(passes.tally).toMatchObject({ outcome: 'passed', quorumMet: true, quorumRequired: 5, voters: 9 });
    expect(motionOutcomeInWords(passes.tally!)).toBe('Passes');
    expect(motionCountInWords(passes.tally!)).toBe('6 for, 2 against, 1 abstaining (1 by proxy); 9 of 10 present voted');
    const thin = previewCount({ votesFor: 2, votesAgainst: 1, votesAbstain: 0, proxies: 0 }, motion, 10);
    expect(motionOutcomeInWords(thin.tally!)).toBe('No quorum');
    const tooMany = previewCount({ votesFor: 12, votesAgainst: 2, votesAbstain: 1, proxies: 0 }, motion, 10);
    expect(tooMany).toEqual({ tally: null, problem: '15 votes counted but only 10 present: count again' });
  });
});
