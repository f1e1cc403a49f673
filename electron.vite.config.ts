// Build of the desktop app (electron-vite). Three bundles, plus one the main bundle pulls in:
// - main (out/main/index.js, ESM): Electron's main process. It imports the core's utility-process
//   entry with `?modulePath`, so electron-vite bundles the core as its own entry (out/main/chunks/).
//   Packages in `dependencies` stay external, PGlite above all: bundled, it cannot find its
//   extension and data files. The core's SQL migrations are copied to out/migrations.
// - preload (out/preload/index.cjs): CommonJS with every dependency bundled, because a sandboxed
//   preload can require nothing but 'electron'.
// - renderer (out/renderer/): the React app, served at runtime from app://chapterhouse/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (...segments: string[]) => path.resolve(root, ...segments);

/** The migrations are read from disk by the core (main passes CHAPTERHOUSE_MIGRATIONS_DIR). */
function copyMigrations(): Plugin {
  const source = fromRoot('shared/db/migrations');
  const target = fromRoot('out/migrations');
  return {
    name: 'chapterhouse:copy-migrations',
    apply: 'build',
    writeBundle() {
      fs.rmSync(target, { recursive: true, force: true });
      fs.mkdirSync(target, { recursive: true });
      for (const file of fs.readdirSync(source).filter((name) => name.endsWith('.sql'))) {
        fs.copyFileSync(path.join(source, file), path.join(target, file));
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      // All `dependencies` are external; PGlite is named so it stays so even if it moves.
      externalizeDeps: { include: ['@electric-sql/pglite'] },
      rolldownOptions: {
        input: { index: fromRoot('electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    plugins: [react()],
    build: {
      outDir: fromRoot('out/renderer'),
      rolldownOptions: {
        input: fromRoot('renderer/index.html'),
      },
    },
  },
});
