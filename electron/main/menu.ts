// The application menu as data: File (back up, restore, quit) and the standard Edit, View and Window
// menus with their accelerators. Built by a pure function so its shape is tested without Electron;
// index.ts hands it to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  backUp(): void;
  restore(): void;
}

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Developer tools are offered only when running from source. */
  isPackaged: boolean;
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // Alt-key mnemonics on Windows and Linux; macOS would show the ampersand.
  const top = (label: string) => (options.isMac ? label : `&${label}`);
  const template: MenuItemConstructorOptions[] = [];

  if (options.isMac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide', accelerator: 'Command+H' },
        { role: 'hideOthers', accelerator: 'Command+Alt+H' },
        { role: 'unhide' },
        separator,
        { role: 'quit', accelerator: 'Command+Q' },
      ],
    });
  }

  template.push({
    label: top('File'),
    submenu: [
      { id: 'backup', label: 'Back up chapter…', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backUp() },
      { id: 'restore', label: 'Restore…', click: () => actions.restore() },
      separator,
      options.isMac ? { role: 'close', accelerator: 'Command+W' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  });

  template.push({
    label: top('Edit'),
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: options.isMac ? 'Shift+Command+Z' : 'Ctrl+Y' },
      separator,
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
      { role: 'delete' },
      separator,
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  });

  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload', accelerator: 'CmdOrCtrl+R' },
    { role: 'forceReload', accelerator: 'CmdOrCtrl+Shift+R' },
  ];
  if (!options.isPackaged) viewItems.push({ role: 'toggleDevTools', accelerator: options.isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I' });
  viewItems.push(
    separator,
    { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    separator,
    { role: 'togglefullscreen', accelerator: options.isMac ? 'Ctrl+Command+F' : 'F11' },
  );
  template.push({ label: top('View'), submenu: viewItems });

  template.push({
    label: top('Window'),
    role: 'window',
    submenu: options.isMac
      ? [{ role: 'minimize', accelerator: 'Command+M' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close', accelerator: 'Ctrl+W' }],
  });

  return template;
}
