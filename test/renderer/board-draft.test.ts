// The "Open a vote" form: typing turned into a board, with boardSchema's messages on the fields.
import { describe, expect, it } from 'vitest';
import { boardFromDraft, draftOptions, emptyBoardDraft, type BoardDraft } from '../../renderer/src/screens/proposals/board-draft.js';

const now = Date.parse('2025-03-10T12:00:00Z');
const draft = (changes: Partial<BoardDraft>): BoardDraft => ({ ...emptyBoardDraft(), ...changes });

describe('boardFromDraft', () => {
  it('makes a consent board with no options from the defaults', () => {
    expect(boardFromDraft(emptyBoardDraft(), now)).toEqual({
      ok: true,
      board: { method: 'consent', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false },
    });
  });

  it('reads options one per line, trimmed, skipping blank lines, and a quorum in percent', () => {
    const result = boardFromDraft(draft({ method: 'ranked', optionsText: ' A \n\nB\nC\n', quorumPercent: '50%' }), now);
    expect(result).toMatchObject({ ok: true, board: { method: 'ranked', options: ['A', 'B', 'C'], quorum: { kind: 'members', share: 0.5 } } });
    expect(draftOptions('x\n y \n')).toEqual(['x', 'y']);
  });

  it("ignores typed options for consent, and keeps dots only for dot votes", () => {
    expect(boardFromDraft(draft({ optionsText: 'A\nB' }), now)).toMatchObject({ ok: true, board: { options: [] } });
    const dot = boardFromDraft(draft({ method: 'dot', optionsText: 'A\nB', dotsPerVoter: '4' }), now);
    expect(dot).toMatchObject({ ok: true, board: { dotsPerVoter: 4 } });
    const score = boardFromDraft(draft({ method: 'score', optionsText: 'A\nB', dotsPerVoter: '4' }), now);
    expect(score.ok && 'dotsPerVoter' in score.board).toBe(false);
  });

  it("puts the board's rules on the field they are about", () => {
    expect(boardFromDraft(draft({ method: 'ranked', optionsText: 'A' }), now)).toEqual({ ok: false, errors: { options: 'A ranked vote needs at least two options' } });
    expect(boardFromDraft(draft({ method: 'score', optionsText: 'A\nA' }), now)).toEqual({ ok: false, errors: { options: "The option 'A' is listed twice" } });
    expect(boardFromDraft(draft({ method: 'dot', optionsText: 'A\nB', dotsPerVoter: '0' }), now)).toEqual({
      ok: false,
      errors: { dotsPerVoter: 'Each voter needs at least 1 dot' },
    });
  });

  it('says how to fix a quorum, a closing time or a missing list of voters', () => {
    const result = boardFromDraft(draft({ quorumPercent: '150', closesAt: '2025-03-01T10:00', eligibleMode: 'named' }), now);
    expect(result).toEqual({
      ok: false,
      errors: {
        quorum: 'Give the quorum as a percentage from 0 to 100, like 50',
        closesAt: 'That time has passed; choose a later one, or leave it empty',
        eligible: 'Name at least one member who may vote, or let all members vote',
      },
    });
  });

  it('turns a local closing time into an instant', () => {
    const result = boardFromDraft(draft({ closesAt: '2025-03-20T18:00' }), now);
    expect(result.ok && result.board.closesAt).toBe(new Date('2025-03-20T18:00').toISOString());
  });

  it('names the members who may vote', () => {
    expect(boardFromDraft(draft({ eligibleMode: 'named', eligible: ['m1', 'm2'] }), now)).toMatchObject({ ok: true, board: { eligible: ['m1', 'm2'] } });
  });
});
