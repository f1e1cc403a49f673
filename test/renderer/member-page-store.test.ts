import { describe, expect, it } from 'vitest';
import type { MemberSummary } from '../../shared/contract/members.js';
import { MemberPageStore, PAGE_SIZE, type MemberFilter } from '../../renderer/src/data/member-page-store.js';

interface Call {
  filter: MemberFilter;
  offset: number;
  resolve(total: number): void;
  reject(error: Error): void;
}

function member(i: number): MemberSummary {
  return { id: `m${i}`, firstName: `F${i}`, lastName: 'L', email: null, phone: null, tags: [], status: 'member', city: null, joinedOn: null };
}

function harness(filter: MemberFilter = { query: '' }) {
  const calls: Call[] = [];
  const store = new MemberPageStore(
    (f, offset, limit) =>
      new Promise((resolve, reject) => {
        calls.push({
          filter: f,
          offset,
          resolve: (total) => resolve({ total, rows: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) => member(offset + k)) }),
          reject,
        });
      }),
    filter,
  );
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { store, calls, settle };
}

describe('MemberPageStore', () => {
  it('fetches the first page at once and sizes the table from total', async () => {
    const { store, calls, settle } = harness();
    expect(calls.map((c) => c.offset)).toEqual([0]);
    calls[0]!.resolve(100_000);
    await settle();
    expect(store.total).toBe(100_000);
    expect(store.row(5)?.id).toBe('m5');
    expect(store.row(PAGE_SIZE)).toBeUndefined();
  });

  it('fetches only the pages visible now, at most two at a time', async () => {
    const { store, calls, settle } = harness();
    calls[0]!.resolve(100_000);
    await settle();
    // The scrollbar is dragged across the roster: every range it passes is set, one after another.
    for (let start = 0; start < 90_000; start += 3_000) store.setRange(start, start + 30);
    store.setRange(90_000, 90_030);
    // Two fetches started for ranges passed on the way; nothing else is queued behind them.
    expect(calls.length).toBe(3);
    calls[1]!.resolve(100_000);
    calls[2]!.resolve(100_000);
    await settle();
    // The next fetch is the page where the scrollbar stopped, not the pages it crossed.
    expect(calls.slice(3).map((c) => c.offset)).toEqual([90_000]);
  });

  it('keeps showing the old rows until a new search answers', async () => {
    const { store, calls, settle } = harness();
    calls[0]!.resolve(500);
    await settle();
    store.setFilter({ query: 'ann' });
    expect(store.searching).toBe(true);
    expect(store.row(0)?.id).toBe('m0');
    expect(store.total).toBe(500);
    const search = calls.find((c) => c.filter.query === 'ann')!;
    search.resolve(3);
    await settle();
    expect(store.searching).toBe(false);
    expect(store.total).toBe(3);
    expect(store.shownFilter.query).toBe('ann');
  });

  it('ignores the answer of a search typed over', async () => {
    const { store, calls, settle } = harness();
    calls[0]!.resolve(500);
    await settle();
    store.setFilter({ query: 'an' });
    store.setFilter({ query: 'ann' });
    const ann = calls.find((c) => c.filter.query === 'ann')!;
    const an = calls.find((c) => c.filter.query === 'an')!;
    ann.resolve(2);
    await settle();
    an.resolve(40);
    await settle();
    expect(store.shownFilter.query).toBe('ann');
    expect(store.total).toBe(2);
  });

  it('refetches visible pages in place when members change, and drops the rest', async () => {
    const { store, calls, settle } = harness();
    calls[0]!.resolve(1_000);
    await settle();
    store.setRange(500, 530);
    calls[1]!.resolve(1_000);
    await settle();
    store.invalidate();
    expect(store.row(510)?.id).toBe('m510'); // still shown while refetching
    expect(store.row(10)).toBeUndefined(); // not visible: dropped
    expect(calls.slice(2).map((c) => c.offset)).toEqual([500]);
  });

  it('reports an error instead of retrying forever, and retries when asked', async () => {
    const { store, calls, settle } = harness();
    calls[0]!.reject(new Error('the core is closed'));
    await settle();
    expect(store.error).toBeInstanceOf(Error);
    expect(calls.length).toBe(1);
    store.retry();
    expect(calls.length).toBe(2);
  });
});
