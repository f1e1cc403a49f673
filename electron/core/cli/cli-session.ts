// Opening the data dir for one CLI command: the core, and the chapter the command works on.
// Reading an empty data dir creates nothing; a write that finds no chapter creates one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Chapter } from '../../../shared/contract/chapters.js';
import type { Core } from '../core-api.js';
import { startCore } from '../start-core.js';
import { option, UsageError, type ParsedArgs } from './args.js';
import { defaultDataDir } from './default-data-dir.js';

export function dataDirOf(args: ParsedArgs): string {
  return path.resolve(option(args, 'data') ?? defaultDataDir());
}

export function hasDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'db', 'PG_VERSION'));
}

/** `none`: the command works on the data dir, not on one chapter (sync, join). */
export async function withCore<T>(args: ParsedArgs, mode: 'read' | 'write' | 'none', fn: (core: Core) => Promise<T>): Promise<T> {
  const core = await startCore({ dataDir: dataDirOf(args), log: () => {} });
  try {
    if (mode !== 'none') await chooseChapter(core, option(args, 'chapter'), mode);
    return await fn(core);
  } finally {
    await core.close();
  }
}

async function chooseChapter(core: Core, wanted: string | undefined, mode: 'read' | 'write'): Promise<void> {
  const { chapters } = await core.call('session.get', {});
  if (wanted) {
    const match = chapters.filter((c) => c.id === wanted || c.name.toLowerCase() === wanted.toLowerCase());
    if (match.length > 1) throw new UsageError(`more than one chapter is called "${wanted}"; name it by id: ${ids(match)}`);
    if (match[0]) return core.useChapter(match[0].id);
    if (mode === 'read' || chapters.length > 0) throw new UsageError(`there is no chapter "${wanted}" here; chapters: ${ids(chapters) || 'none'}`);
    return createFirstChapter(core, wanted);
  }
  if (chapters.length === 1) return core.useChapter(chapters[0]!.id);
  if (chapters.length > 1) throw new UsageError(`this data dir holds ${chapters.length} chapters; choose one with --chapter: ${ids(chapters)}`);
  if (mode === 'write') await createFirstChapter(core, 'My chapter');
}

async function createFirstChapter(core: Core, name: string): Promise<void> {
  const session = await core.call('session.setup', {
    chapterName: name,
    country: localCountry(),
    organiserName: (await core.call('session.get', {})).device.organiserName ?? os.userInfo().username ?? 'organiser',
  });
  core.useChapter(session.current!.id);
}

function ids(chapters: Chapter[]): string {
  return chapters.map((c) => `${c.name} (${c.id})`).join(', ');
}

/** The region of this machine's locale, the default for phone numbers: US when it says none. */
function localCountry(): string {
  const locale = process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  const region = /[_-]([A-Z]{2})\b/.exec(locale ?? '')?.[1];
  return region ?? 'US';
}
