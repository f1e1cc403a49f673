// Token buckets keyed by a string (a device cookie, a remote address): each key may spend `burst`
// tokens at once, and gets one back every `refillEveryMs`. Used by the sign-in page to limit how fast
// one device can submit.
// Each key is kept as one number, the time its bucket will be full again (the "generic cell rate
// algorithm" form of a token bucket): no fractions of tokens to drift, and a full bucket is one whose
// time has passed, which is the same as no bucket. So memory stays bounded whatever keys arrive: full
// buckets are dropped (swept once a minute, and whenever the map is over `maxKeys`), and if the map is
// still too big the least recently used go. Dropping a bucket early only forgives its debt; it never
// blocks anyone wrongly. The clock is a parameter, so the tests move time by hand.

export interface BucketRate {
  /** Tokens a new (or long idle) key may spend at once. */
  burst: number;
  /** One token comes back every this many milliseconds, up to `burst`. */
  refillEveryMs: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number };

const SWEEP_EVERY_MS = 60_000;

export class RateBuckets {
  // A Map iterates in insertion order; a key is re-inserted when used, so the first keys are the
  // least recently used ones.
  private readonly buckets = new Map<string, number>();
  private lastSweep: number;

  constructor(
    private readonly rate: BucketRate,
    private readonly maxKeys = 20_000,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(rate.burst >= 1) || !(rate.refillEveryMs > 0)) throw new Error('a rate needs a burst of at least 1 and a positive refill interval');
    this.lastSweep = now();
  }

  /** Spends one token of `key`, or says how long until one is back. */
  take(key: string): TakeResult {
    const now = this.now();
    // Spending a token pushes the full-again time one interval later; the burst is how far ahead of
    // now that time may run.
    const fullAt = Math.max(this.buckets.get(key) ?? now, now);
    const wait = fullAt + this.rate.refillEveryMs - now - this.rate.burst * this.rate.refillEveryMs;
    this.buckets.delete(key);
    this.buckets.set(key, wait > 0 ? fullAt : fullAt + this.rate.refillEveryMs);
    if (this.buckets.size > this.maxKeys || now - this.lastSweep >= SWEEP_EVERY_MS) this.sweep(now);
    return wait > 0 ? { ok: false, retryAfterMs: Math.ceil(wait) } : { ok: true };
  }

  /** How many keys are held (for the tests of the memory bound). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    const over = this.buckets.size > this.maxKeys;
    for (const [key, fullAt] of this.buckets) {
      if (fullAt <= now) this.buckets.delete(key);
    }
    // Down to nine tenths, not just under the bound, so a flood of new keys pays for a sweep once
    // in every maxKeys/10 requests rather than on each one.
    if (!over) return;
    const keep = Math.floor(this.maxKeys * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= keep) break;
      this.buckets.delete(key);
    }
  }
}
