// Who may talk to the core through the browser host: only the page this host served, opened with
// this launch's secret. Checked on the WebSocket upgrade: the Host header (a DNS-rebinding page
// arrives with its own host name), the Origin (another site's page has its own origin) and the
// secret (a page that guessed the port still lacks it). Pure, so it is tested case by case.
import { timingSafeEqual } from 'node:crypto';

export interface UpgradeRequest {
  host: string | undefined;
  origin: string | undefined;
  url: string | undefined;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkUpgrade(req: UpgradeRequest, port: number, secret: string): { ok: true } | { ok: false; reason: string } {
  const hosts = allowedHosts(port);
  if (!req.host || !hosts.includes(req.host)) return { ok: false, reason: 'wrong Host header' };
  if (!req.origin || !hosts.map((h) => `http://${h}`).includes(req.origin)) return { ok: false, reason: 'wrong Origin' };
  let url: URL;
  try {
    url = new URL(req.url ?? '', `http://${req.host}`);
  } catch {
    return { ok: false, reason: 'bad URL' };
  }
  if (url.pathname !== '/core') return { ok: false, reason: 'unknown path' };
  const key = url.searchParams.get('key') ?? '';
  if (!sameSecret(key, secret)) return { ok: false, reason: 'wrong key' };
  return { ok: true };
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
