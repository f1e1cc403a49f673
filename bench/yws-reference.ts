// The raw counterpart of row sync: plain y-websocket. The reference server (@y/websocket-server's
// setupWSConnection on a `ws` server, no persistence) on 127.0.0.1, and y-websocket's own
// WebsocketProvider as clients, all in this process, as the row-sync figure's hub and cores are.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { waitUntil } from './sync-fixture.js';

export interface YwsClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  map: Y.Map<string>;
}

export interface YwsReference {
  url: string;
  client(room: string): YwsClient;
  close(): Promise<void>;
}

export async function startYwsReference(): Promise<YwsReference> {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server });
  wss.on('connection', (conn, req) => setupWSConnection(conn, req));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: YwsClient[] = [];
  const rooms = new Set<string>();
  return {
    url,
    client(room) {
      rooms.add(room);
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(url, room, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        // Node's BroadcastChannel would otherwise carry updates between two clients of one process.
        disableBc: true,
      });
      const client = { doc, provider, map: doc.getMap<string>('roster') };
      clients.push(client);
      return client;
    },
    async close() {
      for (const c of clients) {
        c.provider.destroy();
        c.doc.destroy();
      }
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The reference server keeps its documents in a module-level map, each with an awareness
      // timer, and never drops one without persistence configured: drop this run's rooms.
      for (const room of rooms) {
        docs.get(room)?.destroy();
        docs.delete(room);
      }
    },
  };
}

/** Waits until every client has synced with the server. */
export function allSynced(clients: YwsClient[]): Promise<void> {
  return waitUntil(() => clients.every((c) => c.provider.synced), 'the y-websocket clients to sync', 10_000, 5);
}
