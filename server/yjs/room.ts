// One Yjs room (a document `<chapterId>/<kind>/<id>`) held by this hub instance: the document,
// its awareness (who is here, cursors), and the sockets connected to it. Speaks the y-websocket
// protocol (y-protocols sync + awareness) so y-websocket's own WebsocketProvider connects to it.
//
// Read-only connections (observers, coordinators) get the document and the awareness of others,
// may send their own awareness, and nothing else: their sync step 2 and update messages are
// dropped, neither applied nor relayed. That is why this is not @y/websocket-server, which applies
// every client's updates (and keeps its rooms in module globals).
//
// Every update a writer sends is relayed to the others at once and appended to the store in
// order; `flush()` waits for the writes, so a room is only dropped from memory once it is stored.
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { DocStore } from '../../shared/docs/doc-store.js';

// y-websocket's message types.
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

/** The origin of updates applied while loading from the store: not stored again, not relayed. */
const FROM_STORE = Symbol('from-store');

interface Connection {
  readOnly: boolean;
  /** Awareness client ids this socket announced, removed when it leaves. */
  clients: Set<number>;
}

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Map<WebSocket, Connection>();
  private writes: Promise<void> = Promise.resolve();
  private destroyed = false;
  /** Sealed minutes: every connection is read-only from now on. */
  private sealed = false;

  constructor(
    readonly name: string,
    private readonly store: DocStore,
    private readonly log: (line: string) => void,
  ) {
    // The hub itself is not a participant.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_STORE) return;
      this.persist(update);
      this.broadcast(encodeUpdate(update), origin as WebSocket);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const connection = this.connections.get(origin as WebSocket);
      if (connection) {
        for (const id of added) connection.clients.add(id);
        for (const id of removed) connection.clients.delete(id);
      }
      const changed = [...added, ...updated, ...removed];
      this.broadcast(encodeAwareness(this.awareness, changed));
    });
  }

  async load(): Promise<void> {
    const state = await this.store.load(this.name);
    if (state) Y.applyUpdate(this.doc, state, FROM_STORE);
  }

  /** From now on no update is applied, whoever sends it: the document is a sealed record. */
  seal(): void {
    this.sealed = true;
  }

  get size(): number {
    return this.connections.size;
  }

  join(ws: WebSocket, readOnly: boolean): void {
    this.connections.set(ws, { readOnly, clients: new Set() });
    // A writer is asked for what it has that the hub lacks; a reader's state is of no use here.
    if (!readOnly) send(ws, encodeSyncStep1(this.doc));
    const states = this.awareness.getStates();
    if (states.size > 0) send(ws, encodeAwareness(this.awareness, [...states.keys()]));
  }

  leave(ws: WebSocket): void {
    const connection = this.connections.get(ws);
    if (!connection) return;
    this.connections.delete(ws);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.clients], null);
  }

  /** Handles one binary message; throws on a malformed one (the caller closes the socket). */
  receive(ws: WebSocket, message: Uint8Array): void {
    const connection = this.connections.get(ws);
    if (!connection) return;
    const decoder = decoding.createDecoder(message);
    switch (decoding.readVarUint(decoder)) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, MESSAGE_SYNC);
          syncProtocol.writeSyncStep2(encoder, this.doc, payload);
          send(ws, encoding.toUint8Array(encoder));
        } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
          if (!connection.readOnly && !this.sealed) Y.applyUpdate(this.doc, payload, ws);
        } else {
          throw new Error(`unknown sync message type ${syncType}`);
        }
        break;
      }
      case MESSAGE_AWARENESS:
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), ws);
        break;
      case MESSAGE_QUERY_AWARENESS:
        send(ws, encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        break;
      default:
        // Auth messages and future types: nothing for the hub to do.
        break;
    }
  }

  /** Resolves once every update received so far is stored. */
  flush(): Promise<void> {
    return this.writes;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }

  private persist(update: Uint8Array): void {
    this.writes = this.writes.then(() =>
      this.store.append(this.name, update).catch((error: Error) => {
        // The writers still hold this update and send it again at their next sync step 1.
        this.log(`yjs: could not store an update of ${this.name}: ${error.message}`);
      }),
    );
  }

  private broadcast(message: Uint8Array, except?: WebSocket): void {
    for (const ws of this.connections.keys()) if (ws !== except) send(ws, message);
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function send(ws: WebSocket, message: Uint8Array): void {
  if (ws.readyState === ws.OPEN) ws.send(message);
}

function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}
