// The browser host: only the page this launch served, with this launch's key, reaches the core.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../electron/core/core-api.js';
import { startBrowserHost, type BrowserHost } from '../../electron/core/host/browser-host.js';
import { checkUpgrade } from '../../electron/core/host/host-guard.js';
import { resolveInside } from '../../electron/core/host/static-files.js';
import { closeAndRemove, openChapterCore, tempDir } from '../support/core-fixture.js';

describe('checkUpgrade', () => {
  const ok = { host: '127.0.0.1:5000', origin: 'http://127.0.0.1:5000', url: '/core?key=s3cret' };
  it.each([
    [{}, true],
    [{ url: '/core?key=wrong' }, false],
    [{ url: '/core' }, false],
    [{ url: '/other?key=s3cret' }, false],
    [{ origin: 'http://evil.example' }, false],
    [{ origin: undefined }, false],
    [{ origin: 'http://127.0.0.1:5001' }, false],
    [{ host: 'evil.example:5000' }, false],
    [{ host: '127.0.0.1.nip.io:5000' }, false],
    [{ host: 'localhost:5000', origin: 'http://localhost:5000' }, true],
  ])('%o → %s', (change, expected) => {
    expect(checkUpgrade({ ...ok, ...change }, 5000, 's3cret').ok).toBe(expected);
  });
});

describe('resolveInside', () => {
  it.each([
    ['/index.html', 'index.html'],
    ['/assets/app.js?v=1', 'assets/app.js'],
    ['/../secret', 'secret'],
    ['/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('%s stays inside', (request, inside) => {
    expect(resolveInside('/srv/app', request)).toBe(path.join('/srv/app', inside));
  });
  it('refuses NUL and malformed escapes', () => {
    expect(resolveInside('/srv/app', '/a%00b')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});

describe('the browser host over real sockets', () => {
  let core: Core;
  let host: BrowserHost;
  let rendererDir: string;

  beforeAll(async () => {
    core = await openChapterCore();
    rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Chapterhouse</title>');
    host = await startBrowserHost(core, { rendererDir });
  });
  afterAll(async () => {
    await host.close();
    await closeAndRemove(core);
    fs.rmSync(rendererDir, { recursive: true, force: true });
  });

  const key = () => new URL(host.url).hash.replace('#key=', '');
  const origin = () => `http://127.0.0.1:${host.port}`;

  function connect(query: string, headers: Record<string, string>): Promise<{ status: 'open'; ws: WebSocket } | { status: number }> {
    return new Promise((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/core${query}`, { headers });
      ws.on('open', () => resolve({ status: 'open', ws }));
      ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
      ws.on('error', () => resolve({ status: -1 }));
    });
  }

  it('listens on 127.0.0.1 only and serves the page with a strict CSP', async () => {
    const response = await fetch(`${origin()}/some/screen`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<title>Chapterhouse</title>');
    expect((await fetch(`${origin()}/favicon.ico`)).status).toBeLessThan(300);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#key=/);
  });

  it('answers the page with the key and the right origin, and refuses everyone else', async () => {
    const good = await connect(`?key=${key()}`, { origin: origin() });
    expect(good.status).toBe('open');
    if (good.status === 'open') {
      const answer = new Promise<unknown>((resolve) => good.ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
      good.ws.send(JSON.stringify({ id: 1, method: 'session.get', input: {} }));
      expect(await answer).toMatchObject({ id: 1, ok: true, result: { current: { name: 'Riverside Tenants' } } });
      good.ws.close();
    }
    expect((await connect(`?key=wrong`, { origin: origin() })).status).toBe(403);
    expect((await connect(`?key=${key()}`, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await connect(`?key=${key()}`, { origin: origin(), host: 'evil.example' })).status).toBe(403);
  });
});
