// Which options lead a count, said in words. A tie is reported as a tie and never broken by the
// order the options were typed in: that order is the organiser's, not the voters'.
import { listInWords } from './describe-value.js';
import type { Standing } from './tally-result.js';

export const NO_VOTES: Standing = { outcome: 'no votes', winner: null };

export function winsStanding(option: string): Standing {
  return { outcome: `${option} wins`, winner: option };
}

export function tieStanding(options: readonly string[]): Standing {
  return { outcome: `tie between ${listInWords(options)}`, winner: null };
}

/**
 * The options whose key is greatest, in board order. Keys are compared element by element, so
 * [yes, maybe] ranks by yes first and by maybe only between equal yes.
 */
export function leadingOptions(options: readonly string[], keyOf: (option: string) => readonly number[]): string[] {
  let best: readonly number[] | null = null;
  let leaders: string[] = [];
  for (const option of options) {
    const key = keyOf(option);
    const order = best === null ? 1 : compareKeys(key, best);
    if (order > 0) {
      best = key;
      leaders = [option];
    } else if (order === 0) {
      leaders.push(option);
    }
  }
  return leaders;
}

/** The standing of a count where the greatest key wins and equal greatest keys tie. */
export function standingOfLeaders(leaders: readonly string[]): Standing {
  if (leaders.length === 0) return NO_VOTES;
  return leaders.length === 1 ? winsStanding(leaders[0]!) : tieStanding(leaders);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
