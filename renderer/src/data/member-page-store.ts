// The roster's rows, fetched a page at a time as they scroll into view, for a virtualised table of
// 100,000 members. Plain TypeScript (no React), so its rules are easy to follow and to test:
//  - only pages in (or next to) the visible range are fetched, at most two at a time, and the next
//    fetch is always chosen from the range visible *now*: dragging the scrollbar across 900 pages
//    fetches the pages where it stops, not every page it passed;
//  - a new search keeps showing the old rows until its first page arrives (no empty flash);
//  - when the core says members changed, visible pages are refetched in place and the rest dropped;
//  - a broad search answers with a lower bound of its size (counting 30,000 matches on every
//    keystroke is slow): the exact count is asked for once, after, and the table grows to it.
import type { MemberSearch, MemberSummary } from '../../../shared/contract/members';

export const PAGE_SIZE = 100;
const CONCURRENCY = 2;

export type MemberFilter = Required<Pick<MemberSearch, 'query'>> & Pick<MemberSearch, 'tag' | 'status'>;
type FetchPage = (filter: MemberFilter, offset: number, limit: number) => Promise<{ total: number; totalExact?: boolean; rows: MemberSummary[] }>;
type CountAll = (filter: MemberFilter) => Promise<number>;

interface Page {
  rows: MemberSummary[];
  stale: boolean;
}

class View {
  readonly pages = new Map<number, Page>();
  readonly inflight = new Set<number>();
  total: number | null = null;
  /** The exact count, once asked for (a broad search's pages give only a lower bound). */
  counting: Promise<void> | null = null;
  error: unknown = undefined;
  constructor(
    readonly filter: MemberFilter,
    readonly key: string,
  ) {}
}

export function filterKey(filter: MemberFilter): string {
  return JSON.stringify([filter.query.trim(), filter.tag ?? null, filter.status ?? null]);
}

export class MemberPageStore {
  private active: View;
  private incoming: View | null = null;
  private range = { start: 0, end: PAGE_SIZE - 1 };
  private running = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly fetchPage: FetchPage,
    filter: MemberFilter,
    private readonly countAll?: CountAll,
  ) {
    this.active = new View(filter, filterKey(filter));
    this.pump();
  }

  // ——— reading ———
  get total(): number | null {
    return this.active.total;
  }
  get error(): unknown {
    return this.active.error;
  }
  /** The filter of the rows on screen (it lags a new search until its first page arrives). */
  get shownFilter(): MemberFilter {
    return this.active.filter;
  }
  get shownKey(): string {
    return this.active.key;
  }
  /** True while a new search is waiting for its first page. */
  get searching(): boolean {
    return this.incoming !== null;
  }
  row(index: number): MemberSummary | undefined {
    return this.active.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
  }
  getVersion = (): number => this.version;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  // ——— driving ———
  setFilter(filter: MemberFilter): void {
    const key = filterKey(filter);
    if (key === (this.incoming ?? this.active).key) return;
    if (key === this.active.key) {
      this.incoming = null; // typed back to what is shown
      this.changed();
      return;
    }
    if (this.active.total === null && this.active.error === undefined) this.active = new View(filter, key);
    else this.incoming = new View(filter, key);
    this.pump();
  }

  /** The rows the table shows now (inclusive indexes, overscan included). */
  setRange(start: number, end: number): void {
    this.range = { start: Math.max(0, start), end: Math.max(start, end) };
    this.pump();
  }

  /** The core changed members: refetch what is visible, forget the rest. */
  invalidate(): void {
    const wanted = new Set(this.wantedPages(this.active));
    for (const [index, page] of this.active.pages) {
      if (wanted.has(index)) page.stale = true;
      else this.active.pages.delete(index);
    }
    this.active.error = undefined;
    if (this.incoming) this.incoming = new View(this.incoming.filter, this.incoming.key);
    this.pump();
  }

  retry(): void {
    this.active.error = undefined;
    this.changed();
    this.pump();
  }

  // ——— fetching ———
  private wantedPages(view: View): number[] {
    // A new search starts at the top: it needs its first page(s) only.
    const start = view === this.incoming ? 0 : this.range.start;
    const end = view === this.incoming ? this.range.end - this.range.start : this.range.end;
    const last = view.total === null ? Math.floor(end / PAGE_SIZE) : Math.min(Math.floor(end / PAGE_SIZE), Math.max(0, Math.ceil(view.total / PAGE_SIZE) - 1));
    const pages: number[] = [];
    for (let p = Math.floor(start / PAGE_SIZE); p <= last; p++) pages.push(p);
    return pages;
  }

  private nextJob(): { view: View; page: number } | null {
    for (const view of this.incoming ? [this.incoming] : [this.active]) {
      if (view.error !== undefined) continue;
      for (const page of this.wantedPages(view)) {
        const have = view.pages.get(page);
        if ((!have || have.stale) && !view.inflight.has(page)) return { view, page };
      }
    }
    return null;
  }

  private countExactly(view: View): void {
    if (view.counting || !this.countAll) return;
    view.counting = this.countAll(view.filter).then(
      (total) => {
        view.total = total;
        view.counting = null;
        if (view === this.active) this.changed();
      },
      () => {
        view.counting = null;
      },
    );
  }

  private pump(): void {
    while (this.running < CONCURRENCY) {
      const job = this.nextJob();
      if (!job) break;
      this.start(job.view, job.page);
    }
  }

  private start(view: View, page: number): void {
    this.running += 1;
    view.inflight.add(page);
    this.fetchPage(view.filter, page * PAGE_SIZE, PAGE_SIZE)
      .then(
        (answer) => {
          view.pages.set(page, { rows: answer.rows, stale: false });
          if (answer.totalExact === false) {
            view.total = Math.max(view.total ?? 0, answer.total);
            this.countExactly(view);
          } else view.total = answer.total;
          view.error = undefined;
          if (view === this.incoming) {
            this.active = view;
            this.incoming = null;
          }
        },
        (error: unknown) => {
          view.error = error;
          if (view === this.incoming) {
            this.active = view;
            this.incoming = null;
          }
        },
      )
      .finally(() => {
        view.inflight.delete(page);
        this.running -= 1;
        if (view === this.active || view === this.incoming) this.changed();
        this.pump();
      });
  }

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
