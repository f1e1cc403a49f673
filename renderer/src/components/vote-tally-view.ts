// A tally laid out for the eye: one bar per option or choice (with its share of the scale and its
// numbers in words), and for ranked choice every round as a table. Pure: the tally component draws
// what this returns, and the tests check the numbers.
import { z } from 'zod';
import { instantRunoffRoundSchema, type InstantRunoffRound, type Tally } from '../../../shared/proposals/tally-result';
import { MAX_SCORE } from '../../../shared/proposals/vote-methods';

export interface TallyBar {
  key: string;
  label: string;
  /** 0..1 of the bar's track. */
  share: number;
  /** What the bar says in words ("3 votes, 60%"). */
  detail: string;
  tone: 'accent' | 'muted' | 'danger' | 'success';
  /** Time polls: yes / maybe / no as parts of one bar (shares of the track). */
  parts?: { yes: number; maybe: number; no: number };
  /** The option leads the count (the standing's winner). */
  leading: boolean;
}

function percent(n: number, of: number): string {
  return of > 0 ? `${Math.round((n / of) * 100)}%` : '0%';
}

const votes = (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`;

/**
 * Entries in the board's order of options when it is known (a stored tally's keys come back from
 * the database reordered), then any others ('abstain', options of an older board) as they came.
 */
export function inOrder<T>(entries: [string, T][], order: readonly string[] | undefined): [string, T][] {
  if (!order || order.length === 0) return entries;
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e[0]) - rank(b.e[0]) || a.i - b.i).map(({ e }) => e);
}

export function tallyBars(tally: Tally, order?: readonly string[]): TallyBar[] {
  const winner = tally.standing.winner;
  switch (tally.method) {
    case 'consent': {
      const total = Object.values(tally.counts).reduce((a, b) => a + b, 0);
      const tones = { agree: 'success', abstain: 'muted', disagree: 'accent', block: 'danger' } as const;
      return (['agree', 'abstain', 'disagree', 'block'] as const).map((choice) => ({
        key: choice,
        label: choice.charAt(0).toUpperCase() + choice.slice(1),
        share: total > 0 ? tally.counts[choice] / total : 0,
        detail: `${votes(tally.counts[choice])}, ${percent(tally.counts[choice], total)}`,
        tone: tones[choice],
        leading: false,
      }));
    }
    case 'majority':
    case 'motion':
    case 'dot':
    case 'ranked': {
      const entries = inOrder(Object.entries(tally.counts), order);
      const total = entries.reduce((a, [, n]) => a + n, 0);
      const unit = tally.method === 'dot' ? (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}` : votes;
      return entries.map(([option, n]) => ({
        key: option,
        label: option.charAt(0).toUpperCase() + option.slice(1),
        share: total > 0 ? n / total : 0,
        detail: `${unit(n)}, ${percent(n, total)}`,
        tone: option === 'abstain' ? 'muted' : option === winner ? 'success' : 'accent',
        leading: option === winner,
      }));
    }
    case 'score': {
      const scale = MAX_SCORE * Math.max(1, tally.voters);
      return inOrder(Object.entries(tally.counts), order).map(([option, c]) => ({
        key: option,
        label: option,
        share: Math.min(1, c.total / scale),
        detail: c.average === null ? 'no scores yet' : `total ${c.total}, average ${c.average.toFixed(1)} of ${MAX_SCORE}`,
        tone: option === winner ? 'success' : 'accent',
        leading: option === winner,
      }));
    }
    case 'timepoll': {
      return inOrder(Object.entries(tally.counts), order).map(([option, c]) => {
        const answered = c.yes + c.maybe + c.no;
        const scale = Math.max(1, tally.voters, answered);
        return {
          key: option,
          label: option,
          share: answered / scale,
          detail: `${c.yes} yes, ${c.maybe} maybe, ${c.no} no`,
          tone: option === winner ? 'success' : 'accent',
          parts: { yes: c.yes / scale, maybe: c.maybe / scale, no: c.no / scale },
          leading: option === winner,
        };
      });
    }
  }
}

export interface RoundsTable {
  options: string[];
  /** rows[option][round]: first preferences in that round; null once the option is out. */
  rows: { option: string; counts: (number | null)[]; outIn: number | null }[];
  exhausted: number[];
}

const roundsSchema = z.array(instantRunoffRoundSchema);

/** The rounds of a ranked count, from a tally or a decision row (stored as unknown JSON). */
export function parseRounds(value: unknown): InstantRunoffRound[] {
  const parsed = roundsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function roundsTable(rounds: readonly InstantRunoffRound[], order?: readonly string[]): RoundsTable {
  const seen: [string, null][] = [];
  for (const round of rounds) for (const option of Object.keys(round.counts)) if (!seen.some(([o]) => o === option)) seen.push([option, null]);
  const options = inOrder(seen, order).map(([o]) => o);
  const rows = options.map((option) => {
    const eliminatedAt = rounds.findIndex((r) => r.eliminated === option);
    return {
      option,
      counts: rounds.map((r, i) => (eliminatedAt >= 0 && i > eliminatedAt ? null : (r.counts[option] ?? null))),
      outIn: eliminatedAt >= 0 ? eliminatedAt + 1 : null,
    };
  });
  return { options, rows, exhausted: rounds.map((r) => r.exhausted) };
}
