// `serve` works straight after `npm ci`: it builds the renderer when there is no build yet or the
// sources changed since the last one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const rendererDist = path.join(repoRoot, 'renderer', 'dist');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function rendererIsStale(): boolean {
  const index = path.join(rendererDist, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const sources = Math.max(newestSource(path.join(repoRoot, 'renderer')), newestSource(path.join(repoRoot, 'shared')));
  return sources > built;
}

export async function buildRendererIfNeeded(log: (line: string) => void): Promise<string> {
  if (!rendererIsStale()) return rendererDist;
  log('building the app’s screens (once)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'vite.renderer.config.ts'), logLevel: 'warn' });
  return rendererDist;
}
