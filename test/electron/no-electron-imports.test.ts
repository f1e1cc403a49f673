// Only electron/main and electron/preload may import 'electron': everything else runs under plain
// Node (the browser host, the CLI, every test), where importing it tries to download the binary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const guarded = ['electron/core', 'shared', 'renderer', 'server'];
const sourceFile = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

// import ... from 'electron' | import 'electron' | import('electron') | require('electron') |
// export ... from 'electron', and any 'electron/...' subpath; not 'electron-vite' and the like.
// Comments are dropped first, so prose about the rule does not break it.
const q = `(['"\x60])electron(?:/[^'"\x60]*)?\\1`;
const electronImports = [
  new RegExp(`\\bfrom\\s*${q}`),
  new RegExp(`^\\s*import\\s*${q}`, 'm'),
  new RegExp(`\\bimport\\s*\\(\\s*${q}`),
  new RegExp(`\\brequire\\s*\\(\\s*${q}`),
];

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\x60\\])\/\/.*$/gm, '$1');
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    return sourceFile.test(entry.name) ? [full] : [];
  });
}

function importsElectron(source: string): boolean {
  const code = withoutComments(source);
  return electronImports.some((pattern) => pattern.test(code));
}

describe('electron stays in main and preload', () => {
  it('recognises every way of importing electron, and nothing else', () => {
    for (const source of [
      "import { app } from 'electron';",
      'import type { WebContents } from "electron";',
      "import 'electron';",
      "const e = require('electron');",
      "const e = require( 'electron' );",
      "await import('electron');",
      "export { app } from 'electron';",
      "import { ipcRenderer } from 'electron/renderer';",
    ]) {
      expect(importsElectron(source), source).toBe(true);
    }
    for (const source of [
      "import { defineConfig } from 'electron-vite';",
      "import builder from 'electron-builder';",
      "// the core must not import 'electron' (see ARCHITECTURE.md)",
      "/* never: import { app } from 'electron' */",
      "// It must not import 'electron': use process.parentPort",
      "const url = 'app://chapterhouse/'; // not from 'electron'",
      "const name = 'electron';",
    ]) {
      expect(importsElectron(source), source).toBe(false);
    }
  });

  it.each(guarded)('no file under %s imports electron', (dir) => {
    const offenders = sourceFiles(path.join(root, dir))
      .filter((file) => importsElectron(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('scans the core, at least', () => {
    expect(sourceFiles(path.join(root, 'electron/core')).map((f) => path.basename(f))).toContain('utility-process.ts');
  });
});
