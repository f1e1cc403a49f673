// Puts data in place through the page's own `window.chapterhouse` (the same API the screens use), for
// tests whose subject is not the setup or the import wizard. Each helper reloads the page after
// writing, so the screens start from what the core holds.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function sampleCsv(name: 'actionnetwork' | 'nationbuilder' | 'spreadsheet'): string {
  return path.join(fixturesDir, `${name}-sample.csv`);
}

type Call = (method: string, input: unknown) => Promise<unknown>;

async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    ([m, i]) => (window as unknown as { chapterhouse: { call: Call } }).chapterhouse.call(m as string, i) as Promise<T>,
    [method, input] as const,
  );
}

export async function setUpChapter(page: Page, chapter = { chapterName: 'Riverside Tenants', country: 'US', organiserName: 'Robin Organiser' }): Promise<void> {
  await page.waitForFunction(() => 'chapterhouse' in window);
  await call(page, 'session.setup', chapter);
}

/** Imports a CSV through the API; returns how many members were created. */
export async function importCsv(page: Page, file: string, format = 'auto'): Promise<number> {
  const contentBase64 = fs.readFileSync(file).toString('base64');
  const result = await call<{ created: number }>(page, 'members.import', { fileName: path.basename(file), contentBase64, format });
  return result.created;
}

/** A chapter set up with the 24 people of a sample CSV, and the page reloaded on the roster. */
export async function seedRoster(page: Page, sample: 'actionnetwork' | 'nationbuilder' | 'spreadsheet' = 'nationbuilder'): Promise<number> {
  await setUpChapter(page);
  const created = await importCsv(page, sampleCsv(sample));
  await page.reload();
  return created;
}

/** Adds one member (members.create); returns its id. */
export async function createMember(page: Page, member: { firstName: string; lastName?: string; email?: string; phone?: string; tags?: string[] }): Promise<string> {
  const created = await call<{ id: string }>(page, 'members.create', member);
  return created.id;
}
