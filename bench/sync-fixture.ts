// What the sync figures share: a hub on 127.0.0.1 over a fresh PGlite store (copied from the app's
// empty-database template, as the hub tests do), its admin API, devices (cores on fresh data dirs)
// joined to one of its chapters, and seeding a chapter with generated members through a device.
import fs from 'node:fs';
import path from 'node:path';
import { startCore } from '../electron/core/start-core.js';
import type { Core } from '../electron/core/core-api.js';
import { createFromTemplate } from '../electron/core/db/db-template.js';
import { startHub, type RunningHub } from '../server/hub.js';
import type { CreateChapterResponse, CreateInviteResponse } from '../shared/sync/hub-api.js';
import type { JoinResponse } from '../shared/sync/protocol.js';
import { importCsv, type GeneratedMember } from './member-data.js';
import { freshDataDir } from './temp-dirs.js';

/** The hub's HTTP API as its admin and as a device that brings an invite. */
export class HubAdmin {
  constructor(
    readonly url: string,
    private readonly adminToken: string,
  ) {}

  private async post<T>(route: string, body: unknown, token: string | null): Promise<T> {
    const response = await fetch(`${this.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`POST ${route} answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  createChapter(name: string): Promise<CreateChapterResponse> {
    return this.post('/api/chapters', { name }, this.adminToken);
  }

  async invite(chapterId: string): Promise<string> {
    return (await this.post<CreateInviteResponse>('/api/invites', { role: 'organiser', chapterId }, this.adminToken)).invite;
  }

  /** Joins as a device without a core: the device token a bare sync socket connects with. */
  async join(chapterId: string, deviceName = 'bench socket'): Promise<JoinResponse> {
    return this.post('/api/join', { invite: await this.invite(chapterId), deviceName }, null);
  }

  wsUrl(route: string): string {
    return `${this.url.replace(/^http/, 'ws')}${route}`;
  }
}

/** A fresh, empty PGlite store for a hub: the app's template copied to DIR/db (not initdb). */
export async function freshHubStore(label: string): Promise<string> {
  const dataDir = freshDataDir(label);
  fs.mkdirSync(dataDir, { recursive: true });
  await createFromTemplate(path.join(dataDir, 'db'));
  return dataDir;
}

export interface BenchHub {
  hub: RunningHub;
  admin: HubAdmin;
  dataDir: string;
}

/** A hub in this process on 127.0.0.1, any free port, on a fresh store under `dataDir`. */
export async function startBenchHub(dataDir: string): Promise<BenchHub> {
  const hub = await startHub({ store: { dataDir }, port: 0, log: (line) => console.error(`[hub] ${line}`) });
  if (!hub.adminToken) throw new Error('a fresh hub must create an admin token');
  return { hub, admin: new HubAdmin(hub.url, hub.adminToken), dataDir };
}

export const coreLog = (message: string, error?: unknown) => console.error(`[core] ${message}`, error ?? '');

/**
 * A device on a fresh data dir that has joined `chapterId` (not yet synced). With `liveSync` its
 * core keeps a connection to the hub open, as the app does.
 */
export async function joinedDevice(admin: HubAdmin, chapterId: string, label: string, liveSync: boolean): Promise<Core> {
  const core = await startCore({ dataDir: freshDataDir(label), liveSync, log: coreLog });
  try {
    await core.call('sync.join', { hubUrl: admin.url, invite: await admin.invite(chapterId), linkCurrentChapter: false, allowInsecure: false });
    return core;
  } catch (error) {
    await core.close().catch(() => {});
    throw error;
  }
}

/** Imports `members` into `chapterId` through `members.import`, as the import wizard does. */
export async function importMembers(core: Core, chapterId: string, members: readonly GeneratedMember[]): Promise<number> {
  core.useChapter(chapterId);
  const contentBase64 = Buffer.from(importCsv(members), 'utf8').toString('base64');
  const start = performance.now();
  const result = await core.call('members.import', { fileName: 'bench-members.csv', contentBase64, format: 'auto', importId: `bench-${chapterId}` });
  if (result.created !== members.length) throw new Error(`seeding: the import created ${result.created} members (rejected ${result.rejected.length}), expected ${members.length}`);
  return performance.now() - start;
}

export interface SeededChapter {
  chapterId: string;
  /** The seeding device's data dir, closed: it pushed every member, so it is caught up. */
  seederDir: string;
  importMs: number;
  pushMs: number;
  /** The seeder's next syncOnce, with nothing new anywhere: its pull brings back what it pushed. */
  echoMs: number;
}

/** A new chapter on the hub holding `members`, imported and pushed by a device (untimed seeding). */
export async function seedChapter(admin: HubAdmin, name: string, members: readonly GeneratedMember[]): Promise<SeededChapter> {
  const { chapterId } = await admin.createChapter(name);
  const core = await joinedDevice(admin, chapterId, 'seeder', false);
  try {
    await core.syncOnce(); // the chapter's own record, before members are added to it
    const importMs = await importMembers(core, chapterId, members);
    let start = performance.now();
    await core.syncOnce();
    const pushMs = performance.now() - start;
    start = performance.now();
    await core.syncOnce();
    return { chapterId, seederDir: core.dataDir, importMs, pushMs, echoMs: performance.now() - start };
  } finally {
    await core.close();
  }
}

/** Members of the device's current chapter, as the roster counts them. */
export async function rosterTotal(core: Core): Promise<number> {
  return (await core.call('members.search', { query: '', offset: 0, limit: 1 })).total;
}

/** Waits until `test` holds, polling every `everyMs`. */
export async function waitUntil(test: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000, everyMs = 50): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await test())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${(timeoutMs / 1000).toFixed(0)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
