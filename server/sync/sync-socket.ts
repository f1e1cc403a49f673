// One device's row-sync WebSocket: JSON frames in (push, pull), JSON frames out (ack, changes,
// error). A socket's frames are handled one after another, in the order they came, so a pull sent
// after a push sees that push's messages. Newly stored messages go out at once to the other
// devices that may read the chapter (live updates).
import type { RawData, WebSocket } from 'ws';
import type { Db } from '../../shared/db/db.js';
import { deviceFrameSchema, hubCloseCodes, MAX_PULL, type HubFrame } from '../../shared/sync/protocol.js';
import { mayRead } from '../auth/access.js';
import { isRevoked, type DeviceIdentity } from '../auth/devices.js';
import type { HubConnections } from '../connections.js';
import { readChapterLog } from './change-log-reader.js';
import type { ChapterWriter } from './chapter-writer.js';
import { handlePush } from './push.js';

export interface SyncDeps {
  db: Db;
  writer: ChapterWriter;
  connections: HubConnections;
  log: (line: string) => void;
}

export function serveSyncSocket(ws: WebSocket, device: DeviceIdentity, deps: SyncDeps): void {
  deps.connections.add(ws, device, 'sync');
  let chain = Promise.resolve();
  ws.on('message', (data, isBinary) => {
    chain = chain.then(() => handleFrame(ws, device, deps, data, isBinary)).catch((error: Error) => {
      deps.log(`sync: device ${device.id}: ${error.stack ?? error.message}`);
      send(ws, { type: 'error', message: 'the hub could not handle this frame; it has been logged' });
    });
  });
}

async function handleFrame(ws: WebSocket, device: DeviceIdentity, deps: SyncDeps, data: RawData, isBinary: boolean): Promise<void> {
  if (ws.readyState !== ws.OPEN) return;
  let json: unknown;
  try {
    if (isBinary) throw new Error('binary');
    json = JSON.parse(rawText(data));
  } catch {
    return send(ws, { type: 'error', message: 'a frame must be one JSON object (push or pull) sent as text' });
  }
  const parsed = deviceFrameSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return send(ws, { type: 'error', message: `not a push or pull frame: ${issue?.path.join('.') || 'frame'}: ${issue?.message ?? 'invalid'}` });
  }
  const frame = parsed.data;

  if (frame.type === 'push') {
    // Checked again at each push: the device may have been revoked through another hub instance.
    if (await isRevoked(deps.db, device.id)) {
      ws.close(hubCloseCodes.unauthorised, "this device's access to the hub was revoked");
      return;
    }
    const { ack, live } = await handlePush(deps.writer, device, frame.ref, frame.messages);
    send(ws, ack);
    for (const changes of live) {
      const text = JSON.stringify(changes);
      for (const other of deps.connections.syncReaders(changes.chapter, ws)) other.send(text);
    }
    return;
  }

  if (!mayRead(device, frame.chapter)) {
    return send(ws, { type: 'error', message: `this device may not read chapter ${frame.chapter}` });
  }
  const page = await readChapterLog(deps.db, frame.chapter, frame.after, MAX_PULL, device.id);
  send(ws, { type: 'changes', chapter: frame.chapter, messages: page.messages, after: frame.after, cursor: page.cursor, more: page.more });
}

function send(ws: WebSocket, frame: HubFrame): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}
