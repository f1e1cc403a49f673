// The main window: sandboxed webPreferences (security.ts), shown once painted, and given a fresh
// MessagePort to the core each time its page finishes loading (first load, reload, after a restore).
import { BrowserWindow } from 'electron';
import { isTrustedSender, secureWebPreferences } from './security.js';

export interface MainWindowOptions {
  preload: string;
  /** `app://chapterhouse/index.html`, or the dev server's URL when running from source. */
  entryUrl: string;
  devServerUrl: string | undefined;
  /** Hands the loaded page its channel to the core. */
  connect(contents: Electron.WebContents): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Chapterhouse',
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preload),
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-finish-load', () => {
    // The core's port goes only to our own page, never to whatever a frame might have become.
    if (isTrustedSender(win.webContents.mainFrame.url, options.devServerUrl)) options.connect(win.webContents);
  });
  win.loadURL(options.entryUrl).catch((error: unknown) => console.error('[main] the window did not load', error));
  return win;
}
