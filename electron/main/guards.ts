// Process-wide guards from Electron's security checklist, installed once before any window exists:
// no page navigates anywhere or opens a window (http(s) links go to the system browser instead),
// no <webview> is attached, and every permission request (camera, notifications, ...) is refused.
import { app, session, shell } from 'electron';
import { isSafeExternalUrl } from './security.js';

export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      openInBrowser(url);
    });
    contents.setWindowOpenHandler(({ url }) => {
      openInBrowser(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

function openInBrowser(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('[main] could not open a link in the browser', error));
}
