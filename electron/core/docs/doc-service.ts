// The core's open Yjs documents (a proposal's body, a vote board). Each is loaded once from the
// document store and kept in memory while in use; every update, whoever made it (the renderer, a
// CLI vote, a hub), is stored in the write queue before it is passed on, and the projections other
// screens need (a body's plain text for search) are written in the same transaction.
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Db } from '../../../shared/db/db.js';
import { DocStore } from '../../../shared/docs/doc-store.js';
import { roomNameSchema } from '../../../shared/sync/protocol.js';
import type { WriteQueue } from '../write-queue.js';
import { CallError } from '../../../shared/contract/errors.js';
import { projectDocument } from './doc-projections.js';

/** Where an update came from, so it is not echoed back there. */
export type UpdateOrigin = 'load' | 'local' | { kind: 'renderer'; connection: number } | { kind: 'hub'; hubId: string };

export interface DocServiceDeps {
  db: Db;
  queue: WriteQueue;
  /**
   * An update, as soon as the document has it: passed on to the renderers before it is stored.
   * A collaborator's screen must not wait for the write and the search projection; if the core
   * stopped in between, the update is still where it came from (the other window, the hub).
   */
  onUpdate(room: string, update: Uint8Array, origin: UpdateOrigin): void;
  /** After an update is stored with its projections: views of `tables` refresh. */
  onStored(room: string, tables: string[]): void;
  /** An awareness update (base64) to pass on to every renderer; never stored. */
  onAwareness(room: string, update: string): void;
  /** A document was loaded: live sync may connect it to the hubs. */
  onOpened?(room: string, doc: Y.Doc, awareness: Awareness): void;
  /** A sealed record (a closed meeting's minutes): no update is stored or passed on any more. */
  isSealed?(room: string): boolean;
}

export class DocService {
  private readonly docs = new Map<string, Promise<Y.Doc>>();
  private readonly awarenesses = new Map<string, Awareness>();
  private readonly store: DocStore;

  constructor(private readonly deps: DocServiceDeps) {
    this.store = new DocStore(deps.db);
  }

  /** The document, loaded from the store on first use. */
  open(room: string): Promise<Y.Doc> {
    roomNameSchema.parse(room);
    let doc = this.docs.get(room);
    if (!doc) {
      doc = this.load(room);
      this.docs.set(room, doc);
      doc.catch(() => this.docs.delete(room));
    }
    return doc;
  }

  /** Applies an update from elsewhere (renderer, hub) and stores it; duplicates are harmless. */
  async apply(room: string, update: Uint8Array, origin: UpdateOrigin): Promise<void> {
    if (this.sealed(room)) {
      // A hub or another window that has not heard yet: dropped. A person typing: told why.
      if (origin === 'local' || (typeof origin === 'object' && origin.kind === 'renderer')) throw sealedError();
      return;
    }
    const doc = await this.open(room);
    Y.applyUpdate(doc, update, origin);
    await this.settled(room);
  }

  /** Changes a document in the core (a vote from the CLI) and waits until it is stored. */
  async change(room: string, fn: (doc: Y.Doc) => void): Promise<void> {
    if (this.sealed(room)) throw sealedError();
    const doc = await this.open(room);
    doc.transact(() => fn(doc), 'local');
    await this.settled(room);
  }

  async stateAsUpdate(room: string): Promise<Uint8Array> {
    return Y.encodeStateAsUpdate(await this.open(room));
  }

  /** Rooms with anything stored on this device. */
  async storedRooms(prefix: string): Promise<string[]> {
    const { rows } = await this.deps.db.query<{ room: string }>(
      `select room from doc_updates where room like $1 union select room from doc_snapshots where room like $1`,
      [`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
    return rows.map((r) => r.room);
  }

  /**
   * A renderer's awareness update: applied to the room's awareness (which the hubs' providers
   * share), and passed on to the other renderers through `onAwareness`.
   */
  async relayAwareness(room: string, update: string): Promise<void> {
    await this.open(room);
    applyAwarenessUpdate(this.awarenesses.get(room)!, Buffer.from(update, 'base64'), 'renderer');
  }

  /** Waits until every update made so far, to any document, is stored. */
  async flush(): Promise<void> {
    await Promise.all(this.pendingWrites.values());
  }

  close(): void {
    for (const awareness of this.awarenesses.values()) awareness.destroy();
    for (const doc of this.docs.values()) void doc.then((d) => d.destroy(), () => {});
    this.docs.clear();
    this.awarenesses.clear();
  }

  private pendingWrites = new Map<string, Promise<void>>();

  private sealed(room: string): boolean {
    return this.deps.isSealed?.(room) ?? false;
  }

  /** Resolves when every update made so far to `room` is stored. */
  private async settled(room: string): Promise<void> {
    await this.pendingWrites.get(room);
  }

  private async load(room: string): Promise<Y.Doc> {
    const doc = new Y.Doc({ gc: true });
    const state = await this.store.load(room);
    if (state) Y.applyUpdate(doc, state, 'load');
    // The core is no participant: only renderers and other devices have cursors.
    const awareness = new Awareness(doc);
    awareness.setLocalState(null);
    awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const changed = [...added, ...updated, ...removed];
      this.deps.onAwareness(room, Buffer.from(encodeAwarenessUpdate(awareness, changed)).toString('base64'));
    });
    this.awarenesses.set(room, awareness);
    this.deps.onOpened?.(room, doc, awareness);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'load') return;
      if (this.sealed(room)) {
        // Applied to this copy by a provider before anyone could refuse it: neither stored nor
        // passed on, and the copy is dropped so the next reader loads the sealed state again.
        if (this.docs.get(room)) this.docs.delete(room);
        return;
      }
      this.deps.onUpdate(room, update, origin as UpdateOrigin);
      const previous = this.pendingWrites.get(room) ?? Promise.resolve();
      const write = previous.then(() => this.persist(room, doc, update));
      this.pendingWrites.set(room, write.catch(() => {}));
    });
    return doc;
  }

  private async persist(room: string, doc: Y.Doc, update: Uint8Array): Promise<void> {
    const tables = await this.deps.queue.run(() =>
      this.deps.db.transaction(async (tx) => {
        await new DocStore(tx).append(room, update);
        return projectDocument(tx, room, doc);
      }),
    );
    this.deps.onStored(room, tables);
  }
}

function sealedError(): CallError {
  return new CallError('conflict', 'these minutes are sealed: the meeting was closed. A correction is a new record (Correct the minutes).');
}
