// Keeps the last answer of every live query (so a screen visited again renders at once) and tells
// live queries when the core says tables changed. One subscription to `changed` for the whole
// window; hooks subscribe here by table name. Also counts writes in flight, for the status line.
import type { ChapterhouseApi } from '../../../shared/contract/transport';
import type { Connection } from '../client/connection';

/** `null` means "everything": the link to the core was re-established and anything may be stale. */
export type ChangeListener = (tables: ReadonlySet<string> | null) => void;

export class QueryClient {
  readonly api: ChapterhouseApi;
  private readonly cache = new Map<string, { data: unknown; tables: readonly string[] }>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly writeListeners = new Set<() => void>();
  private writes = 0;
  private lastGeneration = 0;

  constructor(connection: Connection) {
    this.api = connection.api;
    this.api.on('changed', ({ tables }) => this.tablesChanged(new Set(tables)));
    connection.subscribe(() => {
      const state = connection.getState();
      if (state.kind !== 'open') return;
      if (this.lastGeneration !== 0 && state.generation !== this.lastGeneration) this.tablesChanged(null);
      this.lastGeneration = state.generation;
    });
    const state = connection.getState();
    if (state.kind === 'open') this.lastGeneration = state.generation;
  }

  cached<T>(key: string): T | undefined {
    return this.cache.get(key)?.data as T | undefined;
  }

  remember(key: string, data: unknown, tables: readonly string[]): void {
    this.cache.set(key, { data, tables });
  }

  /** Drops every cached answer, e.g. after switching chapters. */
  clear(): void {
    this.cache.clear();
  }

  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  }

  tablesChanged(tables: ReadonlySet<string> | null): void {
    for (const [key, entry] of this.cache) {
      if (tables === null || entry.tables.some((t) => tables.has(t))) this.cache.delete(key);
    }
    for (const listener of [...this.changeListeners]) listener(tables);
  }

  /** Runs a write, counting it as in flight while it runs. */
  async write<T>(run: () => Promise<T>): Promise<T> {
    this.setWrites(this.writes + 1);
    try {
      return await run();
    } finally {
      this.setWrites(this.writes - 1);
    }
  }

  get writesInFlight(): number {
    return this.writes;
  }

  onWrites(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => {
      this.writeListeners.delete(listener);
    };
  }

  private setWrites(n: number): void {
    this.writes = n;
    for (const listener of [...this.writeListeners]) listener();
  }
}

export function touches(changed: ReadonlySet<string> | null, tables: readonly string[]): boolean {
  return changed === null || tables.some((t) => changed.has(t));
}
