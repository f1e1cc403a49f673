// A voter has one vote: the latest of their entries. "Latest" must not depend on the order entries
// arrive in, or two devices holding the same board could count it differently. So entries are put
// in a total order: the later castAt (as an instant) first, then the greater seq (an entry without
// one is lowest), then the greater canonical JSON of the whole entry. Entries equal on all three are
// identical, so it cannot matter which is kept.
import { canonicalJson } from './canonical-json.js';
import { instantOf } from './iso-time.js';

export interface OrderedEntry {
  castAt: string;
  seq?: number | undefined;
}

interface Keyed<T> {
  entry: T;
  instant: number;
  canonical: string;
}

/** The latest entry for each key, sorted by key. Entries must be plain data (canonicalJson). */
export function latestPerKey<T extends OrderedEntry>(entries: readonly T[], keyOf: (entry: T) => string): T[] {
  const latest = new Map<string, Keyed<T>>();
  for (const entry of entries) {
    const candidate = { entry, instant: instantOf(entry.castAt), canonical: canonicalJson(entry) };
    const key = keyOf(entry);
    const current = latest.get(key);
    if (!current || isLater(candidate, current)) latest.set(key, candidate);
  }
  return [...latest.keys()].sort().map((key) => latest.get(key)!.entry);
}

function isLater<T extends OrderedEntry>(a: Keyed<T>, b: Keyed<T>): boolean {
  if (a.instant !== b.instant) return a.instant > b.instant;
  const seqA = a.entry.seq ?? -Infinity;
  const seqB = b.entry.seq ?? -Infinity;
  if (seqA !== seqB) return seqA > seqB;
  return a.canonical > b.canonical;
}
