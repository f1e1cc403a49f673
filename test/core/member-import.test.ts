// Importing and exporting members through the contract, against a real PGlite.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { CallError } from '../../shared/contract/errors.js';
import { closeAndRemove, fileRequest, openChapterCore, samplesDir } from '../support/core-fixture.js';

let core: Core;
beforeEach(async () => {
  core = await openChapterCore('US');
});
afterEach(async () => {
  await closeAndRemove(core);
});

const sample = (name: string) => fs.readFileSync(path.join(samplesDir, name));

async function importCsv(text: string | Buffer, name = 'people.csv') {
  return core.call('members.import', fileRequest(name, text));
}

describe('importing the samples', () => {
  it.each([
    ['actionnetwork-sample.csv', 'actionnetwork'],
    ['nationbuilder-sample.csv', 'nationbuilder'],
    ['spreadsheet-sample.csv', 'spreadsheet'],
  ])('recognises %s and imports every row', async (file, format) => {
    const preview = await core.call('members.importPreview', fileRequest(file, sample(file)));
    expect(preview.format).toBe(format);
    expect(preview.created).toBe(24);
    const result = await core.call('members.import', fileRequest(file, sample(file)));
    expect(result).toEqual({ created: 24, updated: 0, rejected: [] });
    expect((await core.call('members.search', {})).total).toBe(24);
  });

  it('merges the three exports of the same people into one roster', async () => {
    await core.call('members.import', fileRequest('nb.csv', sample('nationbuilder-sample.csv')));
    const an = await core.call('members.import', fileRequest('an.csv', sample('actionnetwork-sample.csv')));
    const sheet = await core.call('members.import', fileRequest('s.csv', sample('spreadsheet-sample.csv')));
    expect(an.created).toBe(0);
    expect(sheet.created).toBe(0);
    const members = await core.call('members.list', {});
    expect(members).toHaveLength(24);
    const jose = members.find((m) => m.email === 'jose.obrien9@example.org')!;
    expect(jose).toMatchObject({ firstName: 'José', lastName: "O'Brien", phone: '+15558337320', status: 'member', tags: ['housing', 'youth'] });
    const recruiter = members.find((m) => m.id === jose.recruitedBy)!;
    expect(recruiter.custom.nationbuilder_id).toBe('1007');
  });

  it('is idempotent: importing the same file again creates no one', async () => {
    await core.call('members.import', fileRequest('s.csv', sample('spreadsheet-sample.csv')));
    const again = await core.call('members.import', fileRequest('s.csv', sample('spreadsheet-sample.csv')));
    expect(again.created).toBe(0);
    expect((await core.call('members.search', {})).total).toBe(24);
  });
});

describe('import rules', () => {
  it('updates a known person (e-mail in any case) and never erases with a blank cell', async () => {
    await importCsv('Name,E-mail,Phone,Tags\r\nAnn Lee,ann@example.org,+1 555 766 1791,housing\r\n');
    const result = await importCsv('Name,E-mail,Phone,Tags\r\nAnn Lee,ANN@Example.org,,press\r\n');
    expect(result).toEqual({ created: 0, updated: 1, rejected: [] });
    const [ann] = await core.call('members.list', {});
    expect(ann).toMatchObject({ phone: '+15557661791', tags: ['housing', 'press'] });
  });

  it('makes one member of the same person twice in one file', async () => {
    const result = await importCsv('Name,E-mail\nAnn Lee,ann@example.org\nAnn B. Lee,Ann@example.org\n');
    expect(result.created).toBe(1);
    expect(result.updated).toBe(1);
    expect(await core.call('members.list', {})).toHaveLength(1);
  });

  it('rejects bad rows with their physical line numbers and reasons, and imports the rest', async () => {
    const csv = [
      'Name,E-mail,Phone,Joined,Notes',
      'Ann Lee,ann@example.org,+1 555 766 1791,2025-01-31,"two',
      'lines"',
      'Bad Email,bob(at)example.org,,,',
      'Bad Date,cy@example.org,,31/02/2025,',
      'Bad Phone,di@example.org,12,,',
      'Eve Ok,eve@example.org,,,',
    ].join('\r\n');
    const result = await importCsv(csv);
    expect(result.created).toBe(2);
    expect(result.rejected.map((r) => r.line)).toEqual([4, 5, 6]);
    expect(result.rejected[0]!.reason).toMatch(/e-mail/i);
    expect(result.rejected[1]!.reason).toMatch(/31\/02\/2025/);
    expect(result.rejected[2]!.reason).toMatch(/phone/i);
    const ann = (await core.call('members.list', { query: 'ann' }))[0]!;
    expect(ann.joinedOn).toBe('2025-01-31');
    expect(ann.notes).toMatch(/^two\r?\nlines$/);
  });

  it('refuses a file that is not CSV with one clear error, changing nothing', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const error = await importCsv(png, 'photo.png').then(
      () => null,
      (e: unknown) => e as CallError,
    );
    expect(error).toBeInstanceOf(CallError);
    expect(error!.code).toBe('validation');
    expect(error!.message).not.toMatch(/\n/);
    expect((await core.call('members.search', {})).total).toBe(0);
  });

  it('reads Excel UTF-16 and Windows-1252 files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,E-mail\r\nJosé Núñez,jose@example.org\r\n', 'utf16le')]);
    const preview = await core.call('members.importPreview', fileRequest('u16.csv', utf16));
    expect(preview.encoding).toMatch(/utf-16/i);
    await importCsv(utf16);
    const latin = Buffer.from('Name,E-mail\r\nInès L\xf3pez,ines@example.org\r\n', 'latin1');
    await importCsv(latin);
    const names = (await core.call('members.list', {})).map((m) => `${m.firstName} ${m.lastName}`).sort();
    expect(names).toEqual(['Inès López', 'José Núñez']);
  });

  it('keeps unknown columns as custom fields and lets the mapping be adjusted', async () => {
    const csv = 'Name,E-mail,Shirt size,Ward\nAnn Lee,ann@example.org,M,7\n';
    const preview = await core.call('members.importPreview', fileRequest('x.csv', csv));
    expect(preview.mapping).toEqual(['fullName', 'email', 'custom:Shirt size', 'custom:Ward']);
    await core.call('members.import', { ...fileRequest('x.csv', csv), mapping: ['fullName', 'email', 'ignore', 'notes'] });
    const [ann] = await core.call('members.list', {});
    expect(ann).toMatchObject({ notes: '7', custom: {} });
  });

  it('reports progress while it reads and writes', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Person ${i},p${i}@example.org`).join('\n');
    const events: { phase: string; done: number; total: number }[] = [];
    const conn = core.connect((frame) => {
      if ('event' in frame && frame.event === 'import.progress') events.push(frame.payload as never);
    });
    await core.call('members.import', { ...fileRequest('big.csv', `Name,E-mail\n${rows}\n`), importId: 'big' });
    conn.close();
    expect(events.some((e) => e.phase === 'checking' && e.done < e.total)).toBe(true);
    expect(events.at(-1)).toMatchObject({ phase: 'done' });
  });
});

describe('export', () => {
  it.each(['ours', 'actionnetwork', 'nationbuilder'] as const)('round-trips the roster in the %s shape', async (format) => {
    await core.call('members.import', fileRequest('nb.csv', sample('nationbuilder-sample.csv')));
    await core.call('members.import', fileRequest('an.csv', sample('actionnetwork-sample.csv')));
    const before = await core.call('members.list', {});
    const exported = await core.call('members.export', { format });
    expect(exported.count).toBe(24);

    const other = await openChapterCore('US');
    try {
      const result = await other.call('members.import', fileRequest(exported.fileName, exported.csv));
      expect(result).toMatchObject({ created: 24, rejected: [] });
      const after = await other.call('members.list', {});
      const comparable = (ms: typeof before) =>
        ms.map((m) => ({ name: `${m.firstName} ${m.lastName}`, email: m.email, phone: m.phone, tags: [...m.tags].sort() })).sort((a, b) => a.email!.localeCompare(b.email!));
      expect(comparable(after)).toEqual(comparable(before));
    } finally {
      await closeAndRemove(other);
    }
  });

  it('re-imports our own export by id, keeping recruiter links, even into a new data dir', async () => {
    await core.call('members.import', fileRequest('nb.csv', sample('nationbuilder-sample.csv')));
    const exported = await core.call('members.export', { format: 'ours' });
    const recruited = (await core.call('members.list', {})).filter((m) => m.recruitedBy);
    expect(recruited.length).toBeGreaterThan(0);

    const someone = recruited[0]!;
    await core.call('members.update', { id: someone.id, changes: { email: 'changed@example.org' } });
    const again = await core.call('members.import', fileRequest(exported.fileName, exported.csv));
    expect(again.created).toBe(0);

    const other = await openChapterCore('US');
    try {
      await other.call('members.import', fileRequest(exported.fileName, exported.csv));
      const copy = await other.call('members.get', { id: someone.id });
      expect(copy.recruitedBy).toBe(someone.recruitedBy);
    } finally {
      await closeAndRemove(other);
    }
  });

  it('exports only what the current search shows', async () => {
    await core.call('members.import', fileRequest('s.csv', sample('spreadsheet-sample.csv')));
    const exported = await core.call('members.export', { format: 'ours', search: { query: 'eriksen' } });
    expect(exported.count).toBe((await core.call('members.search', { query: 'eriksen' })).total);
    expect(exported.count).toBeGreaterThan(0);
    expect(exported.count).toBeLessThan(24);
  });
});
