// The data dir across processes: the lock, a kill -9 in the middle of an import, newer schemas,
// and backup/restore.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../electron/core/backup/restore.js';
import { DataDirInUseError, lockDataDir } from '../../shared/db/data-dir-lock.js';
import { NewerSchemaError } from '../../shared/db/migrations.js';
import { openDatabase } from '../../electron/core/db/open-database.js';
import { killHard, spawnTs, waitForLine } from '../support/child-process.js';
import { openChapterCore, openCore, removeDir, tempDir } from '../support/core-fixture.js';

const dirs: string[] = [];
const fresh = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

describe('the data-dir lock', () => {
  it('refuses a second process at once, and is taken over when the owner was killed', async () => {
    const dir = fresh();
    const holder = spawnTs('test/support/hold-core.ts', [dir]);
    try {
      await waitForLine(holder, 'open');
      const started = Date.now();
      await expect(openCore(dir)).rejects.toThrow(/in use by another process/);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: holder.pid });
    } finally {
      await killHard(holder);
    }
    const core = await openCore(dir);
    await core.close();
    expect(fs.existsSync(path.join(dir, 'lock'))).toBe(false);
  });

  it('is exclusive within one process too, and released on close', () => {
    const dir = fresh();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    lock.release();
    lockDataDir(dir).release();
  });

  it('treats an unreadable lock file as stale', () => {
    const dir = fresh();
    fs.writeFileSync(path.join(dir, 'lock'), '');
    lockDataDir(dir).release();
  });
});

describe('crash safety', () => {
  it('reopens with the database as it was before an import killed with kill -9', async () => {
    const dir = fresh();
    const before = await openChapterCore('US', dir);
    await before.call('members.create', { firstName: 'Kept', lastName: 'Before' });
    await before.close();

    const child = spawnTs('test/support/hold-core.ts', [dir, 'import', '60000']);
    try {
      await waitForLine(child, 'writing');
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await killHard(child);
    }
    const after = await openCore(dir);
    try {
      const found = await after.call('members.search', {});
      expect(found.rows.map((r) => r.firstName)).toEqual(['Kept']);
      await after.call('members.create', { firstName: 'After' });
      expect((await after.call('members.search', {})).total).toBe(2);
    } finally {
      await after.close();
    }
  }, 120_000);
});

describe('schema versions', () => {
  it('refuses a data dir written by a newer version', async () => {
    const dir = fresh();
    const database = await openDatabase(dir);
    await database.db.query("insert into schema_migrations (version, name) values (9999, 'from_the_future')");
    await database.close();
    await expect(openDatabase(dir)).rejects.toThrow(NewerSchemaError);
    await expect(openDatabase(dir)).rejects.toThrow(/newer version of Chapterhouse/);
    expect(fs.existsSync(path.join(dir, 'lock'))).toBe(false);
  });
});

describe('backup and restore', () => {
  it('restores a backup into an empty data dir, and refuses a non-empty one or a bad file', async () => {
    const core = await openChapterCore('US', fresh());
    const ann = await core.call('members.create', { firstName: 'Ann', email: 'ann@example.org' });
    const info = await core.call('backup.create', {});
    expect((await core.call('backup.list', {})).map((b) => b.fileName)).toContain(info.fileName);
    const file = path.join(core.dataDir, 'backups', info.fileName);
    await core.close();

    const target = fresh();
    await restoreBackup({ dataDir: target, file });
    const restored = await openCore(target);
    expect((await restored.call('members.get', { id: ann.id })).email).toBe('ann@example.org');
    await restored.close();

    await expect(restoreBackup({ dataDir: target, file })).rejects.toThrow(/already holds a database/);
    const junk = path.join(fresh(), 'junk.tar.gz');
    fs.writeFileSync(junk, 'not a backup');
    await expect(restoreBackup({ dataDir: fresh(), file: junk })).rejects.toThrow(/not a Chapterhouse backup/);
  });
});
