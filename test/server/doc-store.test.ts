// The Yjs document store against the hub's database: updates and snapshots, squashing, and the
// rules that keep a squash from losing or rolling back anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHubStore, type HubStore } from '../../server/db/open-hub-store.js';
import { DocStore } from '../../shared/docs/doc-store.js';
import { backend, freshStore, type TestStore } from './support/hub-store.js';

let test: TestStore;
let hubStore: HubStore;
/** The writer's document: each test types into it, so edits follow one another. */
let writer: Y.Doc;
const room = 'chapter-1/minutes/m1';

beforeEach(async () => {
  test = await freshStore();
  hubStore = await openHubStore(test.options);
  writer = new Y.Doc();
});
afterEach(async () => {
  await hubStore.close();
  await test.remove();
});

/** Types each word at the end of the writer's text and appends each edit as its own update. */
async function typeInto(store: DocStore, words: string[]): Promise<Y.Doc> {
  const updates: Uint8Array[] = [];
  const collect = (u: Uint8Array) => updates.push(u);
  writer.on('update', collect);
  for (const word of words) writer.getText('t').insert(writer.getText('t').length, word);
  writer.off('update', collect);
  for (const u of updates) await store.append(room, u);
  return writer;
}

function textOf(state: Uint8Array | null): string {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText('t').toString();
}

async function snapshotThrough(): Promise<number | null> {
  const { rows } = await hubStore.db.query<{ through_seq: number }>('select through_seq from doc_snapshots where room = $1', [room]);
  return rows[0]?.through_seq ?? null;
}

describe(`doc store (${backend})`, () => {
  it('has nothing for a document never stored', async () => {
    expect(await new DocStore(hubStore.db).load(room)).toBeNull();
  });

  it('loads what was appended, and squashes many updates into one snapshot', async () => {
    const store = new DocStore(hubStore.db, { squashAfter: 10 });
    await typeInto(store, ['a', 'b', 'c']);
    expect(textOf(await store.load(room))).toBe('abc');
    expect(await store.pendingUpdates(room)).toBe(3);
    expect(await snapshotThrough()).toBeNull();

    await typeInto(store, Array.from({ length: 12 }, (_, i) => String(i % 10)));
    expect(textOf(await store.load(room))).toBe('abc012345678901');
    expect(await store.pendingUpdates(room)).toBe(0);
    expect(await snapshotThrough()).toEqual(expect.any(Number));

    await typeInto(store, ['!']);
    expect(textOf(await store.load(room))).toBe('abc012345678901!');
  });

  it('never lets an older snapshot overwrite a newer one', async () => {
    const store = new DocStore(hubStore.db);
    const newer = new Y.Doc();
    newer.getText('t').insert(0, 'newer');
    const older = new Y.Doc();
    older.getText('t').insert(0, 'older');
    expect(await store.saveSnapshot(room, Y.encodeStateAsUpdate(newer), 20, [])).toBe(true);
    expect(await store.saveSnapshot(room, Y.encodeStateAsUpdate(older), 10, [])).toBe(false);
    expect(textOf(await store.load(room))).toBe('newer');
    expect(await snapshotThrough()).toBe(20);
  });

  it('keeps an update that a squash did not fold in, even one with a smaller seq', async () => {
    const store = new DocStore(hubStore.db);
    const doc = await typeInto(store, ['a', 'b', 'c']);
    const { rows } = await hubStore.db.query<{ seq: number; update: Uint8Array }>('select seq, update from doc_updates where room = $1 order by seq', [room]);
    // A squash that saw only the first and last update (the middle one committed late).
    const partial = new Y.Doc();
    Y.applyUpdate(partial, rows[0]!.update);
    Y.applyUpdate(partial, rows[2]!.update);
    expect(await store.saveSnapshot(room, Y.encodeStateAsUpdate(partial), rows[2]!.seq, [rows[0]!.seq, rows[2]!.seq])).toBe(true);
    expect(await store.pendingUpdates(room)).toBe(1);
    expect(textOf(await store.load(room))).toBe(doc.getText('t').toString());
  });
});
