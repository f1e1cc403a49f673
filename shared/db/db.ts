// The small database interface that shared SQL is written against. PGlite (devices) and
// node-postgres (the hub) both satisfy it through thin adapters, so the apply path and the
// migrations run unchanged on both. shared/ imports no driver.

export interface QueryResult<T> {
  rows: T[];
}

export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction; nested calls join the outer transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
}
