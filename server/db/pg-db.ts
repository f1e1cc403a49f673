// Adapts a node-postgres Pool to the shared `Db` interface, so the apply path, the migrations and
// the Yjs document store run unchanged on the hub's PostgreSQL.
//
// Two things make PostgreSQL answer like PGlite (the shared SQL is tested on both):
// - int8 (count(*), bigserial seq) comes back as a JS number, as PGlite returns it; node-postgres
//   would return a string. numeric stays a string, as PGlite returns it too.
// - the type parsers are set on this Pool only, never on pg's global `types` (two hubs, or a hub and
//   a test, in one process must not change each other's parsing).
//
// A transaction holds one client for its whole length (BEGIN … COMMIT/ROLLBACK on that client);
// a nested `transaction` joins the outer one, as it does on PGlite.
import pg from 'pg';
import type { Pool, PoolClient } from 'pg';
import type { Db, QueryResult } from '../../shared/db/db.js';

const INT8 = 20;
const INT8_ARRAY = 1016;

type TypeParser = (value: string) => unknown;

// pg's own parsers, looked up by a plain number (its typings only list the built-in ids).
const builtinParser = pg.types.getTypeParser as (oid: number, format?: 'text' | 'binary') => TypeParser;

const getTypeParser = ((oid: number, format?: 'text' | 'binary') => {
  if (oid === INT8 && format !== 'binary') return (value: string) => Number(value);
  if (oid === INT8_ARRAY && format !== 'binary') {
    const parseArray = builtinParser(INT8_ARRAY, 'text');
    return (value: string) => (parseArray(value) as (string | null)[]).map((v) => (v === null ? null : Number(v)));
  }
  return builtinParser(oid, format ?? 'text');
}) as typeof pg.types.getTypeParser;

/** A Pool configured to parse types as PGlite does. */
export function createPool(connectionString: string, max = 10): Pool {
  return new pg.Pool({ connectionString, max, types: { getTypeParser } });
}

function clientDb(client: PoolClient): Db {
  const db: Db = {
    async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      const result = await client.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string): Promise<void> {
      // No parameters: node-postgres uses the simple query protocol, which takes several statements.
      await client.query(sql);
    },
    // Already inside this client's transaction: join it.
    transaction: (fn) => fn(db),
  };
  return db;
}

export function pgDb(pool: Pool): Db {
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      const result = await pool.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string): Promise<void> {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('begin');
        try {
          const result = await fn(clientDb(client));
          await client.query('commit');
          return result;
        } catch (error) {
          await client.query('rollback').catch((rollbackError: Error) => {
            // A client that cannot even roll back is not returned to the pool.
            broken = rollbackError;
          });
          throw error;
        }
      } finally {
        client.release(broken);
      }
    },
  };
}
