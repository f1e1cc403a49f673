// Electron's main process: the app's lifecycle and nothing more. It takes the single-instance lock,
// serves the renderer from app://, installs the security guards, forks the core and wires each
// window straight to it, builds the menu, and closes the core cleanly on quit. All decisions worth
// testing live in pure modules beside this one (security, renderer-files, core-control, menu).
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import corePath from '../core/utility-process?modulePath';
import { backUp, restoreFromBackup } from './backup-actions.js';
import { CoreProcess } from './core-process.js';
import { installSecurityGuards } from './guards.js';
import { ipcChannels } from './ipc-channels.js';
import { buildMenuTemplate } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { APP_ENTRY_URL } from './security.js';
import { createMainWindow } from './window.js';

const CORE_CLOSE_TIMEOUT_MS = 5000;

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/, out/migrations/.
const here = import.meta.dirname;
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');
const migrationsDir = path.join(here, '../migrations');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

function logError(error: unknown): void {
  console.error('[main]', error);
}

function tellWindowsCoreStopped(message: string): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send(ipcChannels.coreStopped, message);
}

function reloadWindows(): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.reload();
}

async function offerRestart(core: CoreProcess, title: string, detail: string, retryLabel: string): Promise<void> {
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Chapterhouse',
    message: title,
    detail,
    buttons: [retryLabel, 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) {
    app.quit();
    return;
  }
  await core.close(CORE_CLOSE_TIMEOUT_MS);
  core.start();
  reloadWindows();
}

function main(): void {
  if (!app.requestSingleInstanceLock()) {
    // Another Chapterhouse owns the data; it focuses its window (below) and this one leaves.
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme();

  let quitReady = false;
  let quitStarted = false;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({
      preload: preloadPath,
      entryUrl: devServerUrl ?? APP_ENTRY_URL,
      devServerUrl,
      connect: (contents) => core.connect(contents),
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };

  const core = new CoreProcess({
    entry: corePath,
    dataDir: app.getPath('userData'),
    // The core reads its SQL migrations from disk; in the built app they sit beside out/main.
    env: { ...process.env, CHAPTERHOUSE_MIGRATIONS_DIR: process.env.CHAPTERHOUSE_MIGRATIONS_DIR ?? migrationsDir },
    onFatal: (message) => {
      tellWindowsCoreStopped(`The core could not start: ${message}`);
      offerRestart(core, 'Chapterhouse could not open its data', message, 'Try again').catch(logError);
    },
    onUnexpectedExit: (code) => {
      if (quitStarted) return;
      tellWindowsCoreStopped('The core stopped unexpectedly. Restart it to continue.');
      offerRestart(
        core,
        'Chapterhouse’s core stopped unexpectedly',
        `It exited with code ${code}. Every change it confirmed is saved. Restart it to continue working.`,
        'Restart',
      ).catch(logError);
    },
  });

  app.on('second-instance', () => {
    if (!mainWindow) {
      if (app.isReady()) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('before-quit', (event) => {
    if (quitReady) return;
    // Hold the quit until the core has CHECKPOINTed and closed PGlite (or the timeout killed it).
    event.preventDefault();
    if (quitStarted) return;
    quitStarted = true;
    void core.close(CORE_CLOSE_TIMEOUT_MS).finally(() => {
      quitReady = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      if (process.platform === 'win32') app.setAppUserModelId('org.chapterhouse.app');
      installSecurityGuards();
      serveRenderer(rendererDir);
      const template = buildMenuTemplate(
        {
          backUp: () => backUp(core).catch(logError),
          restore: () =>
            restoreFromBackup(core, {
              beforeRestore: () => tellWindowsCoreStopped('Restoring a backup…'),
              afterRestore: reloadWindows,
            }).catch(logError),
        },
        { appName: app.getName(), isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      core.start();
      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Chapterhouse could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

main();
