// A real hub on 127.0.0.1 over a fresh database, and small helpers to call its API as the admin
// or a device. Each test starts its own and stops it (and removes its database) afterwards.
import { randomUUID } from 'node:crypto';
import { startHub, type RunningHub } from '../../../server/hub.js';
import { formatHlc } from '../../../shared/hlc.js';
import type { ChangeMessage } from '../../../shared/replication/messages.js';
import type { CreateChapterResponse, CreateInviteResponse } from '../../../shared/sync/hub-api.js';
import type { JoinResponse, Role } from '../../../shared/sync/protocol.js';
import { freshStore, type TestStore } from './hub-store.js';

export interface TestHub {
  hub: RunningHub;
  store: TestStore;
  adminToken: string;
  /** Restarts the hub on the same database (a new port). */
  restart(): Promise<void>;
  /** Stops the hub and removes its database. */
  stop(): Promise<void>;
  api<T = unknown>(method: 'GET' | 'POST', path: string, options?: { token?: string | null; body?: unknown }): Promise<{ status: number; body: T }>;
  createChapter(name: string): Promise<CreateChapterResponse>;
  invite(role: Role, chapterId?: string, ttlDays?: number): Promise<string>;
  join(invite: string, deviceName?: string): Promise<JoinResponse>;
  /** A chapter and a joined device of `role` in it. */
  device(role: Role, chapterId?: string): Promise<JoinResponse>;
  wsUrl(path: string): string;
}

/**
 * With `store`, the hub runs on that (caller-owned) database: a second instance on a shared
 * PostgreSQL, which needs the first instance's `adminToken`.
 */
export async function startTestHub(store?: TestStore, options: { adminToken?: string } = {}): Promise<TestHub> {
  const ownStore = store ?? (await freshStore());
  const log = () => {};
  let hub = await startHub({ store: ownStore.options, port: 0, log });
  const adminToken = hub.adminToken ?? options.adminToken;
  if (!adminToken) throw new Error('a fresh hub must create an admin token');

  const test: TestHub = {
    get hub() {
      return hub;
    },
    store: ownStore,
    adminToken,
    async restart() {
      await hub.close();
      hub = await startHub({ store: ownStore.options, port: 0, log });
    },
    async stop() {
      await hub.close();
      if (!store) await ownStore.remove();
    },
    async api(method, path, options = {}) {
      const token = options.token === undefined ? adminToken : options.token;
      const response = await fetch(`${hub.url}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      return { status: response.status, body: await response.json() };
    },
    async createChapter(name) {
      const { status, body } = await test.api<CreateChapterResponse>('POST', '/api/chapters', { body: { name } });
      if (status !== 201) throw new Error(`create chapter: ${status} ${JSON.stringify(body)}`);
      return body;
    },
    async invite(role, chapterId, ttlDays) {
      const { status, body } = await test.api<CreateInviteResponse>('POST', '/api/invites', { body: { role, chapterId, ttlDays } });
      if (status !== 201) throw new Error(`invite: ${status} ${JSON.stringify(body)}`);
      return body.invite;
    },
    async join(invite, deviceName) {
      const { status, body } = await test.api<JoinResponse>('POST', '/api/join', { token: null, body: { invite, deviceName } });
      if (status !== 201) throw new Error(`join: ${status} ${JSON.stringify(body)}`);
      return body;
    },
    async device(role, chapterId) {
      const chapter = role === 'coordinator' ? undefined : (chapterId ?? (await test.createChapter('Riverside')).chapterId);
      return test.join(await test.invite(role, chapter));
    },
    wsUrl(path) {
      return `${hub.url.replace(/^http/, 'ws')}${path}`;
    },
  };
  return test;
}

let counter = 0;

/** A member change message for `chapter`, stamped now (or `millis`). */
export function memberMessage(chapter: string, row: string, values: Record<string, unknown>, millis = Date.now(), node = 'devA'): ChangeMessage {
  return {
    id: randomUUID(),
    hlc: formatHlc({ millis, counter: counter++ % 0xffff, node }),
    chapter,
    table: 'members',
    row,
    values,
    device: node,
    author: null,
  };
}
