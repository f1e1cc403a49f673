// The Yjs rooms this hub instance holds in memory: loaded from the store when the first socket
// joins, dropped (after their updates are stored) when the last one leaves. Per hub instance, so
// two hubs in one process never share a document.
import type { WebSocket } from 'ws';
import { hubCloseCodes } from '../../shared/sync/protocol.js';
import type { DocStore } from '../../shared/docs/doc-store.js';
import { Room } from './room.js';

interface Entry {
  room: Room;
  ready: Promise<void>;
  /** Sockets using the room, counted from the moment they ask for it (before it has loaded). */
  users: number;
}

export class YjsRooms {
  private readonly rooms = new Map<string, Entry>();

  constructor(
    private readonly store: DocStore,
    private readonly log: (line: string) => void,
    /** Whether a room is a sealed record (closed meeting's minutes), asked when it loads. */
    private readonly isSealed: (name: string) => Promise<boolean> = async () => false,
  ) {}

  /** A room became a sealed record: if it is held here, it accepts no more updates. */
  seal(name: string): void {
    const entry = this.rooms.get(name);
    if (entry) void entry.ready.then(() => entry.room.seal(), () => {});
  }

  /**
   * Serves one socket in `name`. Messages that arrive while the room is loading are kept and
   * handled in order once it is ready.
   */
  serve(ws: WebSocket, name: string, readOnly: boolean): void {
    const entry = this.acquire(name);
    const early: Uint8Array[] = [];
    let joined = false;
    const handle = (message: Uint8Array) => {
      try {
        entry.room.receive(ws, message);
      } catch (error) {
        this.log(`yjs: ${name}: malformed message: ${(error as Error).message}`);
        ws.close(hubCloseCodes.badRequest, 'the hub could not read a message of this document');
      }
    };
    ws.on('message', (data) => {
      if (joined) handle(toBytes(data));
      else early.push(toBytes(data));
    });
    ws.once('close', () => {
      if (joined) entry.room.leave(ws);
      this.release(entry);
    });
    entry.ready.then(
      () => {
        if (ws.readyState !== ws.OPEN) return;
        entry.room.join(ws, readOnly);
        joined = true;
        for (const message of early.splice(0)) handle(message);
      },
      (error: Error) => {
        this.log(`yjs: could not load ${name}: ${error.message}`);
        ws.close(1011, 'the hub could not load this document; try again later');
      },
    );
  }

  /** Waits for every room's updates to be stored. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.rooms.values()].map((entry) => entry.room.flush()));
  }

  private acquire(name: string): Entry {
    let entry = this.rooms.get(name);
    if (!entry) {
      const room = new Room(name, this.store, this.log);
      const ready = room.load().then(async () => {
        if (await this.isSealed(name)) room.seal();
      });
      const created: Entry = { room, ready, users: 0 };
      // A failed load is forgotten, so the next connection tries again.
      created.ready.catch(() => {
        if (this.rooms.get(name) === created) this.rooms.delete(name);
      });
      this.rooms.set(name, (entry = created));
    }
    entry.users++;
    return entry;
  }

  /** Drops a room nobody uses any more, once its updates are stored (unless someone came back). */
  private release(entry: Entry): void {
    entry.users--;
    if (entry.users > 0) return;
    void entry.room
      .flush()
      .then(() => entry.ready)
      .catch(() => {})
      .then(() => {
        if (entry.users > 0) return;
        if (this.rooms.get(entry.room.name) === entry) this.rooms.delete(entry.room.name);
        entry.room.destroy();
      });
  }
}

function toBytes(data: unknown): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data as Uint8Array;
}
