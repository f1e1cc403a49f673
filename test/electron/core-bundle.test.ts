// The main and core bundles are ES modules. When a chunk calls `require(` or uses `__dirname`,
// electron-vite prepends a CommonJS shim declaring `const require`, `__dirname` and `__filename`;
// a module of ours that declares one of those names at top level then makes the whole chunk a
// SyntaxError ("Identifier 'require' has already been declared") and the core never starts. The
// build does not catch it; this scan does. Name the binding something else (e.g. `requireHere`).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bundledIntoMainOrCore = ['electron/main', 'electron/core', 'shared', 'server'];
const shimNames = /^(?:export\s+)?(?:const|let|var|function|class)\s+(require|__dirname|__filename)\b/m;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe('code bundled into main and the core', () => {
  it('recognises a shadowing declaration', () => {
    expect(shimNames.test('const require = createRequire(import.meta.url);')).toBe(true);
    expect(shimNames.test('export const __dirname = path.dirname(fileURLToPath(import.meta.url));')).toBe(true);
    expect(shimNames.test('const requireHere = createRequire(import.meta.url);')).toBe(false);
    expect(shimNames.test('  const dir = __dirname;')).toBe(false);
  });

  it.each(bundledIntoMainOrCore)('%s declares no top-level require, __dirname or __filename', (dir) => {
    const offenders = sourceFiles(path.join(root, dir))
      .filter((file) => shimNames.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
