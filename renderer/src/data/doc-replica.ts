// The renderer's replica of one of the core's Yjs documents (a proposal's body, a vote board). The
// core holds the document of record; the replica is what an editor binds to, so typing never
// waits for a round trip:
//   - opening asks `docs.open` for the whole state; `doc.update` events (other windows, hubs, the
//     echo of our own updates) are applied with origin 'core' and never sent back;
//   - a local change is sent with `docs.update`, batched per microtask (one ProseMirror keystroke
//     can make several Yjs transactions) and never dropped: a send that fails is merged back and
//     retried until the replica closes;
//   - awareness (cursor, name, colour) goes out through `docs.awareness` and comes in through
//     `doc.awareness`; when a peer we did not know appears we announce ourselves at once, so a
//     window that opens late sees the others' carets without waiting for their next heartbeat;
//   - replicas are reference-counted per room: two components opening the same room share one
//     Y.Doc. The last close sends the removal of our awareness state and unsubscribes.
// What it must never do: apply an update twice as a local change (that would echo forever), or
// resolve `ready` before the core's state is in the document.
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { ChapterhouseApi } from '../../../shared/contract/transport';

/** The origin of everything that came from the core; anything else is ours to send. */
export const CORE_ORIGIN = 'core';
/** How long a failed send waits before it is tried again. */
export const RETRY_DELAY_MS = 1000;

export interface DocReplica {
  readonly room: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Resolves once the core's state has been applied; rejects with the core's error. */
  readonly ready: Promise<void>;
  /** Asks the core for its state again and sends whatever the core lacks (after a reconnect). */
  resync(): Promise<void>;
  /** Releases this handle; the last one for a room tears the replica down. Idempotent. */
  close(): void;
}

interface SharedReplica {
  doc: Y.Doc;
  awareness: Awareness;
  ready: Promise<void>;
  refs: number;
  resync(): Promise<void>;
  teardown(): void;
}

const replicas = new WeakMap<ChapterhouseApi, Map<string, SharedReplica>>();

function windowApi(): ChapterhouseApi {
  const api = (globalThis as { chapterhouse?: ChapterhouseApi }).chapterhouse;
  if (!api) throw new Error('window.chapterhouse is missing: the app was opened outside its host');
  return api;
}

/** Opens (or shares) the replica of `room`. Every handle must be closed once. */
export function openDocReplica(room: string, api: ChapterhouseApi = windowApi()): DocReplica {
  let rooms = replicas.get(api);
  if (!rooms) {
    rooms = new Map();
    replicas.set(api, rooms);
  }
  let shared = rooms.get(room);
  if (!shared) {
    const forRooms = rooms;
    shared = createReplica(api, room, () => forRooms.delete(room));
    rooms.set(room, shared);
  }
  shared.refs += 1;
  const target = shared;
  let closed = false;
  return {
    room,
    doc: target.doc,
    awareness: target.awareness,
    ready: target.ready,
    resync: () => target.resync(),
    close() {
      if (closed) return;
      closed = true;
      target.refs -= 1;
      if (target.refs === 0) target.teardown();
    },
  };
}

function createReplica(api: ChapterhouseApi, room: string, forget: () => void): SharedReplica {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  let open = true;

  // --- the document: local updates out, the core's in -------------------------------------------
  let pending: Uint8Array[] = [];
  let flushQueued = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const flushUpdates = () => {
    flushQueued = false;
    if (pending.length === 0) return;
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    api.call('docs.update', { room, update: toBase64(update) }).catch(() => {
      // Kept, not dropped: merged in front of anything typed since, and sent again shortly.
      pending.unshift(update);
      if (open && retryTimer === undefined) {
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          if (open) flushUpdates();
        }, RETRY_DELAY_MS);
      }
    });
  };
  const queueUpdate = (update: Uint8Array) => {
    pending.push(update);
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flushUpdates);
    }
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== CORE_ORIGIN && open) queueUpdate(update);
  };
  doc.on('update', onUpdate);

  // --- awareness: ours out (batched the same way), others' in -----------------------------------
  const changedClients = new Set<number>();
  let awarenessQueued = false;
  // A replica nobody shows a caret in (a vote board read for its voters) has an empty state: it is
  // not announced, so it costs no traffic; once announced, its removal is sent too.
  let announced = false;
  const flushAwareness = () => {
    awarenessQueued = false;
    const own = awareness.getLocalState();
    const ownWorthSending = own === null ? announced : Object.keys(own).length > 0;
    if (!ownWorthSending) changedClients.delete(doc.clientID);
    if (changedClients.size === 0) return;
    if (changedClients.has(doc.clientID)) announced = own !== null;
    const clients = [...changedClients];
    changedClients.clear();
    // Awareness is a heartbeat, not a record: a lost update is replaced by the next one.
    api.call('docs.awareness', { room, update: toBase64(encodeAwarenessUpdate(awareness, clients)) }).catch(() => {});
  };
  const queueAwareness = (clients: number[]) => {
    for (const c of clients) changedClients.add(c);
    if (!awarenessQueued) {
      awarenessQueued = true;
      queueMicrotask(flushAwareness);
    }
  };
  const onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === CORE_ORIGIN) {
      // Someone new: tell them who we are now, not at our next heartbeat (up to 15 s away).
      const newcomers = added.filter((c) => c !== doc.clientID);
      if (newcomers.length > 0 && awareness.getLocalState() !== null) queueAwareness([doc.clientID]);
      return;
    }
    queueAwareness([...added, ...updated, ...removed]);
  };
  awareness.on('update', onAwarenessUpdate);

  // --- events from the core ----------------------------------------------------------------------
  // Subscribed before docs.open, so nothing sent in between is missed; Yjs applies updates in any
  // order (one that arrives before what it builds on waits inside the document).
  const offUpdate = api.on('doc.update', (event) => {
    if (event.room !== room || !open) return;
    Y.applyUpdate(doc, fromBase64(event.update), CORE_ORIGIN);
  });
  const offAwareness = api.on('doc.awareness', (event) => {
    if (event.room !== room || !open) return;
    applyAwarenessUpdate(awareness, fromBase64(event.update), CORE_ORIGIN);
  });

  const resync = async () => {
    const { update } = await api.call('docs.open', { room });
    if (!open) return;
    const coreState = fromBase64(update);
    Y.applyUpdate(doc, coreState, CORE_ORIGIN);
    // Whatever we hold that the core does not (typed while the link was down) goes to it now.
    const missing = Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(coreState));
    if (!isEmptyUpdate(missing)) queueUpdate(missing);
    if (awareness.getLocalState() !== null) queueAwareness([doc.clientID]);
  };
  const ready = resync();
  // A replica nobody awaits must not report an unhandled rejection; those who await still see it.
  ready.catch(() => {});

  return {
    doc,
    awareness,
    ready,
    refs: 0,
    resync,
    teardown() {
      forget();
      // Anything typed and not yet sent goes now, and the others stop showing our caret.
      clearTimeout(retryTimer);
      flushUpdates();
      removeAwarenessStates(awareness, [doc.clientID], 'close');
      flushAwareness();
      open = false;
      offUpdate();
      offAwareness();
      doc.off('update', onUpdate);
      awareness.off('update', onAwarenessUpdate);
      // Stops the awareness heartbeat timer. The Y.Doc itself is left to the garbage collector: an
      // editor being torn down in the same commit may still be detaching from it.
      awareness.destroy();
    },
  };
}

/** An update that carries nothing (no structs, no deletions) is two zero bytes. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((b) => b === 0);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole large update as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
