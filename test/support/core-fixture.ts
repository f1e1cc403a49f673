// A fresh core on a fresh temp data dir per test, closed and removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../electron/core/core-api.js';
import { startCore } from '../../electron/core/start-core.js';

export function tempDir(prefix = 'chapterhouse-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function openCore(dataDir = tempDir()): Promise<Core> {
  return startCore({ dataDir, log: () => {} });
}

/** A core with a chapter set up, as after the app's first-start form. */
export async function openChapterCore(country = 'US', dataDir = tempDir()): Promise<Core> {
  const core = await openCore(dataDir);
  await core.call('session.setup', { chapterName: 'Riverside Tenants', country, organiserName: 'Test Organiser' });
  return core;
}

export async function closeAndRemove(core: Core): Promise<void> {
  await core.close();
  removeDir(core.dataDir);
}

export const samplesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fileRequest(name: string, content: string | Buffer) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { fileName: name, contentBase64: bytes.toString('base64'), format: 'auto' as const };
}
