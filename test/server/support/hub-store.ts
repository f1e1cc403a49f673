// A fresh, empty hub database per test: embedded PGlite in a temp data dir (the default), or, when
// HUB_BACKEND=postgres, a new database created on a PostgreSQL server (TEST_DATABASE_URL, or the
// one test/setup-postgres.sh makes) and dropped after. `npm test` runs the hub tests both ways
// (`npm run test:postgres` is the second run).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createFromTemplate } from '../../../electron/core/db/db-template.js';
import type { HubStoreOptions } from '../../../server/db/open-hub-store.js';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://chapterhouse:chapterhouse@127.0.0.1:5432/chapterhouse_test';
export const testDatabaseUrl = process.env.HUB_BACKEND === 'postgres' ? process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL : null;
export const backend = testDatabaseUrl ? 'PostgreSQL' : 'PGlite';

export interface TestStore {
  options: HubStoreOptions;
  remove(): Promise<void>;
}

export async function freshStore(): Promise<TestStore> {
  return testDatabaseUrl ? freshPostgres(testDatabaseUrl) : freshPglite();
}

async function freshPglite(): Promise<TestStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-hub-test-'));
  // Copying a pre-initialised empty database takes a fraction of PGlite's own initdb.
  await createFromTemplate(path.join(dataDir, 'db'));
  return { options: { dataDir }, remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

async function freshPostgres(serverUrl: string): Promise<TestStore> {
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database ${name}`)).catch((error: Error) => {
    throw new Error(`the PostgreSQL hub tests need a server at ${serverUrl} (${error.message}); run test/setup-postgres.sh as root, or set TEST_DATABASE_URL`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString() },
    remove: () => dropDatabase(serverUrl, name),
  };
}

/** Drops a test database; a killed hub's sessions may take a moment to end, so it tries again. */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await withClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs one query against a test store's PostgreSQL database (for assertions on its tables). */
export async function queryPostgres<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(databaseUrl, async (client) => (await client.query(sql, params)).rows as T[]);
}
