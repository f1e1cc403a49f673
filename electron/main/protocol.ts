// Serves the built renderer from `app://chapterhouse/` instead of file://, so the page has a real
// origin, a strict CSP on every response, and no way to read files outside the renderer directory
// (the path checks live in renderer-files.ts, where they are tested).
import { readFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { protocol } from 'electron';
import { contentTypeFor, isAppShellPath, resolveRendererPath } from './renderer-files.js';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security.js';

/** Must run before the app is ready: a standard, secure scheme gets an origin, fetch and storage. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveRendererPath(rendererDir, request.url);
    if (!file) return plain(404, 'Not found');
    const served = (await readIfFile(file)) ?? (isAppShellPath(request.url) ? await readIfFile(nodePath.join(rendererDir, 'index.html')) : null);
    if (served) {
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(served.bytes), {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentTypeFor(served.path) },
      });
    }
    // Chromium asks for a favicon on its own; answering 204 keeps a 404 out of the console.
    if (new URL(request.url).pathname === '/favicon.ico') return new Response(null, { status: 204, headers: securityHeaders });
    return plain(404, 'Not found');
  });
}

async function readIfFile(path: string): Promise<{ path: string; bytes: Buffer } | null> {
  try {
    return { path, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

function plain(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}
