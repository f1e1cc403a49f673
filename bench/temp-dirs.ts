// Fresh data dirs under the system temp dir, each measurement its own, all removed at the end —
// also when a figure fails or the developer presses Ctrl-C half-way through a 100k-row run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made = new Set<string>();

/** A data dir path that does not exist yet, inside a new temp dir of its own (removed by `discard`). */
export function freshDataDir(label: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `chapterhouse-bench-${label}-`));
  made.add(root);
  return path.join(root, 'data');
}

/** A fresh copy of a closed data dir (never of an open one: PGlite would be copied mid-write). */
export function copyDataDir(source: string, label: string): string {
  const target = freshDataDir(label);
  fs.cpSync(source, target, { recursive: true });
  fs.rmSync(path.join(target, 'lock'), { force: true });
  return target;
}

/** Removes a data dir made by `freshDataDir` or `copyDataDir`, with its temp parent. */
export function discard(dataDir: string): void {
  const root = path.dirname(dataDir);
  fs.rmSync(made.has(root) ? root : dataDir, { recursive: true, force: true });
  made.delete(root);
}

export function discardAll(): void {
  for (const root of [...made]) {
    fs.rmSync(root, { recursive: true, force: true });
    made.delete(root);
  }
}

/** Bytes under a directory, to report how big a data dir has grown. */
export function dirSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
