// The "Open a vote" form as typed (text in boxes) and the board it makes. The board's own rules are
// shared/proposals' boardSchema; this file only turns typing into its shape (options one per line,
// a percentage into a share, a local date-time into an instant) and its messages onto the fields.
import { boardSchema, type Board } from '../../../../shared/proposals/board';
import type { VoteMethod } from '../../../../shared/proposals/vote-methods';
import { capitalise } from '../../data/call-errors';
import { methodTakesOptions } from '../../components/vote-words';

export interface BoardDraft {
  method: VoteMethod;
  /** One option per line. */
  optionsText: string;
  dotsPerVoter: string;
  /** An `<input type="datetime-local">` value ("2025-03-31T18:00"), or '' for none. */
  closesAt: string;
  /** Percent of the chapter's members who must vote, or '' for no quorum. */
  quorumPercent: string;
  eligibleMode: 'all' | 'named';
  eligible: string[];
  anonymous: boolean;
  hideResultsUntilClosed: boolean;
}

export type BoardField = 'method' | 'options' | 'dotsPerVoter' | 'closesAt' | 'quorum' | 'eligible';
export type BoardDraftResult = { ok: true; board: Board } | { ok: false; errors: Partial<Record<BoardField, string>> };

export function emptyBoardDraft(): BoardDraft {
  return {
    method: 'consent',
    optionsText: '',
    dotsPerVoter: '3',
    closesAt: '',
    quorumPercent: '',
    eligibleMode: 'all',
    eligible: [],
    anonymous: false,
    hideResultsUntilClosed: false,
  };
}

export function draftOptions(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const fields: BoardField[] = ['method', 'options', 'dotsPerVoter', 'closesAt', 'quorum', 'eligible'];

export function boardFromDraft(draft: BoardDraft, now: number): BoardDraftResult {
  const errors: Partial<Record<BoardField, string>> = {};
  const takes = methodTakesOptions(draft.method);
  const options = takes === 'none' ? [] : draftOptions(draft.optionsText);

  let dotsPerVoter: number | undefined;
  if (draft.method === 'dot') {
    const n = Number(draft.dotsPerVoter.trim());
    if (draft.dotsPerVoter.trim() === '' || !Number.isInteger(n)) errors.dotsPerVoter = 'Give each voter a whole number of dots, like 3';
    else dotsPerVoter = n;
  }

  let closesAt: string | undefined;
  if (draft.closesAt.trim() !== '') {
    const t = new Date(draft.closesAt).getTime();
    if (Number.isNaN(t)) errors.closesAt = 'Choose a date and a time, or leave it empty to close the vote by hand';
    else if (t <= now) errors.closesAt = 'That time has passed; choose a later one, or leave it empty';
    else closesAt = new Date(t).toISOString();
  }

  let quorum: Board['quorum'];
  if (draft.quorumPercent.trim() !== '') {
    const percent = Number(draft.quorumPercent.trim().replace(/%$/, ''));
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) errors.quorum = 'Give the quorum as a percentage from 0 to 100, like 50';
    else quorum = { kind: 'members', share: percent / 100 };
  }

  if (draft.eligibleMode === 'named' && draft.eligible.length === 0) errors.eligible = 'Name at least one member who may vote, or let all members vote';

  const candidate = {
    method: draft.method,
    options,
    ...(dotsPerVoter !== undefined ? { dotsPerVoter } : {}),
    ...(closesAt ? { closesAt } : {}),
    ...(quorum ? { quorum } : {}),
    eligible: draft.eligibleMode === 'all' ? ('all' as const) : draft.eligible,
    anonymous: draft.anonymous,
    hideResultsUntilClosed: draft.hideResultsUntilClosed,
  };
  const parsed = boardSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fields.find((f) => f === issue.path[0]) ?? 'options';
      if (!errors[field]) errors[field] = capitalise(issue.message);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, board: parsed.data };
}
