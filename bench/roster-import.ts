// Imports the generated roster through the app's own path: a fresh data dir, the first-start setup,
// then `members.import` with the file's bytes in base64, exactly what the import wizard sends.
// The import figure times this; the runner also uses it, untimed, to make the N-member data dir
// that the later figures open when the import figure is not run.
import { startCore } from '../electron/core/start-core.js';
import type { Core } from '../electron/core/core-api.js';

export interface ImportRun {
  dataDir: string;
  created: number;
  rejected: number;
  /** From the request to the answer. */
  totalMs: number;
  /** Phases, from the core's own `import.progress` events. */
  phases: { checkMs: number; planMs: number; writeMs: number; answerMs: number };
}

export const benchChapter = { chapterName: 'Bench Chapter', country: 'US', organiserName: 'Bench Organiser' } as const;

export async function openChapterCore(dataDir: string): Promise<Core> {
  const core = await startCore({ dataDir, log: (message, error) => console.error(`[core] ${message}`, error ?? '') });
  await core.call('session.setup', benchChapter);
  return core;
}

/** Runs one import on a core with a chapter set up; the core stays open. */
export async function importRoster(
  core: Core,
  contentBase64: string,
  progress: (message: string) => void,
): Promise<Omit<ImportRun, 'dataDir'>> {
  const marks: Record<string, number> = {};
  let lastShown = 0;
  const connection = core.connect((frame) => {
    if (!('event' in frame) || frame.event !== 'import.progress') return;
    const { phase, done, total } = frame.payload as { phase: string; done: number; total: number };
    const now = performance.now();
    if (phase === 'checking' && done === total) marks.checked ??= now;
    if (phase === 'writing') marks.writing ??= now;
    if (phase === 'done') marks.done ??= now;
    if (phase === 'checking' && now - lastShown > 1000) {
      lastShown = now;
      progress(`  importing: checked ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows`);
    }
    if (phase === 'writing') progress(`  importing: writing ${total.toLocaleString('en')} members`);
  });
  const start = performance.now();
  try {
    const result = await core.call('members.import', { fileName: 'bench-members.csv', contentBase64, format: 'auto', importId: 'bench' });
    const end = performance.now();
    const checked = marks.checked ?? start;
    const writing = marks.writing ?? checked;
    const done = marks.done ?? end;
    return {
      created: result.created,
      rejected: result.rejected.length,
      totalMs: end - start,
      phases: { checkMs: checked - start, planMs: writing - checked, writeMs: done - writing, answerMs: end - done },
    };
  } finally {
    connection.close();
  }
}

/** A fresh chapter in `dataDir`, the roster imported, the core closed (checkpointed). */
export async function buildRoster(dataDir: string, contentBase64: string, progress: (message: string) => void): Promise<ImportRun> {
  const core = await openChapterCore(dataDir);
  try {
    const run = await importRoster(core, contentBase64, progress);
    return { dataDir, ...run };
  } finally {
    await core.close();
  }
}
