// The hub's two WebSocket endpoints, reached by HTTP upgrade:
//   /sync?token=T                 row sync (JSON frames, shared/sync/protocol.ts)
//   /yjs/<room>?token=T           a Yjs room, y-websocket protocol; room = <chapterId>/<kind>/<id>
// The token is checked BEFORE the upgrade completes: a socket gets its message listener at once,
// so nothing a client sends right after opening is lost.
// A bad /sync token is refused with HTTP 401 and a JSON {error}. A Yjs socket with a bad token or
// room is opened and closed at once with a 44xx code and a reason: y-websocket's provider does not
// retry after those, whereas a refused upgrade would make it retry forever without saying why.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Db } from '../shared/db/db.js';
import { hubCloseCodes, roomNameSchema, SYNC_PATH, YJS_PATH } from '../shared/sync/protocol.js';
import { mayRead, writeRefusal } from './auth/access.js';
import { checkDeviceToken } from './auth/devices.js';
import type { HubConnections } from './connections.js';
import { serveSyncSocket, type SyncDeps } from './sync/sync-socket.js';
import type { YjsRooms } from './yjs/rooms.js';

/** A push of MAX_PUSH messages with long notes fits well within this. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export interface EndpointDeps extends SyncDeps {
  db: Db;
  connections: HubConnections;
  rooms: YjsRooms;
}

export class WsEndpoints {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private closing = false;

  constructor(private readonly deps: EndpointDeps) {}

  async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    if (this.closing) return refuse(socket, 503, 'the hub is shutting down: try again in a moment');
    const url = new URL(req.url ?? '/', 'http://hub');
    const token = url.searchParams.get('token');
    try {
      if (url.pathname === SYNC_PATH) {
        if (!token) return refuse(socket, 401, 'connect with ?token=TOKEN (the token the hub gave this device when it joined)');
        const check = await checkDeviceToken(this.deps.db, token);
        if (!check.ok) return refuse(socket, 401, check.reason);
        this.wss.handleUpgrade(req, socket, head, (ws) => serveSyncSocket(ws, check.device, this.deps));
        return;
      }
      if (url.pathname.startsWith(`${YJS_PATH}/`)) {
        const room = safeDecode(url.pathname.slice(YJS_PATH.length + 1));
        const check = token ? await checkDeviceToken(this.deps.db, token) : null;
        this.wss.handleUpgrade(req, socket, head, (ws) => {
          if (room === null || !roomNameSchema.safeParse(room).success) return ws.close(hubCloseCodes.badRequest, 'a room is <chapterId>/<proposal|minutes|board>/<id>');
          if (!check) return ws.close(hubCloseCodes.unauthorised, 'connect with ?token=TOKEN');
          if (!check.ok) return ws.close(hubCloseCodes.unauthorised, check.reason);
          const chapter = room.slice(0, room.indexOf('/'));
          if (!mayRead(check.device, chapter)) return ws.close(hubCloseCodes.forbidden, `this device may not open documents of chapter ${chapter}`);
          this.deps.connections.add(ws, check.device, 'yjs');
          this.deps.rooms.serve(ws, room, writeRefusal(check.device, chapter) !== null);
        });
        return;
      }
      refuse(socket, 404, `no WebSocket endpoint at ${url.pathname}: use ${SYNC_PATH} or ${YJS_PATH}/<room>`);
    } catch (error) {
      this.deps.log(`upgrade ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
      refuse(socket, 500, 'the hub could not open this connection; it has been logged');
    }
  }

  /** Refuses new sockets from now on (existing ones are closed by HubConnections). */
  close(): void {
    this.closing = true;
    this.wss.close();
  }
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
