// Counting a motion in the room: outcome, quorum against the attendance list, counts that cannot be.
import { describe, expect, it } from 'vitest';
import { motionCountProblem, tallyMotion, type MotionCount } from '../../../shared/meetings/motion-tally.js';
import { tallyLine } from '../../../shared/meetings/minutes-export.js';

const count = (over: Partial<MotionCount>): MotionCount => ({ counting: 'hands', votesFor: 0, votesAgainst: 0, votesAbstain: 0, proxies: 0, present: 10, quorumPercent: 50, ...over });

describe('tallyMotion', () => {
  it('passes with more for than against once a share of those present took part', () => {
    expect(tallyMotion(count({ votesFor: 4, votesAgainst: 1 }))).toMatchObject({ outcome: 'passed', winner: 'yes', quorumRequired: 5, quorumMet: true, voters: 5 });
    expect(tallyMotion(count({ votesFor: 2, votesAgainst: 3 }))).toMatchObject({ outcome: 'not passed', winner: 'no' });
    expect(tallyMotion(count({ votesFor: 3, votesAgainst: 3 }))).toMatchObject({ outcome: 'not passed', winner: null });
  });

  it('counts abstentions towards the quorum and reports no quorum below it', () => {
    expect(tallyMotion(count({ votesFor: 3, votesAbstain: 2 })).quorumMet).toBe(true);
    expect(tallyMotion(count({ votesFor: 4 }))).toMatchObject({ outcome: 'no quorum', winner: null, quorumMet: false, standing: { outcome: 'passed' } });
    expect(tallyMotion(count({ votesFor: 1, quorumPercent: null }))).toMatchObject({ outcome: 'passed', quorum: null, quorumRequired: 0 });
    // 33% of 10 is 3.3: four people needed, never a fraction of one.
    expect(tallyMotion(count({ votesFor: 3, quorumPercent: 33 })).quorumRequired).toBe(4);
  });

  it('refuses counts that cannot be: more votes than people present and their proxies', () => {
    expect(motionCountProblem(count({ votesFor: 11 }))?.message).toMatch(/11 votes counted but only 10 present/);
    expect(motionCountProblem(count({ votesFor: 11, proxies: 1 }))).toBeNull();
    expect(motionCountProblem(count({ proxies: 11 }))?.path).toBe('proxies');
    expect(() => tallyMotion(count({ votesFor: 12 }))).toThrow(/count again/);
  });

  it('reads as one line for the minutes', () => {
    expect(tallyLine(tallyMotion(count({ votesFor: 6, votesAgainst: 2, votesAbstain: 1, proxies: 2, counting: 'ballots' })))).toBe(
      'yes 6, no 2, abstain 1 (paper ballots, 2 by proxy); 9 of 10 present voted; quorum 5: met',
    );
  });
});
