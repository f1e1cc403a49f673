import { describe, expect, it } from 'vitest';
import { ClockDriftError, HybridClock, MAX_DRIFT_MS, parseHlc } from '../../shared/hlc.js';

describe('hybrid logical clock', () => {
  it('issues increasing stamps even when the wall clock stands still', () => {
    const clock = new HybridClock('devA', () => 1_000);
    const stamps = Array.from({ length: 5 }, () => clock.tick());
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(5);
  });

  it('issues increasing stamps when the wall clock goes backwards', () => {
    let now = 10_000;
    const clock = new HybridClock('devA', () => now);
    const first = clock.tick();
    now = 5_000;
    expect(clock.tick() > first).toBe(true);
  });

  it('orders local changes after a received remote stamp', () => {
    const remote = new HybridClock('devB', () => 50_000).tick();
    const clock = new HybridClock('devA', () => 40_000);
    clock.receive(remote);
    expect(clock.tick() > remote).toBe(true);
  });

  it('refuses a remote stamp too far in the future, and stays where it was', () => {
    const clock = new HybridClock('devA', () => 1_000_000);
    const before = clock.tick();
    const future = new HybridClock('devB', () => 1_000_000 + MAX_DRIFT_MS + 1_000).tick();
    expect(() => clock.receive(future)).toThrow(ClockDriftError);
    const after = clock.tick();
    expect(parseHlc(after)!.millis).toBe(parseHlc(before)!.millis);
  });

  it('accepts a stamp just inside the allowed drift', () => {
    const clock = new HybridClock('devA', () => 1_000_000);
    const nearFuture = new HybridClock('devB', () => 1_000_000 + MAX_DRIFT_MS - 1_000).tick();
    clock.receive(nearFuture);
    expect(clock.tick() > nearFuture).toBe(true);
  });

  it('spills a full counter into the next millisecond instead of failing', () => {
    const clock = new HybridClock('devA', () => 7_000);
    let last = clock.tick();
    for (let i = 0; i < 70_000; i++) {
      const next = clock.tick();
      expect(next > last).toBe(true);
      last = next;
    }
  });

  it('resumes after its own earlier stamps across a restart', () => {
    const earlier = new HybridClock('devA', () => 90_000).tick();
    const restarted = new HybridClock('devA', () => 10_000);
    restarted.resumeAfter(earlier);
    expect(restarted.tick() > earlier).toBe(true);
  });

  it('round-trips stamps and rejects malformed ones', () => {
    const stamp = new HybridClock('node_1', () => Date.UTC(2025, 0, 2)).tick();
    expect(parseHlc(stamp)).toEqual({ millis: Date.UTC(2025, 0, 2), counter: 0, node: 'node_1' });
    expect(parseHlc('2025-01-02')).toBeNull();
    expect(() => new HybridClock('bad node')).toThrow();
  });
});
