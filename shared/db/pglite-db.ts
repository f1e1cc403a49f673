// Adapts PGlite (a type-only import: shared/ loads no driver itself) to the shared `Db` interface. PGlite is one connection: a transaction holds it, so
// a nested `transaction` joins the outer one instead of deadlocking.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './db.js';

type PGliteLike = Pick<PGlite, 'query' | 'exec'> | Transaction;

function adapt(conn: PGliteLike, transaction: Db['transaction']): Db {
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      const result = await conn.query<T>(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async exec(sql: string): Promise<void> {
      await conn.exec(sql);
    },
    transaction,
  };
}

export function pgliteDb(pg: PGlite): Db {
  return adapt(pg, (fn) =>
    pg.transaction(async (tx) => {
      const inner: Db = adapt(tx, (nested) => nested(inner));
      return fn(inner);
    }),
  );
}
