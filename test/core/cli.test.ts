// The command line as scripts use it: real processes, exit codes, JSON shapes.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killHard, runCli, spawnTs, waitForLine } from '../support/child-process.js';
import { removeDir, samplesDir, tempDir } from '../support/core-fixture.js';

const dirs: string[] = [];
const fresh = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

async function ok(args: string[]) {
  const result = await runCli(args);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  return result.stdout;
}

async function fails(args: string[], message: RegExp) {
  const result = await runCli(args);
  expect(result.code).not.toBe(0);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

describe('members commands', () => {
  it('adds, lists, sets, merges, deletes and erases', async () => {
    const data = fresh();
    const ann = JSON.parse(await ok(['members', 'add', '--first', 'Ann', '--last', 'Lee', '--email', 'ann@example.org', '--tags', 'a,b', '--json', '--data', data]));
    expect(ann).toMatchObject({ firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org', tags: ['a', 'b'] });
    const boId = (await ok(['--data', data, 'members', 'add', '--first', 'Bo', '--last', 'Chen'])).trim();
    expect(boId).toMatch(/^[0-9a-f-]{36}$/);

    await ok(['members', 'set', ann.id, 'phone=+15551234567', 'tags=housing,press', 'custom.ward=7', '--data', data]);
    const list = JSON.parse(await ok(['members', 'list', '--data', data, '--json']));
    expect(list).toHaveLength(2);
    expect(list.find((m: { id: string }) => m.id === ann.id)).toMatchObject({ phone: '+15551234567', tags: ['housing', 'press'], custom: { ward: '7' } });
    for (const member of list) expect(Object.keys(member)).toEqual(expect.arrayContaining(['id', 'firstName', 'lastName', 'email', 'phone', 'tags']));

    expect(JSON.parse(await ok(['members', 'list', '--search', 'chen', '--json', '--data', data])).map((m: { id: string }) => m.id)).toEqual([boId]);
    await ok(['members', 'merge', boId, ann.id, '--data', data]);
    expect(JSON.parse(await ok(['members', 'list', '--json', '--data', data]))).toHaveLength(1);
    await ok(['members', 'erase', ann.id, '--data', data]);
    expect(JSON.parse(await ok(['members', 'list', '--json', '--data', data]))).toEqual([]);

    const cy = (await ok(['members', 'add', '--first', 'Cy', '--data', data])).trim();
    await ok(['members', 'delete', cy, '--data', data]);
    expect(JSON.parse(await ok(['members', 'list', '--json', '--data', data]))).toEqual([]);
  }, 150_000);

  it('imports with --json and --dry-run, and exports in each shape', async () => {
    const data = fresh();
    const file = path.join(samplesDir, 'nationbuilder-sample.csv');
    expect(JSON.parse(await ok(['members', 'import', file, '--dry-run', '--json', '--data', data]))).toEqual({ created: 24, updated: 0, rejected: [] });
    expect(JSON.parse(await ok(['members', 'list', '--json', '--data', data]))).toEqual([]);
    expect(JSON.parse(await ok(['members', 'import', file, '--json', '--data', data]))).toEqual({ created: 24, updated: 0, rejected: [] });
    const bad = path.join(fresh(), 'bad.csv');
    fs.writeFileSync(bad, 'Name,E-mail\nAnn,ann@example.org\nBo,not-an-email\n');
    const result = JSON.parse(await ok(['members', 'import', bad, '--format', 'spreadsheet', '--json', '--data', data]));
    expect(result).toMatchObject({ created: 1, updated: 0, rejected: [{ line: 3 }] });
    expect(result.rejected[0].reason).toMatch(/not an email/);

    const out = path.join(fresh(), 'an.csv');
    await ok(['members', 'export', '--format', 'actionnetwork', '--out', out, '--data', data]);
    const other = fresh();
    expect(JSON.parse(await ok(['members', 'import', out, '--json', '--data', other]))).toMatchObject({ created: 25, rejected: [] });
    expect(await ok(['members', 'export', '--data', data])).toMatch(/^\uFEFF?id,first_name,last_name,email/);
  }, 150_000);

  it('reading an empty data dir creates nothing', async () => {
    const data = path.join(fresh(), 'never-made');
    expect(JSON.parse(await ok(['members', 'list', '--json', '--data', data]))).toEqual([]);
    expect(fs.existsSync(data)).toBe(false);
  });

  it('fails with one line and a non-zero code on bad input', async () => {
    const data = fresh();
    await fails(['members', 'add', '--first', 'Ann', '--email', 'nope', '--data', data], /email: not an email address/);
    await fails(['members', 'set', 'no-such-id', 'phone=+15551234567', '--data', data], /no member with id no-such-id/);
    await fails(['members', 'import', '/no/such/file.csv', '--data', data], /no file at/);
    await fails(['members', 'list', '--frobnicate', '--data', data], /unknown option --frobnicate/);
    await fails(['members', 'import', path.join(samplesDir, 'spreadsheet-sample.csv'), '--format', 'xls', '--data', data], /--format is auto/);
    await fails(['nonsense', '--data', data], /unknown command/);
  }, 150_000);

  it('refuses a data dir in use by another process', async () => {
    const data = fresh();
    const holder = spawnTs('test/support/hold-core.ts', [data]);
    try {
      await waitForLine(holder, 'open');
      await fails(['members', 'list', '--data', data], /in use by another process/);
    } finally {
      await killHard(holder);
    }
  }, 150_000);

  it('backs up and restores into an empty data dir', async () => {
    const data = fresh();
    await ok(['members', 'add', '--first', 'Ann', '--data', data]);
    const file = path.join(fresh(), 'chapter.tar.gz');
    await ok(['backup', '--out', file, '--data', data]);
    const target = fresh();
    await ok(['restore', file, '--data', target]);
    expect(JSON.parse(await ok(['members', 'list', '--json', '--data', target])).map((m: { firstName: string }) => m.firstName)).toEqual(['Ann']);
    await fails(['restore', file, '--data', target], /already holds a database/);
  }, 150_000);
});
