// The renderer's document replica against a fake core that behaves like the real one: it keeps
// the document of record, stores every docs.update, and broadcasts doc.update and doc.awareness to
// every connected window, the sender included (the core does not know who sent what).
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import type { EventName, EventPayload } from '../../shared/contract/events.js';
import type { ChapterhouseApi } from '../../shared/contract/transport.js';
import { fromBase64, openDocReplica, RETRY_DELAY_MS, toBase64, type DocReplica } from '../../renderer/src/data/doc-replica.js';

type Listener = (payload: unknown) => void;

class FakeCore {
  readonly docs = new Map<string, Y.Doc>();
  /** Awareness as a hub would see it: every window's relayed state. */
  readonly awareness = new Awareness(new Y.Doc());
  readonly windows: FakeWindow[] = [];
  updatesReceived = 0;
  /** While set, docs.update fails the way a call fails when the core's link is down. */
  failUpdates = false;

  doc(room: string): Y.Doc {
    let doc = this.docs.get(room);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(room, doc);
    }
    return doc;
  }

  connect(): FakeWindow {
    const w = new FakeWindow(this);
    this.windows.push(w);
    return w;
  }

  broadcast(event: EventName, payload: unknown): void {
    // Events arrive a moment later, as over a socket.
    setTimeout(() => {
      for (const w of this.windows) w.emit(event, payload);
    }, 0);
  }

  close(): void {
    this.awareness.destroy();
  }
}

class FakeWindow {
  readonly listeners = new Map<string, Set<Listener>>();
  readonly calls: { method: string; input: { room: string; update?: string } }[] = [];
  constructor(private readonly core: FakeCore) {}

  readonly api: ChapterhouseApi = {
    call: (async (method: string, input: { room: string; update: string }) => {
      this.calls.push({ method, input });
      await Promise.resolve();
      const core = this.core;
      switch (method) {
        case 'docs.open':
          return { update: toBase64(Y.encodeStateAsUpdate(core.doc(input.room))) };
        case 'docs.update': {
          if (core.failUpdates) throw new Error("the app's core is not running");
          core.updatesReceived += 1;
          const bytes = fromBase64(input.update);
          Y.applyUpdate(core.doc(input.room), bytes, 'renderer');
          core.broadcast('doc.update', { room: input.room, update: input.update });
          return {};
        }
        case 'docs.awareness':
          applyAwarenessUpdate(core.awareness, fromBase64(input.update), 'renderer');
          core.broadcast('doc.awareness', { room: input.room, update: input.update });
          return {};
        default:
          throw new Error(`the fake core does not answer ${method}`);
      }
    }) as ChapterhouseApi['call'],
    on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
      let set = this.listeners.get(event);
      if (!set) {
        set = new Set();
        this.listeners.set(event, set);
      }
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };

  emit(event: string, payload: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  sent(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }
}

/** Lets every queued microtask and zero-delay timer run (events, echoes, batched sends). */
const settle = async (rounds = 5) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
};

const text = (replica: DocReplica | Y.Doc) => ('doc' in replica ? replica.doc : replica).getText('t').toString();

const ROOM = 'chapter-1/proposal/p1';
let core: FakeCore;
const opened: DocReplica[] = [];
function open(w: FakeWindow, room = ROOM): DocReplica {
  const replica = openDocReplica(room, w.api);
  opened.push(replica);
  return replica;
}

afterEach(() => {
  for (const r of opened.splice(0)) r.close();
  core?.close();
});

describe('openDocReplica', () => {
  it("starts from the core's state and resolves ready only once it is in the document", async () => {
    core = new FakeCore();
    core.doc(ROOM).getText('t').insert(0, 'from the core');
    const replica = open(core.connect());
    expect(text(replica)).toBe('');
    await replica.ready;
    expect(text(replica)).toBe('from the core');
  });

  it("carries one window's typing to another window's replica through the core", async () => {
    core = new FakeCore();
    const a = open(core.connect());
    const b = open(core.connect());
    await Promise.all([a.ready, b.ready]);
    a.doc.getText('t').insert(0, 'hello');
    await settle();
    expect(text(core.doc(ROOM))).toBe('hello');
    expect(text(b)).toBe('hello');
    b.doc.getText('t').insert(5, ' world');
    await settle();
    expect(text(a)).toBe('hello world');
  });

  it('batches the transactions of one task into one send, and drops none of them', async () => {
    core = new FakeCore();
    const w = core.connect();
    const replica = open(w);
    await replica.ready;
    const t = replica.doc.getText('t');
    for (const ch of 'keystrokes') t.insert(t.length, ch);
    await settle();
    expect(w.sent('docs.update')).toBe(1);
    expect(text(core.doc(ROOM))).toBe('keystrokes');
  });

  it("does not send the core's own updates (its echoes included) back to it", async () => {
    core = new FakeCore();
    const w = core.connect();
    const replica = open(w);
    await replica.ready;
    replica.doc.getText('t').insert(0, 'once');
    await settle();
    const sends = w.sent('docs.update');
    // The echo of our update has arrived and been applied; a remote edit arrives too.
    core.doc(ROOM).getText('t').insert(0, '>');
    core.broadcast('doc.update', { room: ROOM, update: toBase64(Y.encodeStateAsUpdate(core.doc(ROOM))) });
    await settle();
    expect(text(replica)).toBe('>once');
    expect(w.sent('docs.update')).toBe(sends);
  });

  it('applies updates that arrive before the opening state, whatever their order', async () => {
    core = new FakeCore();
    const w = core.connect();
    const writer = new Y.Doc();
    writer.getText('t').insert(0, 'abc');
    const first = Y.encodeStateAsUpdate(writer);
    const before = Y.encodeStateVector(writer);
    writer.getText('t').insert(3, 'def');
    const second = Y.encodeStateAsUpdate(writer, before);
    const replica = open(w);
    // The later update is delivered first, before docs.open has answered.
    w.emit('doc.update', { room: ROOM, update: toBase64(second) });
    w.emit('doc.update', { room: 'chapter-1/proposal/other', update: toBase64(first) });
    expect(text(replica)).toBe('');
    w.emit('doc.update', { room: ROOM, update: toBase64(first) });
    await replica.ready;
    expect(text(replica)).toBe('abcdef');
  });

  it('keeps a send that failed and retries it until the core takes it', async () => {
    core = new FakeCore();
    const w = core.connect();
    const replica = open(w);
    await replica.ready;
    core.failUpdates = true;
    replica.doc.getText('t').insert(0, 'kept');
    await settle();
    replica.doc.getText('t').insert(4, ' safe');
    await settle();
    expect(text(core.doc(ROOM))).toBe('');
    core.failUpdates = false;
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS + 50));
    await settle();
    expect(text(core.doc(ROOM))).toBe('kept safe');
  });

  it('sends what the core lacks when it resyncs (typed while the link was down)', async () => {
    core = new FakeCore();
    const w = core.connect();
    const replica = open(w);
    await replica.ready;
    // Simulate an update the core never saw: applied locally with the core's origin, so not sent.
    const elsewhere = new Y.Doc();
    elsewhere.getText('t').insert(0, 'offline');
    Y.applyUpdate(replica.doc, Y.encodeStateAsUpdate(elsewhere), 'core');
    await replica.resync();
    await settle();
    expect(text(core.doc(ROOM))).toBe('offline');
  });

  it('shares one replica per room between handles, and tears it down with the last', async () => {
    core = new FakeCore();
    const w = core.connect();
    const first = open(w);
    const second = open(w);
    expect(second.doc).toBe(first.doc);
    expect(w.sent('docs.open')).toBe(1);
    const other = open(w, 'chapter-1/board/p1');
    expect(other.doc).not.toBe(first.doc);
    await Promise.all([first.ready, other.ready]);
    const listening = w.listenerCount();
    first.close();
    first.close();
    expect(w.listenerCount()).toBe(listening);
    second.close();
    expect(w.listenerCount()).toBe(listening - 2);
    // A new handle after the last close starts a fresh replica from the core.
    const again = open(w);
    expect(again.doc).not.toBe(first.doc);
    await again.ready;
  });

  it("shows each window the other's awareness, and removes it when that window closes", async () => {
    core = new FakeCore();
    const a = open(core.connect());
    const b = open(core.connect());
    await Promise.all([a.ready, b.ready]);
    a.awareness.setLocalStateField('user', { name: 'Robin', color: '#5b5bd6' });
    await settle();
    expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Robin', color: '#5b5bd6' } });
    a.close();
    await settle();
    expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false);
    expect(core.awareness.getStates().has(a.doc.clientID)).toBe(false);
  });

  it('announces itself to a window that opens later, without waiting for a heartbeat', async () => {
    core = new FakeCore();
    const a = open(core.connect());
    await a.ready;
    a.awareness.setLocalStateField('user', { name: 'Early' });
    await settle();
    const b = open(core.connect());
    await b.ready;
    b.awareness.setLocalStateField('user', { name: 'Late' });
    await settle(10);
    expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Early' } });
    expect(a.awareness.getStates().get(b.doc.clientID)).toEqual({ user: { name: 'Late' } });
  });

  it('sends no awareness for a replica nobody shows a caret in (a board read for its voters)', async () => {
    core = new FakeCore();
    const w = core.connect();
    const board = open(w, 'chapter-1/board/p1');
    await board.ready;
    await settle();
    board.close();
    await settle();
    expect(w.sent('docs.awareness')).toBe(0);
  });

  it('rejects ready with the core error, and still closes cleanly', async () => {
    core = new FakeCore();
    const w = core.connect();
    const failing: ChapterhouseApi = {
      call: (() => Promise.reject(new Error('that document is not in this chapter'))) as ChapterhouseApi['call'],
      on: w.api.on,
    };
    const replica = openDocReplica('other/proposal/x', failing);
    await expect(replica.ready).rejects.toThrow('not in this chapter');
    replica.close();
    expect(w.listenerCount()).toBe(0);
  });

  it('round-trips large updates through base64', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(Buffer.from(fromBase64(toBase64(bytes))).equals(Buffer.from(bytes))).toBe(true);
  });
});
