import { describe, expect, it } from 'vitest';
import { tallyAnonymous } from '../../../shared/proposals/tally-anonymous.js';
import type { AnonymousBallot, RollEntry } from '../../../shared/proposals/board-entries.js';
import { at, makeBoard } from './boards.js';
import { members } from './votes.js';

const board = makeBoard('consent', { anonymous: true, closesAt: at(60) });

function ballot(ballotId: string, choice: string, minutes = 0): AnonymousBallot {
  return { ballotId, ballot: { choice }, castAt: at(minutes) };
}
function onRoll(memberId: string, minutes = 0, extra: Partial<RollEntry> = {}): RollEntry {
  return { memberId, castAt: at(minutes), ...extra };
}

describe('anonymous boards', () => {
  it('counts the ballots and takes the voters from the roll', () => {
    const t = tallyAnonymous({
      board,
      ballots: [ballot('b-7f3', 'agree'), ballot('b-01a', 'agree'), ballot('b-c44', 'disagree'), ballot('b-9e2', 'abstain')],
      roll: [onRoll('m1'), onRoll('m2'), onRoll('m3'), onRoll('m4')],
      eligibleMembers: members(10),
      quorumBase: 10,
    });
    expect(t).toMatchObject({
      outcome: 'agreed',
      counts: { agree: 2, abstain: 1, disagree: 1, block: 0 },
      voters: 4,
      invalid: [],
    });
    expect(t.ballotsExceedRoll).toBeUndefined();
  });

  it('hands it to the chair when ballots outnumber the voters on the roll, counts shown', () => {
    // m4 voted on two devices while apart: two ballots, one line on the roll.
    const t = tallyAnonymous({
      board,
      ballots: [ballot('b1', 'agree'), ballot('b2', 'agree'), ballot('b3', 'agree'), ballot('b4', 'block'), ballot('b5', 'agree')],
      roll: [onRoll('m1'), onRoll('m2'), onRoll('m3'), onRoll('m4', 1), onRoll('m4', 2)],
      eligibleMembers: members(10),
      quorumBase: 10,
    });
    expect(t).toMatchObject({
      outcome: 'needs the chair: 5 ballots for 4 voters',
      winner: null,
      standing: { outcome: 'blocked', winner: null },
      counts: { agree: 4, block: 1 },
      voters: 4,
      ballotsExceedRoll: { ballots: 5, roll: 4 },
    });
  });

  it('does not count members on the roll who may not vote, so their ballots show up as extra', () => {
    const t = tallyAnonymous({
      board: { ...board, eligible: ['m1', 'm2'] },
      ballots: [ballot('b1', 'agree'), ballot('b2', 'agree'), ballot('b3', 'disagree')],
      roll: [onRoll('m1'), onRoll('m2'), onRoll('x9')],
      eligibleMembers: ['m1', 'm2'],
      quorumBase: 2,
    });
    expect(t).toMatchObject({ voters: 2, ineligible: 1, outcome: 'needs the chair: 3 ballots for 2 voters' });
  });

  it('ignores ballots and roll entries cast after closing', () => {
    const t = tallyAnonymous({
      board,
      ballots: [ballot('b1', 'agree', 10), ballot('b2', 'block', 61)],
      roll: [onRoll('m1', 10), onRoll('m2', 61)],
      eligibleMembers: members(2),
      quorumBase: 2,
    });
    expect(t).toMatchObject({ outcome: 'agreed', voters: 1, late: 1, counts: { agree: 1, block: 0 } });
  });

  it('reports invalid ballots under their id and compares only valid ballots with the roll', () => {
    const t = tallyAnonymous({
      board,
      ballots: [ballot('b1', 'agree'), ballot('b2', 'maybe'), ballot('b3', 'agree')],
      roll: [onRoll('m1'), onRoll('m2')],
      eligibleMembers: members(2),
      quorumBase: 2,
    });
    expect(t).toMatchObject({
      outcome: 'agreed',
      voters: 2,
      invalid: [{ voterKey: 'b2', reason: "'maybe' is not a consent choice; choose agree, abstain, disagree or block" }],
    });
    expect(t.ballotsExceedRoll).toBeUndefined();
  });

  it('takes a ballot id seen twice as one ballot, its latest entry', () => {
    const t = tallyAnonymous({
      board,
      ballots: [ballot('b1', 'agree', 1), ballot('b1', 'disagree', 2)],
      roll: [onRoll('m1')],
      eligibleMembers: members(1),
      quorumBase: 1,
    });
    expect(t).toMatchObject({ outcome: 'not agreed', counts: { agree: 0, disagree: 1 }, voters: 1 });
  });

  it('measures quorum on the roll and counts proxies from it', () => {
    const t = tallyAnonymous({
      board: { ...board, quorum: { kind: 'members', share: 0.5 } },
      ballots: [ballot('b1', 'agree'), ballot('b2', 'agree')],
      roll: [onRoll('m1'), onRoll('m2', 0, { enteredBy: 'm1', proxy: true }), { memberId: 'm3', castAt: 'soon' } as RollEntry],
      eligibleMembers: members(6),
      quorumBase: 6,
    });
    expect(t).toMatchObject({
      outcome: 'no quorum',
      standing: { outcome: 'agreed' },
      voters: 2,
      quorumRequired: 3,
      proxies: 1,
      invalid: [{ voterKey: 'm3', reason: "the time on the roll entry is 'soon', not a date and time like 2025-03-31T18:00:00Z" }],
    });
  });
});
