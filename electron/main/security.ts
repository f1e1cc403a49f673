// The URL checks every security decision in main rests on: which pages are ours (navigation, IPC
// senders) and which links may leave the app for the system browser. Pure functions with their own
// table-driven tests; this module must never import 'electron' (types only), so the tests run under
// plain Node.
import type { WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'chapterhouse';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The Content-Security-Policy the app protocol sends with every response. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `app://chapterhouse/...`: no user info, no port, no look-alike host. The prefix
 * check rejects anything the URL parser would quietly repair (tabs, newlines, leading spaces); the
 * parsed check rejects what a prefix cannot see.
 */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string' || !url.startsWith(`${APP_ORIGIN}/`)) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname.startsWith('/')
  );
}

/**
 * Whether a frame may talk to main (IPC) or stay loaded (navigation). In development the renderer
 * comes from electron-vite's dev server; pass its URL (only when the app is not packaged) to trust
 * that exact origin as well.
 */
export function isTrustedSender(frameUrl: string | null | undefined, devServerUrl?: string): boolean {
  if (typeof frameUrl !== 'string' || frameUrl === '') return false;
  if (isAppUrl(frameUrl)) return true;
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  const frame = parseUrl(frameUrl);
  if (!dev || !frame) return false;
  if (dev.protocol !== 'http:' && dev.protocol !== 'https:') return false;
  return frame.origin === dev.origin && frame.username === '' && frame.password === '';
}

/**
 * Whether a link may be handed to the system browser with shell.openExternal: http(s) only, with a
 * host and without credentials. Everything else (file:, javascript:, custom schemes that launch
 * other programs, our own app:) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  if (!/^https?:\/\//i.test(url)) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The renderer's sandbox (Electron's security checklist): isolated preload world, OS sandbox, no
 * Node in any frame or worker, same-origin policy on, no <webview>.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  };
}
