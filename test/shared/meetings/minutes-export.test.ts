// The minutes' Markdown says whether they are sealed, and a correction only on a sealed record.
import { describe, expect, it } from 'vitest';
import { minutesToMarkdown, type MinutesDocument } from '../../../shared/meetings/minutes-export.js';

const base: MinutesDocument = { title: 'March meeting', startsAt: '2026-03-05T19:00:00Z', place: null, onlineLink: null, present: 3, walkIns: 0, agenda: [], minutes: '', decisions: [], seal: null };

describe('minutes as Markdown', () => {
  it('says unsealed minutes may still change', () => {
    expect(minutesToMarkdown(base)).toContain('- Not sealed yet: these minutes may still change');
  });

  it('gives a sealed record its seal and hash, and never calls it unsealed', () => {
    const text = minutesToMarkdown({ ...base, seal: { at: '2026-03-05T21:00:00Z', by: 'Ana', hash: 'abc' } });
    expect(text).toContain('- Record hash: `abc`');
    expect(text).not.toContain('Not sealed yet');
    expect(text).not.toContain('Corrected');
    const corrected = minutesToMarkdown({ ...base, seal: { at: '2026-03-06T09:00:00Z', by: 'Ana', hash: 'def', correction: 'a name was misspelt' } });
    expect(corrected).toContain('- Corrected: a name was misspelt');
    expect(corrected).not.toContain('Not sealed yet');
  });
});
