// The hub's database (node-postgres or PGlite) answers alike: numbers for counts and sequences,
// transactions that roll back whole, nested transactions that join the outer one; migrations run
// once; an embedded hub's data dir is locked against a second process.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubMigrationsDir, openHubStore, type HubStore } from '../../server/db/open-hub-store.js';
import { loadMigrations, sharedMigrationsDir } from '../../shared/db/migrations.js';
import { backend, freshStore, testDatabaseUrl, type TestStore } from './support/hub-store.js';

let test: TestStore;
let store: HubStore;

beforeEach(async () => {
  test = await freshStore();
  store = await openHubStore(test.options);
  await store.db.exec('create table t (id bigserial primary key, name text not null)');
});
afterEach(async () => {
  await store.close();
  await test.remove();
});

describe(`hub database (${backend})`, () => {
  it('returns int8 values (counts, bigserial) as numbers, numeric as text, like PGlite', async () => {
    await store.db.query("insert into t (name) values ('a'), ('b')");
    const { rows } = await store.db.query<Record<string, unknown>>(
      "select count(*) as n, max(id) as top, array_agg(id order by id) as ids, 1.5::numeric as ratio, now() as at, '{\"k\":1}'::jsonb as j from t",
    );
    expect(rows[0]).toMatchObject({ n: 2, top: 2, ids: [1, 2], ratio: '1.5', j: { k: 1 } });
    expect(rows[0]!.at).toBeInstanceOf(Date);
  });

  it('rolls a failed transaction back whole, and joins nested transactions', async () => {
    await expect(
      store.db.transaction(async (tx) => {
        await tx.query("insert into t (name) values ('kept?')");
        await tx.transaction(async (inner) => inner.query("insert into t (name) values ('inner')"));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await store.db.query('select * from t')).rows).toEqual([]);

    await store.db.transaction(async (tx) => {
      await tx.query("insert into t (name) values ('outer')");
      await tx.transaction(async (inner) => inner.query("insert into t (name) values ('inner')"));
    });
    expect((await store.db.query<{ name: string }>('select name from t order by id')).rows.map((r) => r.name)).toEqual(['outer', 'inner']);
  });

  it('runs the shared and the hub migrations once, and again is a no-op', async () => {
    const { rows } = await store.db.query<{ version: number }>('select version from schema_migrations order by version');
    const known = loadMigrations(sharedMigrationsDir(), hubMigrationsDir()).map((m) => m.version);
    expect(known).toContain(1001);
    expect(rows.map((r) => r.version)).toEqual(known);
    await store.close();
    store = await openHubStore(test.options);
    expect((await store.db.query('select version from schema_migrations')).rows).toHaveLength(known.length);
  });

  // A data-dir lock exists only for the embedded database.
  if (!testDatabaseUrl) it('refuses a second hub on the same data dir while the first runs', async () => {
    await expect(openHubStore(test.options)).rejects.toThrow(/is in use by another process \(pid \d+\); close it first/);
  });
});
