// `hub ...`: run a hub, or administer a running one over HTTP. The main CLI passes the words after
// `hub`. Errors are thrown as HubCliError with one line that says what to do.
//
//   hub [--data DIR | --database-url URL] [--port N] [--host ADDR] [--admin-token-file FILE]
//   hub chapter create NAME --hub URL --admin-token T [--country CC] [--json]
//   hub invite --hub URL --admin-token T --role organiser|observer|coordinator [--chapter ID] [--days N] [--json]
//   hub devices --hub URL --admin-token T [--chapter ID] [--json]
//   hub revoke DEVICE_ID --hub URL --admin-token T [--json]
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  createChapterResponseSchema,
  createInviteResponseSchema,
  deviceInfoSchema,
  revokeResponseSchema,
} from '../shared/sync/hub-api.js';
import { roleSchema } from '../shared/sync/protocol.js';
import { callHub } from './admin-client.js';
import { allowOnly, flag, HubCliError, option, parseHubArgs, required, type HubArgs } from './cli-args.js';
import { startHub } from './hub.js';

export { HubCliError } from './cli-args.js';

export const DEFAULT_HUB_PORT = 8765;

export const hubUsage = `usage: hub [--data DIR | --database-url postgres://...] [--port N] [--host ADDR] [--admin-token-file FILE]
  hub chapter create NAME --hub URL --admin-token T [--country CC] [--json]
  hub invite --hub URL --admin-token T --role organiser|observer|coordinator [--chapter ID] [--days N] [--json]
  hub devices --hub URL --admin-token T [--chapter ID] [--json]
  hub revoke DEVICE_ID --hub URL --admin-token T [--json]`;

export interface HubCliOptions {
  /** Stops a running hub (besides SIGINT/SIGTERM); for tests and embedding. */
  signal?: AbortSignal;
}

export async function runHubCli(argv: string[], print: (text: string) => void, options: HubCliOptions = {}): Promise<void> {
  const args = parseHubArgs(argv);
  const [command, ...rest] = args.positionals;
  switch (command) {
    case undefined:
      if (flag(args, 'help')) return print(hubUsage);
      return serve(args, print, options.signal);
    case 'help':
      return print(hubUsage);
    case 'chapter':
      if (rest[0] !== 'create') throw new HubCliError('usage: hub chapter create NAME --hub URL --admin-token T [--json]');
      return createChapter(rest.slice(1), args, print);
    case 'invite':
      return invite(rest, args, print);
    case 'devices':
      return devices(rest, args, print);
    case 'revoke':
      return revoke(rest, args, print);
    default:
      throw new HubCliError(`unknown hub command "${command}"; run "hub help" to see the commands`);
  }
}

async function serve(args: HubArgs, print: (text: string) => void, signal?: AbortSignal): Promise<void> {
  allowOnly(args, ['data', 'database-url', 'port', 'host', 'admin-token-file']);
  const dataDir = option(args, 'data');
  const databaseUrl = option(args, 'database-url');
  if (dataDir && databaseUrl) throw new HubCliError('give either --data DIR (embedded database) or --database-url, not both');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new HubCliError('--database-url must start with postgres:// (or postgresql://)');
  const port = parsePort(option(args, 'port'));
  const adminTokenFile = option(args, 'admin-token-file');
  const embeddedDir = databaseUrl ? null : path.resolve(dataDir ?? defaultHubDataDir());
  const store = embeddedDir ? { dataDir: embeddedDir } : { databaseUrl: databaseUrl! };
  const hub = await startHub({ store, port, host: option(args, 'host'), adminTokenFile });
  print(`hub listening on ${hub.url}`);
  print(embeddedDir ? `data: ${embeddedDir}` : 'data: PostgreSQL');
  if (hub.adminToken) {
    if (adminTokenFile) print(`admin token written to ${adminTokenFile}`);
    else print(`admin token: ${hub.adminToken}\n(shown once: the hub keeps only its hash; keep it somewhere safe)`);
  }
  await untilStopped(signal);
  await hub.close();
}

function defaultHubDataDir(): string {
  return process.env.CHAPTERHOUSE_HUB_DATA ?? path.join(os.homedir(), '.chapterhouse-hub');
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_HUB_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new HubCliError(`--port must be a number from 0 to 65535 (got "${raw}")`);
  return port;
}

function untilStopped(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop);
  });
}

/** --hub and --admin-token, which every admin command needs. */
function adminTarget(args: HubArgs): { hub: string; token: string } {
  return {
    hub: required(args, 'hub', "URL (the hub's address, such as http://127.0.0.1:8765)"),
    token: required(args, 'admin-token', 'TOKEN (printed when the hub first started)'),
  };
}

async function createChapter(words: string[], args: HubArgs, print: (text: string) => void): Promise<void> {
  allowOnly(args, ['hub', 'admin-token', 'country', 'json']);
  const name = words.join(' ').trim();
  if (!name) throw new HubCliError('give the chapter a name: hub chapter create NAME --hub URL --admin-token T');
  const { hub, token } = adminTarget(args);
  const country = option(args, 'country');
  const created = await callHub(
    hub,
    { method: 'POST', path: '/api/chapters', token, body: country ? { name, country } : { name } },
    createChapterResponseSchema,
  );
  if (flag(args, 'json')) return print(JSON.stringify({ chapterId: created.chapterId, invite: created.invite }));
  print(`chapter "${name}" created: ${created.chapterId}`);
  print(`organiser invite (single use): ${created.invite}`);
}

async function invite(words: string[], args: HubArgs, print: (text: string) => void): Promise<void> {
  allowOnly(args, ['hub', 'admin-token', 'role', 'chapter', 'days', 'json']);
  if (words.length > 0) throw new HubCliError(`unexpected "${words[0]}": hub invite takes only options`);
  const { hub, token } = adminTarget(args);
  const role = roleSchema.safeParse(required(args, 'role', 'organiser|observer|coordinator'));
  if (!role.success) throw new HubCliError('--role must be organiser, observer or coordinator');
  const chapterId = option(args, 'chapter');
  const days = option(args, 'days');
  const ttlDays = days === undefined ? undefined : Number(days);
  if (ttlDays !== undefined && !(ttlDays > 0)) throw new HubCliError(`--days must be a number of days (got "${days}")`);
  const created = await callHub(
    hub,
    { method: 'POST', path: '/api/invites', token, body: { role: role.data, ...(chapterId ? { chapterId } : {}), ...(ttlDays ? { ttlDays } : {}) } },
    createInviteResponseSchema,
  );
  if (flag(args, 'json')) return print(JSON.stringify({ invite: created.invite }));
  print(`${created.role} invite (single use, expires ${created.expiresAt.slice(0, 10)}): ${created.invite}`);
}

async function devices(words: string[], args: HubArgs, print: (text: string) => void): Promise<void> {
  allowOnly(args, ['hub', 'admin-token', 'chapter', 'json']);
  if (words.length > 0) throw new HubCliError(`unexpected "${words[0]}": hub devices takes only options`);
  const { hub, token } = adminTarget(args);
  const chapter = option(args, 'chapter');
  const path = chapter ? `/api/devices?chapter=${encodeURIComponent(chapter)}` : '/api/devices';
  const list = await callHub(hub, { method: 'GET', path, token }, z.array(deviceInfoSchema));
  if (flag(args, 'json')) return print(JSON.stringify(list));
  if (list.length === 0) return print('no devices have joined yet');
  for (const d of list) {
    const state = d.revokedAt ? `revoked ${d.revokedAt.slice(0, 10)}` : d.lastSeenAt ? `last seen ${d.lastSeenAt}` : 'never connected';
    print(`${d.id}  ${d.role.padEnd(11)}  ${d.chapterId ?? '(all chapters)'}  ${d.name ?? ''}  ${state}`);
  }
}

async function revoke(words: string[], args: HubArgs, print: (text: string) => void): Promise<void> {
  allowOnly(args, ['hub', 'admin-token', 'json']);
  const [deviceId, extra] = words;
  if (!deviceId || extra) throw new HubCliError('usage: hub revoke DEVICE_ID --hub URL --admin-token T');
  const { hub, token } = adminTarget(args);
  const revoked = await callHub(hub, { method: 'POST', path: `/api/devices/${encodeURIComponent(deviceId)}/revoke`, token }, revokeResponseSchema);
  if (flag(args, 'json')) return print(JSON.stringify(revoked));
  print(`device ${revoked.id} revoked: its next connection will be refused`);
}
