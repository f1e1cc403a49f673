// electron-builder cannot run here (it downloads Electron), so its configuration is checked as data:
// against electron-builder's own schema, and for the choices the app depends on.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(fs.readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, any>;

function targets(platform: string): string[] {
  const target = config[platform]?.target as Array<string | { target: string }> | string | undefined;
  const list = Array.isArray(target) ? target : target ? [target] : [];
  return list.map((t) => (typeof t === 'string' ? t : t.target));
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.chapterhouse.app');
    expect(config.productName).toBe('Chapterhouse');
  });

  it('packs the built app from out/', () => {
    expect(config.files).toContain('out/**');
  });

  it('builds an AppImage and a deb, an NSIS installer and a dmg', () => {
    expect(targets('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
  });

  it('unpacks PGlite from the asar archive', () => {
    expect(config.asarUnpack).toContain('node_modules/@electric-sql/pglite/**');
  });

  it('ships the pre-initialised database template as a resource', () => {
    const resources = (config.extraResources ?? []) as Array<string | { from: string; to?: string }>;
    expect(resources).toContainEqual({ from: 'out/db-template', to: 'db-template' });
    // ...and not a second copy inside app.asar.
    expect(config.files).toContain('!out/db-template/**');
  });

  it('matches electron-builder’s configuration schema', async () => {
    // The validator electron-builder runs before a build, resolved through electron-builder itself.
    const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
    const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), asarUnpak: [] }, new DebugLogger(false))).rejects.toThrow(/asarUnpak/);
  });
});
