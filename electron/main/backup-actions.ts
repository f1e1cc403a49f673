// What File → Back up chapter… and File → Restore… do. Both are carried out by the core (the only
// process that opens the data dir); main chooses files, confirms and reports.
import path from 'node:path';
import { BrowserWindow, dialog, shell } from 'electron';
import { isBackupArchivePath } from './core-control.js';
import type { CoreProcess } from './core-process.js';

export async function backUp(core: CoreProcess): Promise<void> {
  try {
    const made = await core.backup();
    shell.showItemInFolder(made.path);
  } catch (error) {
    dialog.showErrorBox('The backup was not made', messageOf(error));
  }
}

export interface RestoreHooks {
  /** Tells the open windows that the core is going away (their pending calls fail at once). */
  beforeRestore(): void;
  /** Reloads the windows: each gets a fresh channel to the restarted core. */
  afterRestore(): void;
}

export async function restoreFromBackup(core: CoreProcess, hooks: RestoreHooks): Promise<void> {
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const options: Electron.OpenDialogOptions = {
    title: 'Restore a backup',
    buttonLabel: 'Restore',
    filters: [{ name: 'Chapterhouse backups (.tar.gz)', extensions: ['gz'] }],
    properties: ['openFile'],
  };
  const chosen = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const file = chosen.filePaths[0];
  if (chosen.canceled || !file) return;
  if (!isBackupArchivePath(file)) {
    dialog.showErrorBox('Not a backup', `${path.basename(file)} is not a Chapterhouse backup: choose a file ending in .tar.gz.`);
    return;
  }
  const confirm: Electron.MessageBoxOptions = {
    type: 'warning',
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Replace the data on this computer with this backup?',
    detail:
      `${path.basename(file)}\n\n` +
      'Changes made on this computer after the backup, and not yet sent to a hub, will be lost. ' +
      'Chapterhouse backs up the current data first, when it can.',
  };
  const { response } = parent ? await dialog.showMessageBox(parent, confirm) : await dialog.showMessageBox(confirm);
  if (response !== 0) return;

  hooks.beforeRestore();
  try {
    await core.restore(file);
  } catch (error) {
    dialog.showErrorBox('The backup was not restored', messageOf(error));
  } finally {
    hooks.afterRestore();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
