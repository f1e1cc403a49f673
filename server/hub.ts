// The hub: one HTTP server carrying the JSON API (/api/...), row sync (/sync) and Yjs rooms
// (/yjs/<room>), over one database (embedded PGlite or PostgreSQL). Everything a running hub holds
// lives in the object this returns: no module-level state, so two hubs in one process (tests, a
// lead's app hosting a meeting hub) never see each other.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChangesFrame } from '../shared/sync/protocol.js';
import { ensureAdminToken } from './auth/admin-token.js';
import { HubConnections } from './connections.js';
import { openHubStore, type HubStoreOptions } from './db/open-hub-store.js';
import { loadHubIdentity } from './hub-identity.js';
import type { ApiDeps } from './http/api-deps.js';
import { addChapterRoutes } from './http/chapter-routes.js';
import { addDeviceRoutes } from './http/device-routes.js';
import { addInviteRoutes } from './http/invite-routes.js';
import { Router } from './http/router.js';
import { ChapterWriter } from './sync/chapter-writer.js';
import { WsEndpoints } from './ws-endpoints.js';
import { DocStore } from '../shared/docs/doc-store.js';
import { YjsRooms } from './yjs/rooms.js';
import { isSealedRoom } from './sealing/sealed-rooms.js';
import { minutesRoom } from '../shared/meetings/minutes-doc.js';

export interface StartHubOptions {
  store: HubStoreOptions;
  /** 0 (the default) picks any free port; `port` in the result says which. */
  port?: number;
  /** Default 127.0.0.1: reachable from this computer only, until the operator says otherwise. */
  host?: string;
  /** On first start, write the new admin token here (mode 0600) as well as returning it. */
  adminTokenFile?: string;
  /** Problems worth an operator's attention (one line each). Default: stderr. */
  log?: (line: string) => void;
}

export interface RunningHub {
  /** http://HOST:PORT; WebSockets are ws://HOST:PORT/sync and ws://HOST:PORT/yjs/<room>. */
  url: string;
  port: number;
  /** The admin token, only on the start that created it (it is stored hashed). */
  adminToken: string | null;
  /** Closes every socket, stores pending Yjs updates, stops listening, closes the database. */
  close(): Promise<void>;
}

export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const host = options.host ?? '127.0.0.1';
  const store = await openHubStore(options.store, log);
  try {
    const db = store.db;
    const adminToken = await ensureAdminToken(db, options.adminTokenFile);
    const identity = await loadHubIdentity(db);
    const rooms = new YjsRooms(new DocStore(db), log, (name) => isSealedRoom(db, name));
    const writer = new ChapterWriter(db, (chapter, meetingId) => rooms.seal(minutesRoom(chapter, meetingId)));
    // Who else is online: every device syncing a chapter hears when one comes or goes.
    const connections: HubConnections = new HubConnections((chapter) => {
      const text = JSON.stringify({ type: 'presence', chapter, devices: connections.online(chapter) });
      for (const ws of connections.syncReaders(chapter)) ws.send(text);
    });
    const broadcast = (frame: ChangesFrame) => {
      const text = JSON.stringify(frame);
      for (const ws of connections.syncReaders(frame.chapter)) ws.send(text);
    };
    const deps: ApiDeps = { db, writer, identity, connections, broadcast };

    const router = new Router(log);
    router.add('GET', '/api/health', async () => ({ status: 200, body: { ok: true } }));
    addChapterRoutes(router, deps);
    addInviteRoutes(router, deps);
    addDeviceRoutes(router, deps);
    const endpoints = new WsEndpoints({ db, writer, connections, rooms, log });

    const server = http.createServer((req, res) => void router.handle(req, res));
    server.on('upgrade', (req, socket, head) => void endpoints.handleUpgrade(req, socket, head));
    server.on('clientError', (_error, socket) => socket.destroy());
    await listen(server, options.port ?? 0, host);
    const port = (server.address() as AddressInfo).port;

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        endpoints.close();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await connections.closeAll(1001, 'the hub is shutting down');
        await writer.drain();
        await rooms.flushAll();
        server.closeAllConnections();
        await stopped;
        await store.close();
      })());
    return { url: `http://${urlHost(host)}:${port}`, port, adminToken, close };
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use: stop what uses it or give another --port`
            : `the hub could not listen on ${host}:${port}: ${error.message}`,
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** A host as it appears in a URL: IPv6 in brackets; "any address" shown as this computer's. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
