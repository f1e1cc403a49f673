// Who counts and when: quorum, closing time, eligibility, invalid entries, one vote per member.
import { describe, expect, it } from 'vitest';
import { tallyBoard } from '../../../shared/proposals/tally.js';
import { TallyInputError } from '../../../shared/proposals/tally-input.js';
import type { BoardVote } from '../../../shared/proposals/board-entries.js';
import { at, makeBoard } from './boards.js';
import { members, vote } from './votes.js';

const yes = { choice: 'yes' };
const no = { choice: 'no' };
const abstain = { choice: 'abstain' };

describe('quorum', () => {
  it('on members: needs ceil(share × members) voters, abstentions included, and still shows the counts without it', () => {
    const board = makeBoard('majority', { quorum: { kind: 'members', share: 0.5 } });
    const four = [vote('m1', yes), vote('m2', yes), vote('m3', no), vote('m4', abstain)];
    const short = tallyBoard({ board, votes: four, eligibleMembers: members(9), quorumBase: 9 });
    expect(short).toMatchObject({
      outcome: 'no quorum',
      winner: null,
      standing: { outcome: 'passed', winner: 'yes' },
      counts: { yes: 2, no: 1, abstain: 1 },
      voters: 4,
      quorum: { kind: 'members', share: 0.5, base: 9 },
      quorumRequired: 5,
      quorumMet: false,
    });
    const five = tallyBoard({ board, votes: [...four, vote('m5', abstain)], eligibleMembers: members(9), quorumBase: 9 });
    expect(five).toMatchObject({ outcome: 'passed', winner: 'yes', quorumRequired: 5, quorumMet: true, voters: 5 });
  });

  it("on attendance: the caller's attendance count is the base", () => {
    const board = makeBoard('consent', { quorum: { kind: 'attendance', share: 2 / 3 } });
    const votes = members(6).map((m) => vote(m, { choice: 'agree' }));
    const met = tallyBoard({ board, votes, eligibleMembers: members(40), quorumBase: 9 });
    expect(met).toMatchObject({ outcome: 'agreed', quorumRequired: 6, quorumMet: true, quorum: { kind: 'attendance', base: 9 } });
    const notMet = tallyBoard({ board, votes, eligibleMembers: members(40), quorumBase: 10 });
    expect(notMet).toMatchObject({ outcome: 'no quorum', quorumRequired: 7, quorumMet: false });
  });

  it('does not ask for one voter too many when share × base is a whole number in decimals', () => {
    const board = makeBoard('consent', { quorum: { kind: 'members', share: 0.1 } });
    expect(tallyBoard({ board, votes: [], eligibleMembers: [], quorumBase: 30 }).quorumRequired).toBe(3);
  });

  it('is always met on a board without a quorum rule', () => {
    const t = tallyBoard({ board: makeBoard('consent'), votes: [], eligibleMembers: [], quorumBase: 30 });
    expect(t).toMatchObject({ quorum: null, quorumRequired: 0, quorumMet: true });
  });
});

describe('closing time', () => {
  const board = makeBoard('majority', { closesAt: at(60) });

  it('counts votes cast up to closesAt, ignores later ones as late, and does not let them replace earlier votes', () => {
    const votes = [vote('m1', yes, 10), vote('m2', yes, 60), vote('m3', no, 61), vote('m1', no, 90)];
    const t = tallyBoard({ board, votes, eligibleMembers: members(5), quorumBase: 5 });
    expect(t).toMatchObject({ counts: { yes: 2, no: 0, abstain: 0 }, voters: 2, late: 2, countedUntil: at(60) });
  });

  it('compares times as instants, whatever zone they are written in', () => {
    // 20:30+02:00 is 18:30Z, half an hour before the board closes at 19:00Z.
    const votes = [vote('m1', yes, 0, { castAt: '2025-03-31T20:30:00+02:00' })];
    expect(tallyBoard({ board, votes, eligibleMembers: members(1), quorumBase: 1 }).voters).toBe(1);
  });

  it('stops at closedAt when the chair closed the board early', () => {
    const votes = [vote('m1', yes, 10), vote('m2', no, 30)];
    const t = tallyBoard({ board, votes, eligibleMembers: members(5), quorumBase: 5, closedAt: at(20) });
    expect(t).toMatchObject({ counts: { yes: 1, no: 0 }, late: 1, countedUntil: at(20) });
  });
});

describe('who may vote', () => {
  it('ignores votes from members who may not vote, counting the people', () => {
    const board = makeBoard('majority', { eligible: ['m1', 'm2'] });
    const votes = [vote('m1', yes), vote('m3', yes, 1), vote('m3', no, 2), vote('x9', no)];
    const t = tallyBoard({ board, votes, eligibleMembers: ['m1', 'm2'], quorumBase: 2 });
    expect(t).toMatchObject({ counts: { yes: 1, no: 0 }, voters: 1, ineligible: 2 });
  });

  it('refuses to count an anonymous board without its roll', () => {
    const board = makeBoard('majority', { anonymous: true });
    expect(() => tallyBoard({ board, votes: [], eligibleMembers: [], quorumBase: 0 })).toThrow(TallyInputError);
    expect(() => tallyBoard({ board, votes: [], eligibleMembers: [], quorumBase: 0 })).toThrow(/counted with tallyAnonymous/);
  });

  it('refuses a malformed board or input with a sentence, naming the field', () => {
    const board = { ...makeBoard('ranked'), options: ['A', 'A'] };
    expect(() => tallyBoard({ board, votes: [], eligibleMembers: [], quorumBase: 0 })).toThrow(
      "the tally cannot be computed: board.options: the option 'A' is listed twice",
    );
    expect(() => tallyBoard({ board: makeBoard('consent'), votes: [], eligibleMembers: [], quorumBase: -1 })).toThrow(
      'the tally cannot be computed: quorumBase: the quorum base cannot be negative',
    );
  });
});

describe('invalid entries', () => {
  const board = makeBoard('ranked', { options: ['A', 'B', 'C'] });

  it('lists each refused vote with a reason a person can act on, and counts the rest', () => {
    const votes: BoardVote[] = [
      vote('m1', { ranking: ['A', 'B'] }),
      vote('m2', { ranking: ['B', 'A', 'B'] }),
      vote('m3', { ranking: ['Z'] }),
      vote('m4', { ranking: ['C'] }, 0, { castAt: 'yesterday' }),
      vote('m5', { ranking: ['C'] }, 0, { memberId: 'm6' }),
      { voterKey: 'm7' } as BoardVote,
      vote('m8', { ranking: ['A'], note: Number.NaN }),
    ];
    const t = tallyBoard({ board, votes, eligibleMembers: members(9), quorumBase: 9 });
    expect(t.voters).toBe(1);
    expect(t.invalid).toEqual([
      { voterKey: 'm2', reason: "the ranking names 'B' twice" },
      { voterKey: 'm3', reason: "'Z' is not an option of this board" },
      { voterKey: 'm4', reason: "the time the vote was cast is 'yesterday', not a date and time like 2025-03-31T18:00:00Z" },
      { voterKey: 'm5', reason: "the vote is filed under 'm5' but names member 'm6'" },
      { voterKey: 'm7', reason: 'the entry has no ballot' },
      { voterKey: 'm8', reason: 'the ballot is not plain data (ballot.note is NaN, which JSON cannot hold)' },
    ]);
  });

  it("does not bring back a member's earlier valid vote when their latest is invalid", () => {
    const votes = [vote('m1', { ranking: ['A'] }, 1), vote('m1', { ranking: ['A', 'A'] }, 2)];
    const t = tallyBoard({ board, votes, eligibleMembers: members(1), quorumBase: 1 });
    expect(t).toMatchObject({ voters: 0, invalid: [{ voterKey: 'm1', reason: "the ranking names 'A' twice" }] });
  });
});

describe('one vote per member', () => {
  const board = makeBoard('majority');

  it('counts only the latest of a member’s entries', () => {
    const votes = [vote('m1', no, 5), vote('m1', yes, 9), vote('m1', abstain, 7)];
    const t = tallyBoard({ board, votes, eligibleMembers: members(1), quorumBase: 1 });
    expect(t).toMatchObject({ counts: { yes: 1, no: 0, abstain: 0 }, voters: 1 });
  });

  it('on the same castAt, takes the greater seq, then the greater JSON, in any order', () => {
    const bySeq = [vote('m1', yes, 5, { seq: 2 }), vote('m1', no, 5, { seq: 3 }), vote('m1', abstain, 5)];
    for (const votes of [bySeq, [...bySeq].reverse()]) {
      expect(tallyBoard({ board, votes, eligibleMembers: members(1), quorumBase: 1 }).counts).toEqual({ yes: 0, no: 1, abstain: 0 });
    }
    // '{"ballot":{"choice":"yes"},…' sorts after '{"ballot":{"choice":"no"},…'.
    const byJson = [vote('m1', yes, 5), vote('m1', no, 5)];
    for (const votes of [byJson, [...byJson].reverse()]) {
      expect(tallyBoard({ board, votes, eligibleMembers: members(1), quorumBase: 1 }).counts).toEqual({ yes: 1, no: 0, abstain: 0 });
    }
  });

  it("counts a proxy vote once, and not at all once the member's own later vote replaces it", () => {
    const proxy = vote('m2', no, 10, { enteredBy: 'm1', proxy: true });
    const alone = tallyBoard({ board, votes: [vote('m1', yes), proxy], eligibleMembers: members(3), quorumBase: 3 });
    expect(alone).toMatchObject({ counts: { yes: 1, no: 1 }, voters: 2, proxies: 1 });

    const own = vote('m2', yes, 20);
    const replaced = tallyBoard({ board, votes: [vote('m1', yes), proxy, own], eligibleMembers: members(3), quorumBase: 3 });
    expect(replaced).toMatchObject({ counts: { yes: 2, no: 0 }, voters: 2, proxies: 0 });
  });

  it('treats a vote entered by someone else as a proxy even when it is not marked as one', () => {
    const t = tallyBoard({ board, votes: [vote('m2', yes, 0, { enteredBy: 'm1' })], eligibleMembers: members(2), quorumBase: 2 });
    expect(t.proxies).toBe(1);
    const own = tallyBoard({ board, votes: [vote('m2', yes, 0, { enteredBy: 'm2' })], eligibleMembers: members(2), quorumBase: 2 });
    expect(own.proxies).toBe(0);
  });
});
