// The words a vote board uses for time, quorum, standing and outcome.
import { describe, expect, it } from 'vitest';
import {
  methodTakesOptions,
  outcomeInWords,
  quorumInWords,
  standingInWords,
  timeLeftInWords,
} from '../../renderer/src/components/vote-words.js';

const now = Date.parse('2025-03-10T12:00:00Z');

describe('timeLeftInWords', () => {
  it('says how long is left, in the largest sensible unit', () => {
    expect(timeLeftInWords('2025-03-13T12:00:00Z', now)).toBe('Closes in 3 days');
    expect(timeLeftInWords('2025-03-11T15:00:00Z', now)).toBe('Closes in 1 day 3 h');
    expect(timeLeftInWords('2025-03-10T14:30:00Z', now)).toBe('Closes in 2 h 30 min');
    expect(timeLeftInWords('2025-03-10T12:00:20Z', now)).toBe('Closes in 1 minute');
    expect(timeLeftInWords('2025-03-10T12:10:00Z', now)).toBe('Closes in 10 minutes');
  });

  it('says when voting has ended but the vote is still to be closed, and when there is no closing time', () => {
    expect(timeLeftInWords('2025-03-10T11:55:00Z', now)).toBe('Voting ended 5 minutes ago; close the vote to record the decision');
    expect(timeLeftInWords(undefined, now)).toBe('No closing time: open until an organiser closes it');
  });
});

describe('quorumInWords', () => {
  const quorum = { kind: 'members' as const, share: 0.6, base: 5 };
  it('says what is needed, what there is, and whether it is enough', () => {
    expect(quorumInWords({ quorum, quorumRequired: 3, quorumMet: false, voters: 1 })).toBe(
      'Quorum not met yet: 1 voted, 3 votes needed (60% of 5 members); 2 more to go',
    );
    expect(quorumInWords({ quorum, quorumRequired: 3, quorumMet: true, voters: 4 })).toBe('Quorum met: 4 voted, 3 votes needed (60% of 5 members)');
  });
  it('says when there is no quorum rule', () => {
    expect(quorumInWords({ quorum: null, quorumRequired: 0, quorumMet: true, voters: 0 })).toBe('No quorum rule: any number of votes counts');
  });
});

describe('standing and outcome', () => {
  it('names the leader while a vote is open', () => {
    expect(standingInWords({ standing: { outcome: 'C wins', winner: 'C' } })).toBe('Leading: C');
    expect(standingInWords({ standing: { outcome: 'tie between A and B', winner: null } })).toBe('Leading: tie between A and B');
    expect(standingInWords({ standing: { outcome: 'no votes', winner: null } })).toBe('No votes yet');
  });
  it('says a decision as a sentence start', () => {
    expect(outcomeInWords('no quorum')).toBe('No quorum');
    expect(outcomeInWords(null)).toBe('No outcome recorded');
  });
});

describe('methods', () => {
  it('knows which methods take options', () => {
    expect(methodTakesOptions('consent')).toBe('none');
    expect(methodTakesOptions('majority')).toBe('optional');
    expect(methodTakesOptions('dot')).toBe('required');
  });
});
