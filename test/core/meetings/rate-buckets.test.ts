// Token buckets with a hand-moved clock: the burst, the refill, the wait they announce, and the bound
// on how many keys they remember.
import { describe, expect, it } from 'vitest';
import { RateBuckets } from '../../../electron/core/meetings/rate-buckets.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateBuckets', () => {
  it('allows the burst, then says how long until the next token', () => {
    const time = clock();
    const buckets = new RateBuckets({ burst: 10, refillEveryMs: 3_000 }, 100, time.now);
    for (let i = 0; i < 10; i++) expect(buckets.take('phone')).toEqual({ ok: true });
    expect(buckets.take('phone')).toEqual({ ok: false, retryAfterMs: 3_000 });
    time.advance(1_000);
    expect(buckets.take('phone')).toEqual({ ok: false, retryAfterMs: 2_000 });
    time.advance(2_000);
    expect(buckets.take('phone')).toEqual({ ok: true });
    expect(buckets.take('phone').ok).toBe(false);
  });

  it('keeps each key apart', () => {
    const time = clock();
    const buckets = new RateBuckets({ burst: 1, refillEveryMs: 1_000 }, 100, time.now);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('refills to the burst and no further', () => {
    const time = clock();
    const buckets = new RateBuckets({ burst: 3, refillEveryMs: 100 }, 100, time.now);
    for (let i = 0; i < 3; i++) buckets.take('a');
    time.advance(1_000_000);
    for (let i = 0; i < 3; i++) expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
  });

  it('forgets full buckets and, past the bound, the least recently used', () => {
    const time = clock();
    const buckets = new RateBuckets({ burst: 2, refillEveryMs: 1_000 }, 100, time.now);
    for (let i = 0; i < 50; i++) buckets.take(`old${i}`);
    time.advance(61_000); // every old bucket is full again, and a minute has passed
    buckets.take('new');
    expect(buckets.size).toBe(1);

    for (let i = 0; i < 1_000; i++) buckets.take(`flood${i}`);
    expect(buckets.size).toBeLessThanOrEqual(100);
    // The most recent keys are the ones kept: 'flood999' is still in debt.
    buckets.take('flood999');
    expect(buckets.take('flood999').ok).toBe(false);
  });

  it('refuses a rate that could never allow anything', () => {
    expect(() => new RateBuckets({ burst: 0, refillEveryMs: 1_000 })).toThrow(/burst/);
    expect(() => new RateBuckets({ burst: 1, refillEveryMs: 0 })).toThrow(/refill/);
  });
});
