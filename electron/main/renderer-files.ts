// Which file on disk an `app://chapterhouse/...` request may read, and how it is labelled. Pure and
// tested: a request must never resolve outside the built renderer directory, however its path is
// encoded (`..`, `%2e%2e`, `%2f`, backslashes, NUL bytes, drive letters). No 'electron' import here.
import nodePath from 'node:path';
import { isAppUrl } from './security.js';

type PathApi = Pick<typeof nodePath, 'resolve' | 'isAbsolute' | 'sep'>;

/**
 * Resolves an app URL to a file inside `rendererDir`, or null when the request is not ours or would
 * escape the directory. `/` and any path ending in `/` mean that folder's `index.html`.
 * `pathApi` is for tests of Windows paths on any machine.
 */
export function resolveRendererPath(rendererDir: string, requestUrl: string, pathApi: PathApi = nodePath): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  // Backslashes are separators on Windows and never appear in our built file names.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const relative = decoded.replace(/^\/+/, '');
  if (relative === '' || pathApi.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) return null;
  const root = pathApi.resolve(rendererDir);
  const resolved = pathApi.resolve(root, relative);
  return resolved.startsWith(root + pathApi.sep) ? resolved : null;
}

/**
 * True for paths a client-side router may own (no file extension): when no such file exists, the
 * protocol serves the app shell (`index.html`) instead of a 404.
 */
export function isAppShellPath(requestUrl: string): boolean {
  if (!isAppUrl(requestUrl)) return false;
  const last = new URL(requestUrl).pathname.split('/').pop() ?? '';
  return !last.includes('.');
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  const match = /\.[^./\\]+$/.exec(filePath);
  return (match && contentTypes[match[0].toLowerCase()]) ?? 'application/octet-stream';
}
