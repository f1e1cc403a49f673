// Yjs documents between devices through a hub: a vote board filled on two devices apart, synced,
// closed into one tally; a proposal's body edited on both, merged; live edits while connected.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { startCore } from '../../electron/core/start-core.js';
import { closeAndRemove, tempDir } from '../support/core-fixture.js';
import { startTestHub, type TestHub } from '../server/support/hub-fixture.js';
import { backend } from '../server/support/hub-store.js';

const cores: Core[] = [];
let hub: TestHub | undefined;

afterEach(async () => {
  for (const core of cores.splice(0)) await closeAndRemove(core);
  await hub?.stop();
  hub = undefined;
});

async function joined(chapterId: string, live = false): Promise<Core> {
  const core = await startCore({ dataDir: tempDir(), liveSync: live, log: () => {} });
  cores.push(core);
  await core.call('sync.join', { hubUrl: hub!.hub.url, invite: await hub!.invite('organiser', chapterId) });
  await core.syncOnce();
  core.useChapter(chapterId);
  return core;
}

describe(`documents through a hub (${backend})`, () => {
  it('counts one tally from a board filled on two devices apart', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await joined(chapterId);
    const ids: string[] = [];
    for (const name of ['Ann', 'Bo', 'Cy', 'Di']) ids.push((await a.call('members.create', { firstName: name })).id);
    const p = await a.call('proposals.create', { title: 'Banner colour', body: 'Red or green?' });
    await a.call('proposals.openBoard', { id: p.id, board: { method: 'majority', options: ['red', 'green'], eligible: 'all', anonymous: false, hideResultsUntilClosed: false } });
    await a.syncOnce();
    const b = await joined(chapterId);
    expect((await b.call('proposals.get', { id: p.id })).bodyText).toBe('Red or green?');

    // Apart: A takes two votes, B takes two others and a proxy for Ann, who votes again on A later.
    await a.call('proposals.vote', { id: p.id, memberId: ids[0]!, ballot: { choice: 'red' } });
    await a.call('proposals.vote', { id: p.id, memberId: ids[1]!, ballot: { choice: 'red' } });
    await b.call('proposals.vote', { id: p.id, memberId: ids[2]!, ballot: { choice: 'green' } });
    await b.call('proposals.vote', { id: p.id, memberId: ids[3]!, ballot: { choice: 'green' } });
    await b.call('proposals.vote', { id: p.id, memberId: ids[0]!, ballot: { choice: 'green' }, proxy: true });
    await new Promise((r) => setTimeout(r, 5));
    await a.call('proposals.vote', { id: p.id, memberId: ids[0]!, ballot: { choice: 'red' }, replace: true });

    await a.syncOnce();
    await b.syncOnce();
    await a.syncOnce();
    const [ta, tb] = [(await a.call('proposals.tally', { id: p.id })).tally, (await b.call('proposals.tally', { id: p.id })).tally];
    expect(ta).toEqual(tb);
    expect(ta).toMatchObject({ voters: 4, counts: { red: 2, green: 2 } });

    const decision = await a.call('proposals.close', { id: p.id });
    await a.syncOnce();
    await b.syncOnce();
    const onB = (await b.call('proposals.get', { id: p.id })).decisions;
    expect(onB.map((d) => [d.id, d.hash, d.standing])).toEqual([[decision.id, decision.hash, 'stands']]);
  });

  it('keeps both decisions when two devices close the board apart: the earlier stands, the other is a conflict', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await joined(chapterId);
    const ann = await a.call('members.create', { firstName: 'Ann' });
    const p = await a.call('proposals.create', { title: 'Close twice' });
    await a.call('proposals.openBoard', { id: p.id, board: { method: 'consent', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false } });
    await a.call('proposals.vote', { id: p.id, memberId: ann.id, ballot: { choice: 'agree' } });
    await a.syncOnce();
    const b = await joined(chapterId);
    const first = await a.call('proposals.close', { id: p.id });
    await new Promise((r) => setTimeout(r, 5));
    const second = await b.call('proposals.close', { id: p.id });
    await a.syncOnce();
    await b.syncOnce();
    await a.syncOnce();
    for (const core of [a, b]) {
      const decisions = (await core.call('proposals.get', { id: p.id })).decisions;
      expect(decisions.map((d) => [d.id, d.standing])).toEqual([
        [first.id, 'stands'],
        [second.id, 'conflict'],
      ]);
    }
    // One new decision settles the conflict: it replaces both.
    const settled = await a.call('proposals.close', { id: p.id, supersedes: second.id });
    expect(settled).toMatchObject({ supersedes: second.id, standing: 'stands' });
    expect((await a.call('proposals.get', { id: p.id })).decisions.map((d) => d.standing)).toEqual(['superseded', 'superseded', 'stands']);
  });

  it('merges a body edited on two devices apart, and carries live edits between connected devices', async () => {
    hub = await startTestHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await joined(chapterId, true);
    const p = await a.call('proposals.create', { title: 'Shared text', body: 'start' });
    await a.syncOnce();
    const b = await joined(chapterId, true);
    const room = `${chapterId}/proposal/${p.id}`;
    // Each opens the document (as the editor does), so it is kept live with the hub.
    await a.call('docs.open', { room });
    await b.call('docs.open', { room });
    const Y = await import('yjs');
    const edit = async (core: Core, text: string) => {
      const replica = new Y.Doc();
      Y.applyUpdate(replica, Buffer.from((await core.call('docs.open', { room })).update, 'base64'));
      const before = Y.encodeStateVector(replica);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      replica.getXmlFragment('default').push([paragraph]);
      await core.call('docs.update', { room, update: Buffer.from(Y.encodeStateAsUpdate(replica, before)).toString('base64') });
    };
    await edit(a, 'from A');
    await expect.poll(async () => (await b.call('proposals.get', { id: p.id })).bodyText, { timeout: 10_000 }).toContain('from A');
    await edit(b, 'from B');
    await expect.poll(async () => (await a.call('proposals.get', { id: p.id })).bodyText, { timeout: 10_000 }).toContain('from B');
    expect((await a.call('proposals.get', { id: p.id })).bodyText).toBe((await b.call('proposals.get', { id: p.id })).bodyText);
  });
});
