// The count of a motion as typed in the room (for, against, abstain, proxies) and what it says: the
// same rules the core counts with (shared/meetings/motion-tally.ts), applied as the chair types, so
// the preview never waits for a round trip. The core checks the count again when it is saved.
import type { Motion } from '../../../../shared/contract/meetings';
import { motionCountProblem, tallyMotion } from '../../../../shared/meetings/motion-tally';
import type { Tally } from '../../../../shared/proposals/tally-result';

export interface CountDraft {
  votesFor: string;
  votesAgainst: string;
  votesAbstain: string;
  proxies: string;
}

export type CountField = keyof CountDraft;
export const countFields: CountField[] = ['votesFor', 'votesAgainst', 'votesAbstain', 'proxies'];

export interface ReadCount {
  /** The numbers, when every field is a whole number 0 or more (blank counts as 0). */
  counts: Record<CountField, number> | null;
  fieldErrors: Partial<Record<CountField, string>>;
}

export function countDraftOf(motion: Pick<Motion, CountField>): CountDraft {
  return { votesFor: String(motion.votesFor), votesAgainst: String(motion.votesAgainst), votesAbstain: String(motion.votesAbstain), proxies: String(motion.proxies) };
}

export function readCount(draft: CountDraft): ReadCount {
  const fieldErrors: ReadCount['fieldErrors'] = {};
  const counts = {} as Record<CountField, number>;
  for (const field of countFields) {
    const text = draft[field].trim();
    if (text === '') counts[field] = 0;
    else if (!/^\d{1,7}$/.test(text) || Number(text) > 1_000_000) fieldErrors[field] = 'A whole number, 0 or more';
    else counts[field] = Number(text);
  }
  return { counts: Object.keys(fieldErrors).length === 0 ? counts : null, fieldErrors };
}

export function sameCount(a: Record<CountField, number>, b: Pick<Motion, CountField>): boolean {
  return countFields.every((f) => a[f] === b[f]);
}

/** What the typed count says against the attendance now: a tally, or the problem to fix first. */
export function previewCount(
  counts: Record<CountField, number>,
  motion: Pick<Motion, 'counting' | 'quorumPercent'>,
  present: number,
): { tally: Tally; problem: null } | { tally: null; problem: string } {
  const count = { ...counts, counting: motion.counting, quorumPercent: motion.quorumPercent, present };
  const problem = motionCountProblem(count);
  return problem ? { tally: null, problem: problem.message } : { tally: tallyMotion(count), problem: null };
}
