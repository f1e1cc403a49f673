// `hub ...` through runHubCli, as the main CLI calls it: start a hub, create a chapter, invite,
// list and revoke devices, and the one-line errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runHubCli } from '../../server/cli.js';
import type { DeviceInfo } from '../../shared/sync/hub-api.js';
import type { JoinResponse } from '../../shared/sync/protocol.js';
import { backend, freshStore, type TestStore } from './support/hub-store.js';
import { waitFor } from './support/yjs-client.js';

let store: TestStore;
let stop: AbortController;
let running: Promise<void>;
let lines: string[];
let hubUrl: string;
let adminToken: string;
let tokenDir: string;

/** Runs one admin command and returns what it printed. */
async function cli(...argv: string[]): Promise<string[]> {
  const out: string[] = [];
  await runHubCli(argv, (t) => out.push(t));
  return out;
}

beforeEach(async () => {
  store = await freshStore();
  tokenDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-cli-'));
  const where = 'dataDir' in store.options ? ['--data', store.options.dataDir] : ['--database-url', store.options.databaseUrl];
  lines = [];
  stop = new AbortController();
  running = runHubCli([...where, '--port', '0'], (t) => lines.push(...t.split('\n')), { signal: stop.signal });
  await waitFor(() => lines.some((l) => l.startsWith('admin token: ')), 20_000, 'the hub to start');
  hubUrl = lines.find((l) => l.startsWith('hub listening on '))!.slice('hub listening on '.length);
  adminToken = lines.find((l) => l.startsWith('admin token: '))!.slice('admin token: '.length);
});
afterEach(async () => {
  stop.abort();
  await running;
  await store.remove();
  fs.rmSync(tokenDir, { recursive: true, force: true });
});

describe(`hub CLI (${backend})`, () => {
  it('prints its address and, on first start only, the admin token', async () => {
    expect(hubUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.filter((l) => l.includes(adminToken))).toHaveLength(1);
    stop.abort();
    await running;
    // Started again on the same data: no new token.
    const where = 'dataDir' in store.options ? ['--data', store.options.dataDir] : ['--database-url', store.options.databaseUrl];
    lines = [];
    stop = new AbortController();
    running = runHubCli([...where, '--port', '0'], (t) => lines.push(...t.split('\n')), { signal: stop.signal });
    await waitFor(() => lines.some((l) => l.startsWith('data: ')), 20_000, 'the hub to start again');
    expect(lines.join('\n')).not.toMatch(/admin token/);
  });

  it('creates a chapter, invites, lists devices and revokes one', async () => {
    const admin = ['--hub', hubUrl, '--admin-token', adminToken];
    const created = JSON.parse((await cli('chapter', 'create', 'Riverside', 'Tenants', ...admin, '--json'))[0]!) as { chapterId: string; invite: string };
    expect(Object.keys(created).sort()).toEqual(['chapterId', 'invite']);

    const observerInvite = JSON.parse((await cli('invite', ...admin, '--role', 'observer', '--chapter', created.chapterId, '--json'))[0]!);
    expect(Object.keys(observerInvite)).toEqual(['invite']);
    const coordinatorInvite = (await cli('invite', ...admin, '--role', 'coordinator'))[0]!;
    expect(coordinatorInvite).toMatch(/^coordinator invite \(single use, expires \d{4}-\d{2}-\d{2}\): [2-9A-Z-]+$/);

    const response = await fetch(`${hubUrl}/api/join`, { method: 'POST', body: JSON.stringify({ invite: created.invite, deviceName: 'Ann laptop' }) });
    const joined = (await response.json()) as JoinResponse;
    expect(joined).toMatchObject({ chapterId: created.chapterId, chapterName: 'Riverside Tenants', role: 'organiser' });

    const devices = JSON.parse((await cli('devices', ...admin, '--chapter', created.chapterId, '--json'))[0]!) as DeviceInfo[];
    expect(devices).toEqual([expect.objectContaining({ id: joined.deviceId, name: 'Ann laptop', revokedAt: null })]);
    expect(await cli('revoke', joined.deviceId, ...admin)).toEqual([`device ${joined.deviceId} revoked: its next connection will be refused`]);
    const after = JSON.parse((await cli('devices', ...admin, '--json'))[0]!) as DeviceInfo[];
    expect(after[0]!.revokedAt).not.toBeNull();
  });

  it('says in one line what is wrong', async () => {
    await expect(cli('invite', '--role', 'observer')).rejects.toThrow('give --hub URL');
    await expect(cli('invite', '--hub', hubUrl, '--admin-token', 'wrong', '--role', 'observer', '--chapter', 'x')).rejects.toThrow(
      /^the hub refused \(401\): this token is not valid on this hub/,
    );
    await expect(cli('invite', '--hub', hubUrl, '--admin-token', adminToken, '--role', 'observer')).rejects.toThrow(
      'the hub refused (400): chapterId: an observer invite needs the chapter it is for',
    );
    await expect(cli('invite', '--hub', hubUrl, '--admin-token', adminToken, '--role', 'king')).rejects.toThrow('--role must be organiser, observer or coordinator');
    await expect(cli('devices', '--hub', 'http://127.0.0.1:1', '--admin-token', adminToken)).rejects.toThrow(/^could not reach the hub at http:\/\/127\.0\.0\.1:1/);
    await expect(cli('frobnicate')).rejects.toThrow('unknown hub command "frobnicate"');
    await expect(cli('devices', '--hub', hubUrl, '--admin-token', adminToken, '--colour', 'red')).rejects.toThrow('unknown option --colour');
    await expect(cli('--port', 'eighty')).rejects.toThrow('--port must be a number');
    await expect(cli('--data', 'x', '--database-url', 'postgres://y')).rejects.toThrow('not both');
  });

  it('writes the admin token to --admin-token-file instead of printing it', async () => {
    const other = await freshStore();
    const file = path.join(tokenDir, 'admin-token');
    const where = 'dataDir' in other.options ? ['--data', other.options.dataDir] : ['--database-url', other.options.databaseUrl];
    const out: string[] = [];
    const controller = new AbortController();
    const hub = runHubCli([...where, '--port', '0', '--admin-token-file', file], (t) => out.push(t), { signal: controller.signal });
    try {
      await waitFor(() => out.some((l) => l.startsWith('admin token written to')), 20_000, 'the second hub to start');
      const token = fs.readFileSync(file, 'utf8').trim();
      expect(out.join('\n')).not.toContain(token);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const url = out.find((l) => l.startsWith('hub listening on '))!.slice('hub listening on '.length);
      expect(JSON.parse((await cli('devices', '--hub', url, '--admin-token', token, '--json'))[0]!)).toEqual([]);
    } finally {
      controller.abort();
      await hub;
      await other.remove();
    }
  });
});
