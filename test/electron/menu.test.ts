// The application menu's shape: File with backup and restore, the standard Edit, View and Window
// menus with their accelerators, and developer tools only when running from source.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu.js';

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function build(isMac: boolean, isPackaged = true) {
  const actions = { backUp: vi.fn(), restore: vi.fn() };
  const template = buildMenuTemplate(actions, { appName: 'Chapterhouse', isMac, isPackaged });
  const byLabel = (label: string) => template.find((m) => m.label?.replace('&', '') === label);
  return { actions, template, byLabel };
}

describe('buildMenuTemplate', () => {
  it.each([false, true])('has File, Edit, View and Window (macOS: %s)', (isMac) => {
    const { template } = build(isMac);
    const labels = template.map((m) => m.label?.replace('&', ''));
    expect(labels).toEqual(isMac ? ['Chapterhouse', 'File', 'Edit', 'View', 'Window'] : ['File', 'Edit', 'View', 'Window']);
  });

  it('runs backup and restore from File', () => {
    const { actions, byLabel } = build(false);
    const file = items(byLabel('File'));
    const backup = file.find((i) => i.id === 'backup')!;
    const restore = file.find((i) => i.id === 'restore')!;
    expect(backup.label).toBe('Back up chapter…');
    expect(restore.label).toBe('Restore…');
    (backup.click as () => void)();
    (restore.click as () => void)();
    expect(actions.backUp).toHaveBeenCalledTimes(1);
    expect(actions.restore).toHaveBeenCalledTimes(1);
  });

  it('gives the standard edit commands their accelerators', () => {
    const { byLabel } = build(false);
    const edit = Object.fromEntries(items(byLabel('Edit')).filter((i) => i.role).map((i) => [i.role, i.accelerator]));
    expect(edit).toMatchObject({
      undo: 'CmdOrCtrl+Z',
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
    });
  });

  it('offers developer tools only when running from source', () => {
    const roles = (isPackaged: boolean) => items(build(false, isPackaged).byLabel('View')).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('uses Alt-key mnemonics except on macOS', () => {
    expect(build(false).template[0]!.label).toBe('&File');
    expect(build(true).template.every((m) => !m.label?.includes('&'))).toBe(true);
  });

  it('puts quit under File on Windows and Linux, under the app menu on macOS', () => {
    expect(items(build(false).byLabel('File')).some((i) => i.role === 'quit')).toBe(true);
    expect(items(build(true).byLabel('Chapterhouse')).some((i) => i.role === 'quit')).toBe(true);
  });
});
