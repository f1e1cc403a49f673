// One round of Yjs sync for one document with one hub, for `sync --once`: both sides send their
// state vector (sync step 1) and answer the other's with what it lacks (sync step 2). Done when the
// hub's answer arrived and ours was sent; then the socket closes. The live app uses y-websocket's
// provider instead (live-docs.ts), which keeps the room open.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { webSocketUrl } from './transport-policy.js';

const MESSAGE_SYNC = 0;

export function exchangeDoc(hubOrigin: string, token: string, room: string, doc: Y.Doc, origin: unknown, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = `${webSocketUrl(hubOrigin, '/yjs')}/${room}?token=${encodeURIComponent(token)}`;
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    let receivedTheirs = false;
    let sentOurs = false;
    const timer = setTimeout(() => finish(new Error(`the hub did not answer for document ${room}`)), timeoutMs);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.close();
      if (error) reject(error);
      else resolve();
    };
    socket.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, doc);
      socket.send(encoding.toUint8Array(encoder));
    });
    socket.on('message', (data: ArrayBuffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // awareness: not needed here
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const kind = syncProtocol.readSyncMessage(decoder, encoder, doc, origin);
      if (encoding.length(encoder) > 1) {
        socket.send(encoding.toUint8Array(encoder));
        if (kind === syncProtocol.messageYjsSyncStep1) sentOurs = true;
      }
      if (kind === syncProtocol.messageYjsSyncStep2) receivedTheirs = true;
      // The socket delivers our answer before it closes, and the hub applies it on receipt.
      if (receivedTheirs && sentOurs) finish();
    });
    socket.on('unexpected-response', (_req, res) => finish(new Error(`the hub refused document ${room} (HTTP ${res.statusCode})`)));
    socket.on('close', (code, reason) => finish(new Error(`the hub closed document ${room}: ${reason.toString() || code}`)));
    socket.on('error', (error) => finish(error));
  });
}
