// Serves the built renderer. Only files inside the renderer's dist dir, with the same strict CSP
// as the desktop app; the core's WebSocket is the only thing the page may connect to.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The file a request path names inside `root`, or null if it would leave it. */
export function resolveInside(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return target === root || target.startsWith(root + path.sep) ? target : null;
}

export function serveStatic(root: string, port: number, req: IncomingMessage, res: ServerResponse): void {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(port),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, headers).end();
    return;
  }
  let file = resolveInside(root, req.url ?? '/');
  if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file || !fs.existsSync(file)) {
    // The renderer is one page: unknown paths get it, except asset-looking ones.
    if (req.url === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    if (path.extname(req.url ?? '') !== '') {
      res.writeHead(404, headers).end('not found');
      return;
    }
    file = path.join(root, 'index.html');
  }
  res.writeHead(200, { ...headers, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A file can vanish between the check and the read (the renderer being rebuilt): end the
  // response instead of letting the stream's error take the host down.
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
