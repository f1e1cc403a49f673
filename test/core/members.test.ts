// The Members methods through the contract, as the renderer and the CLI call them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { CallError } from '../../shared/contract/errors.js';
import { closeAndRemove, openChapterCore, openCore } from '../support/core-fixture.js';

let core: Core;
beforeEach(async () => {
  core = await openChapterCore();
});
afterEach(async () => {
  await closeAndRemove(core);
});

async function callError(promise: Promise<unknown>): Promise<CallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CallError);
  return error as CallError;
}

describe('members', () => {
  it('creates a member, normalising the e-mail, and finds them by any word', async () => {
    const ann = await core.call('members.create', { firstName: 'Ann', lastName: 'Lee', email: ' Ann.Lee@Example.org ', phone: '+15557661791', tags: ['housing'] });
    expect(ann).toMatchObject({ firstName: 'Ann', email: 'ann.lee@example.org', status: 'supporter', deletedAt: null });
    for (const query of ['ann', 'LEE', 'ann lee', 'example.org', '766 1791', 'housing']) {
      const found = await core.call('members.search', { query });
      expect(found.rows.map((r) => r.id), query).toEqual([ann.id]);
    }
    expect((await core.call('members.search', { query: 'bob' })).total).toBe(0);
  });

  it('refuses bad input with field paths, and changes nothing', async () => {
    const error = await callError(core.call('members.create', { firstName: '', email: 'not-an-email', phone: '555' } as never));
    expect(error.code).toBe('validation');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['email', 'firstName', 'phone']);
    expect((await core.call('members.search', {})).total).toBe(0);
    expect((await callError(core.call('members.nope' as never, {} as never))).code).toBe('not_found');
  });

  it('edits only the fields given, and filters by tag and status', async () => {
    const bo = await core.call('members.create', { firstName: 'Bo', lastName: 'Chen', tags: ['press'] });
    await core.call('members.create', { firstName: 'Cy', lastName: 'Diaz', status: 'member' });
    const edited = await core.call('members.update', { id: bo.id, changes: { phone: '+15551234567', tags: ['press', 'housing'], custom: { shirt: 'M' } } });
    expect(edited).toMatchObject({ firstName: 'Bo', phone: '+15551234567', tags: ['press', 'housing'], custom: { shirt: 'M' } });
    expect((await core.call('members.search', { tag: 'housing' })).rows.map((r) => r.firstName)).toEqual(['Bo']);
    expect((await core.call('members.search', { status: 'member' })).rows.map((r) => r.firstName)).toEqual(['Cy']);
    expect(await core.call('members.tags', {})).toEqual([
      { tag: 'housing', count: 1 },
      { tag: 'press', count: 1 },
    ]);
  });

  it('deletes as a tombstone that can be restored', async () => {
    const ann = await core.call('members.create', { firstName: 'Ann' });
    await core.call('members.delete', { id: ann.id });
    expect((await core.call('members.search', {})).total).toBe(0);
    expect((await core.call('members.get', { id: ann.id })).deletedAt).not.toBeNull();
    expect((await callError(core.call('members.update', { id: ann.id, changes: { firstName: 'X' } }))).code).toBe('conflict');
    await core.call('members.restore', { id: ann.id });
    expect((await core.call('members.search', {})).total).toBe(1);
  });

  it('merges a duplicate into the member kept, filling blanks and combining tags and recruits', async () => {
    const keep = await core.call('members.create', { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org', tags: ['a'] });
    const dup = await core.call('members.create', { firstName: 'Ann', email: 'ANN@example.org', phone: '+15557661791', tags: ['b'] });
    const recruit = await core.call('members.create', { firstName: 'Rae', recruitedBy: dup.id });
    const dups = await core.call('members.duplicates', {});
    expect(dups).toHaveLength(1);
    expect(dups[0]!.members.map((m) => m.id).sort()).toEqual([keep.id, dup.id].sort());

    const merged = await core.call('members.merge', { id: dup.id, intoId: keep.id });
    expect(merged).toMatchObject({ id: keep.id, lastName: 'Lee', phone: '+15557661791', tags: ['a', 'b'] });
    expect((await core.call('members.get', { id: dup.id })).mergedInto).toBe(keep.id);
    expect((await core.call('members.get', { id: recruit.id })).recruitedBy).toBe(keep.id);
    expect((await core.call('members.search', {})).total).toBe(2);
    expect(await core.call('members.duplicates', {})).toEqual([]);
    expect((await callError(core.call('members.merge', { id: keep.id, intoId: keep.id }))).code).toBe('validation');
  });

  it('erases personal data, leaving an anonymous tombstone and no copy in the log', async () => {
    const ann = await core.call('members.create', { firstName: 'Annabel', lastName: 'Secret', email: 'annabel@example.org', notes: 'lives at 5 Elm' });
    await core.call('members.update', { id: ann.id, changes: { phone: '+15557661791' } });
    await core.call('members.erase', { id: ann.id });
    expect((await core.call('members.search', {})).total).toBe(0);
    expect((await callError(core.call('members.get', { id: ann.id }))).code).toBe('not_found');
    const exported = await core.call('members.export', { format: 'ours' });
    expect(exported.csv).not.toContain('Annabel');
  });

  it('pages through results with a total', async () => {
    for (let i = 0; i < 25; i++) await core.call('members.create', { firstName: `Person${String(i).padStart(2, '0')}`, lastName: 'Same' });
    const page = await core.call('members.search', { offset: 20, limit: 10 });
    expect(page.total).toBe(25);
    expect(page.rows.map((r) => r.firstName)).toEqual(['Person20', 'Person21', 'Person22', 'Person23', 'Person24']);
  });

  it('emits the changed tables after a write, for live views', async () => {
    const events: unknown[] = [];
    const conn = core.connect((frame) => events.push(frame));
    conn.receive({ id: 1, method: 'members.create', input: { firstName: 'Ann' } });
    await expect.poll(() => events.length).toBe(2);
    expect(events).toContainEqual({ event: 'changed', payload: { tables: ['members'] } });
    expect(events).toContainEqual(expect.objectContaining({ id: 1, ok: true }));
    conn.close();
  });
});

describe('session', () => {
  it('asks for setup on an empty data dir, then remembers the chapter across restarts', async () => {
    const fresh = await openCore();
    expect((await fresh.call('session.get', {})).needsSetup).toBe(true);
    expect((await callError(fresh.call('members.create', { firstName: 'A' }))).code).toBe('conflict');
    await fresh.call('session.setup', { chapterName: 'Eastside', country: 'gb', organiserName: 'Mo' });
    const dir = fresh.dataDir;
    await fresh.close();
    const reopened = await openCore(dir);
    const session = await reopened.call('session.get', {});
    expect(session).toMatchObject({ needsSetup: false, current: { name: 'Eastside', country: 'GB' }, device: { organiserName: 'Mo' } });
    await closeAndRemove(reopened);
  });
});

describe('search words', () => {
  it('matches a short word at the start of a name or e-mail, a longer one anywhere', async () => {
    const core = await openChapterCore();
    try {
      await core.call('members.create', { firstName: 'Ann', lastName: 'Lee', email: 'zed@example.org' });
      await core.call('members.create', { firstName: 'Bea', lastName: 'Allen' });
      const names = async (query: string) => (await core.call('members.search', { query })).rows.map((r) => r.firstName).sort();
      expect(await names('a')).toEqual(['Ann', 'Bea']);
      expect(await names('le')).toEqual(['Ann']);
      expect(await names('ze')).toEqual(['Ann']);
      expect(await names('ee')).toEqual([]);
      expect(await names('lle')).toEqual(['Bea']);
      expect(await names('ann l')).toEqual(['Ann']);
      expect(await names('a%')).toEqual([]);
    } finally {
      await closeAndRemove(core);
    }
  });
});

describe('broad searches', () => {
  it('answer a lower bound at once, and the exact count on request', async () => {
    const core = await openChapterCore();
    try {
      const rows = Array.from({ length: 1250 }, (_, i) => `Anna Person${i},anna${i}@example.org`).join('\n');
      await core.call('members.import', { fileName: 'many.csv', contentBase64: Buffer.from(`Name,E-mail\n${rows}\n`).toString('base64'), format: 'auto' });
      await core.call('members.create', { firstName: 'Bob' });
      const broad = await core.call('members.search', { query: 'ann', limit: 100 });
      expect(broad.rows).toHaveLength(100);
      expect(broad).toMatchObject({ totalExact: true, total: 1250 });
      expect(await core.call('members.count', { query: 'ann' })).toEqual({ total: 1250 });
      const narrow = await core.call('members.search', { query: 'person12', limit: 5 });
      expect(narrow).toMatchObject({ totalExact: true, total: 61 }); // Person12, 120–129, 1200–1249
      expect(await core.call('members.search', { query: '', limit: 10 })).toMatchObject({ totalExact: true, total: 1251 });
    } finally {
      await closeAndRemove(core);
    }
  });
});
