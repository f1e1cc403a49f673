// The build's shape, checked as data (`npx electron-vite build` is the full check): explicit inputs,
// a CommonJS preload with its dependencies bundled (a sandboxed preload can require nothing but
// 'electron'), PGlite kept external, and the renderer rooted in renderer/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron.vite.config.js';
import type { UserConfig } from 'electron-vite';

const root = path.resolve(import.meta.dirname, '../..');
const resolved = config as UserConfig;

describe('electron.vite.config.ts', () => {
  it('builds main from electron/main/index.ts and keeps PGlite external', () => {
    const build = resolved.main?.build;
    expect(build?.rolldownOptions?.input).toEqual({ index: path.join(root, 'electron/main/index.ts') });
    expect(build?.externalizeDeps).toMatchObject({ include: expect.arrayContaining(['@electric-sql/pglite']) });
  });

  it('builds the preload as CommonJS with its dependencies bundled', () => {
    const build = resolved.preload?.build;
    expect(build?.rolldownOptions?.input).toEqual({ index: path.join(root, 'electron/preload/index.ts') });
    expect(build?.rolldownOptions?.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(build?.externalizeDeps).toBe(false);
  });

  it('builds the renderer from renderer/index.html', () => {
    expect(resolved.renderer?.root).toBe(path.join(root, 'renderer'));
    expect(resolved.renderer?.build?.rolldownOptions?.input).toBe(path.join(root, 'renderer/index.html'));
  });
});
