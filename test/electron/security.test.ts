// The URL and path checks main's security rests on, with the hostile inputs they exist to refuse.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, isAppShellPath, resolveRendererPath } from '../../electron/main/renderer-files.js';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../electron/main/security.js';

describe('isAppUrl', () => {
  const accepted = [
    'app://chapterhouse/',
    'app://chapterhouse/index.html',
    'app://chapterhouse/assets/index-abc123.js',
    'app://chapterhouse/members?tab=all#top',
    APP_ENTRY_URL,
  ];
  it.each(accepted)('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  const rejected: Array<[string, string]> = [
    ['user info', 'app://user@chapterhouse/'],
    ['user and password', 'app://user:pw@chapterhouse/index.html'],
    ['empty user info', 'app://@chapterhouse/'],
    ['a look-alike host suffix', 'app://chapterhouse.evil/'],
    ['a look-alike host prefix', 'app://evilchapterhouse/'],
    ['a subdomain', 'app://x.chapterhouse/'],
    ['a port', 'app://chapterhouse:80/'],
    ['an empty port', 'app://chapterhouse:/'],
    ['no path', 'app://chapterhouse'],
    ['a query straight after the host', 'app://chapterhouse?x=/'],
    ['a fragment straight after the host', 'app://chapterhouse#/'],
    ['upper-case host', 'app://CHAPTERHOUSE/'],
    ['upper-case scheme', 'APP://chapterhouse/'],
    ['https', 'https://chapterhouse/'],
    ['http', 'http://chapterhouse/'],
    ['file', 'file:///chapterhouse/index.html'],
    ['javascript', 'javascript:alert(1)//app://chapterhouse/'],
    ['data', 'data:text/html,app://chapterhouse/'],
    ['about:blank', 'about:blank'],
    ['a similar scheme', 'apps://chapterhouse/'],
    ['the scheme without slashes', 'app:chapterhouse/'],
    ['one slash', 'app:/chapterhouse/'],
    ['three slashes', 'app:///chapterhouse/'],
    ['a backslash after the host', 'app://chapterhouse\\@evil/'],
    ['a tab inside the host', 'app://chapter\thouse/'],
    ['a newline inside the host', 'app://chapter\nhouse/'],
    ['a leading space', ' app://chapterhouse/'],
    ['an encoded host', 'app://%63hapterhouse/'],
    ['the empty string', ''],
    ['garbage', 'not a url at all'],
  ];
  it.each(rejected)('rejects %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(isAppUrl(undefined as unknown as string)).toBe(false);
    expect(isAppUrl(null as unknown as string)).toBe(false);
    expect(isAppUrl({ toString: () => 'app://chapterhouse/' } as unknown as string)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const dev = 'http://localhost:5173/';
  const cases: Array<[string, string | null | undefined, string | undefined, boolean]> = [
    ['the app page', 'app://chapterhouse/index.html', undefined, true],
    ['a look-alike app host', 'app://chapterhouse.evil/index.html', undefined, false],
    ['no frame url', undefined, undefined, false],
    ['a null frame url', null, undefined, false],
    ['an empty frame url', '', dev, false],
    ['the dev server, when trusted', 'http://localhost:5173/index.html', dev, true],
    ['the dev server, when not running from source', 'http://localhost:5173/index.html', undefined, false],
    ['another port on the dev host', 'http://localhost:5174/', dev, false],
    ['another host on the dev port', 'http://127.0.0.1:5173/', dev, false],
    ['https instead of http', 'https://localhost:5173/', dev, false],
    ['user info on the dev origin', 'http://user@localhost:5173/', dev, false],
    ['a remote page', 'https://example.org/', dev, false],
    ['a file page', 'file:///tmp/index.html', dev, false],
    ['a dev server url that is not http', 'file:///tmp/index.html', 'file:///tmp/', false],
    ['a malformed dev server url', 'http://localhost:5173/', 'not a url', false],
  ];
  it.each(cases)('%s', (_label, frameUrl, devServerUrl, expected) => {
    expect(isTrustedSender(frameUrl, devServerUrl)).toBe(expected);
  });
});

describe('isSafeExternalUrl', () => {
  const accepted = ['https://example.org/', 'http://example.org/path?q=1#x', 'HTTPS://EXAMPLE.ORG/', 'https://example.org:8443/'];
  it.each(accepted)('opens %s in the browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  const rejected: Array<[string, string]> = [
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['our own scheme', 'app://chapterhouse/index.html'],
    ['a custom scheme that launches programs', 'ms-msdt:/id PCWDiagnostic'],
    ['smb', 'smb://attacker/share'],
    ['mailto', 'mailto:someone@example.org'],
    ['credentials', 'https://user:pw@example.org/'],
    ['a user name', 'https://user@example.org/'],
    ['no host', 'https://'],
    ['an empty host', 'http://:80/'],
    ['leading whitespace', ' https://example.org/'],
    ['a tab in the scheme', 'ht\ttps://example.org/'],
    ['scheme-relative', '//example.org/'],
    ['too long', `https://example.org/${'a'.repeat(3000)}`],
    ['garbage', 'not a url'],
    ['empty', ''],
  ];
  it.each(rejected)('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('resolveRendererPath', () => {
  const root = path.resolve('/srv/app/out/renderer');
  const inside: Array<[string, string]> = [
    ['app://chapterhouse/', 'index.html'],
    ['app://chapterhouse/index.html', 'index.html'],
    ['app://chapterhouse/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://chapterhouse/assets/', 'assets/index.html'],
    ['app://chapterhouse/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
    ['app://chapterhouse/index.html?v=1#top', 'index.html'],
    ['app://chapterhouse/a/../index.html', 'index.html'],
  ];
  it.each(inside)('serves %s from inside the renderer dir', (url, relative) => {
    expect(resolveRendererPath(root, url)).toBe(path.join(root, relative));
  });

  // The URL parser already folds these into the root ("/../../etc/passwd" is "/etc/passwd"): they
  // may resolve, but only to a path inside the renderer dir (which then does not exist: a 404).
  const folded: Array<[string, string]> = [
    ['dot segments', 'app://chapterhouse/../../etc/passwd'],
    ['encoded dots', 'app://chapterhouse/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://chapterhouse/%2E%2e/etc/passwd'],
    ['an absolute path after decoding', 'app://chapterhouse/%2fetc%2fpasswd'],
  ];
  it.each(folded)('keeps %s inside the renderer dir', (_label, url) => {
    const resolved = resolveRendererPath(root, url);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  // These survive URL parsing and would escape once decoded: refused outright.
  const hostile: Array<[string, string]> = [
    ['encoded slashes', 'app://chapterhouse/..%2f..%2fetc%2fpasswd'],
    ['encoded dots and slashes', 'app://chapterhouse/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['a sibling directory with the same prefix', 'app://chapterhouse/..%2frenderer-secrets%2fkey'],
    ['the directory itself', 'app://chapterhouse/..%2frenderer'],
    ['backslashes', 'app://chapterhouse/..\\..\\etc\\passwd'],
    ['encoded backslashes', 'app://chapterhouse/..%5c..%5cetc%5cpasswd'],
    ['a NUL byte', 'app://chapterhouse/index.html%00.png'],
    ['a drive letter', 'app://chapterhouse/C:/Windows/win.ini'],
    ['malformed escapes', 'app://chapterhouse/%E0%A4%A'],
    ['another host', 'app://chapterhouse.evil/index.html'],
    ['user info', 'app://user@chapterhouse/index.html'],
    ['another scheme', 'file:///srv/app/out/renderer/index.html'],
  ];
  it.each(hostile)('refuses %s', (_label, url) => {
    expect(resolveRendererPath(root, url)).toBeNull();
  });

  it('keeps Windows paths inside the renderer dir too', () => {
    const winRoot = 'C:\\Program Files\\Chapterhouse\\resources\\app.asar\\out\\renderer';
    expect(resolveRendererPath(winRoot, 'app://chapterhouse/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of [
      'app://chapterhouse/..%5c..%5cwin.ini',
      'app://chapterhouse/..%2f..%2fwin.ini',
      'app://chapterhouse/C:%5cWindows%5cwin.ini',
      'app://chapterhouse/C:win.ini',
      'app://chapterhouse/%5c%5cserver%5cshare%5cx',
    ]) {
      expect(resolveRendererPath(winRoot, url, path.win32), url).toBeNull();
    }
    // A UNC-looking path with forward slashes is folded into the root, never taken as a share.
    expect(resolveRendererPath(winRoot, 'app://chapterhouse/%2f%2fserver%2fshare%2fx', path.win32)).toBe(`${winRoot}\\server\\share\\x`);
  });
});

describe('isAppShellPath', () => {
  it.each([
    ['app://chapterhouse/members', true],
    ['app://chapterhouse/members/42', true],
    ['app://chapterhouse/', true],
    ['app://chapterhouse/assets/missing.js', false],
    ['app://chapterhouse/favicon.ico', false],
    ['app://chapterhouse.evil/members', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppShellPath(url)).toBe(expected);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.CSS', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['fonts/a.woff2', 'font/woff2'],
    ['pglite.wasm', 'application/wasm'],
    ['no-extension', 'application/octet-stream'],
    ['archive.tar.gz', 'application/octet-stream'],
  ])('%s → %s', (file, expected) => {
    expect(contentTypeFor(file)).toBe(expected);
  });
});

describe('the renderer policy', () => {
  it('is the strict CSP, with no inline or remote script', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('sandboxes the window', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
