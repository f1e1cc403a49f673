// Where Yjs documents live in a database: updates appended as they arrive (`doc_updates`), folded
// into one snapshot per document (`doc_snapshots`) when a document is loaded with many updates.
// Written against the shared `Db` interface and plain SQL that runs on PostgreSQL 15 and PGlite, so
// the device core and the hub share it (tables in shared/db/migrations/0005_documents.sql).
//
// Never loses an update: a squash deletes exactly the updates it folded in, and only when its
// snapshot was stored. A snapshot is only ever replaced by one that folded in a later update
// (`through_seq`: "an older snapshot never overwrites a newer one"), so two processes squashing one
// document at once cannot move it backwards; an update committed late, with a smaller seq than one
// already folded, stays in doc_updates until a later squash includes it.
import * as Y from 'yjs';
import type { Db } from '../db/db.js';

export interface DocStoreOptions {
  /** Fold a document's updates into its snapshot when a load finds at least this many. Default 100. */
  squashAfter?: number;
}

export class DocStore {
  private readonly squashAfter: number;

  constructor(
    private readonly db: Db,
    options: DocStoreOptions = {},
  ) {
    this.squashAfter = options.squashAfter ?? 100;
  }

  /** Appends one update (as Yjs emits it) to a document. */
  async append(doc: string, update: Uint8Array): Promise<void> {
    await this.db.query('insert into doc_updates (room, update) values ($1, $2)', [doc, update]);
  }

  /**
   * The document's whole stored state as one Yjs update, or null if nothing was ever stored.
   * Squashes into the snapshot when there are many updates.
   */
  async load(doc: string): Promise<Uint8Array | null> {
    // One statement, so the snapshot and the updates after it come from one consistent view: read
    // separately, a squash committing in between could hide the updates it just folded in.
    const { rows } = await this.db.query<{ kind: number; seq: number; data: Uint8Array }>(
      `select 0 as kind, through_seq as seq, state as data from doc_snapshots where room = $1
       union all
       select 1 as kind, seq, update as data from doc_updates where room = $1
       order by kind, seq`,
      [doc],
    );
    if (rows.length === 0) return null;
    const ydoc = new Y.Doc();
    try {
      for (const row of rows) Y.applyUpdate(ydoc, toBytes(row.data));
      const state = Y.encodeStateAsUpdate(ydoc);
      const updates = rows.filter((r) => r.kind === 1);
      const last = updates.at(-1);
      if (last && updates.length >= this.squashAfter) await this.saveSnapshot(doc, state, last.seq, updates.map((u) => u.seq));
      return state;
    } finally {
      ydoc.destroy();
    }
  }

  /**
   * Stores `state` (which folds in the updates `folded`, the last being `throughSeq`) as the
   * document's snapshot, unless a snapshot through a later update exists; then drops `folded`.
   */
  async saveSnapshot(doc: string, state: Uint8Array, throughSeq: number, folded: number[]): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const stored = await tx.query(
        `insert into doc_snapshots (room, state, through_seq) values ($1, $2, $3)
         on conflict (room) do update set state = excluded.state, through_seq = excluded.through_seq, updated_at = now()
          where doc_snapshots.through_seq < excluded.through_seq
         returning room`,
        [doc, state, throughSeq],
      );
      if (stored.rows.length === 0) return false;
      await tx.query('delete from doc_updates where room = $1 and seq = any($2::bigint[])', [doc, folded]);
      return true;
    });
  }

  /** How many updates wait to be squashed (for tests and reports). */
  async pendingUpdates(doc: string): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>('select count(*) as n from doc_updates where room = $1', [doc]);
    return Number(rows[0]?.n ?? 0);
  }
}

/** node-postgres gives a Buffer, PGlite a Uint8Array: Yjs takes either, but be exact. */
function toBytes(value: Uint8Array): Uint8Array {
  return value instanceof Uint8Array ? value : new Uint8Array(value);
}
