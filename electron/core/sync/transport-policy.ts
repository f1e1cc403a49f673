// Which hub addresses a device may reach without TLS. Plain ws:// or http:// is fine on this
// computer and on a private network (the meeting room's Wi-Fi); anywhere else it would expose
// members' data and tokens to the path in between, so it needs the person's explicit consent.
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  if (host === '::1' || host.startsWith('fe80:') || host.startsWith('fc') || host.startsWith('fd')) return host.includes(':');
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return false;
  const [a, b] = parts.map(Number) as [number, number, number, number];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

export class InsecureHubError extends Error {
  override name = 'InsecureHubError';
}

/** Checks a hub URL; returns it normalised to its origin (http(s)://host:port). */
export function checkHubUrl(raw: string, allowInsecure: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InsecureHubError(`"${raw}" is not a hub address; it looks like https://hub.example.org or http://192.168.1.20:4455`);
  }
  const scheme = url.protocol.replace(':', '');
  if (!['http', 'https', 'ws', 'wss'].includes(scheme)) throw new InsecureHubError(`a hub address starts with https:// or http://, not ${url.protocol}`);
  const secure = scheme === 'https' || scheme === 'wss';
  if (!secure && !allowInsecure && !isPrivateHost(url.hostname)) {
    throw new InsecureHubError(
      `${url.host} is not on this computer or a private network, so the connection must use TLS (https://); allow an unencrypted connection only if you trust every network in between`,
    );
  }
  return `${secure ? 'https' : 'http'}://${url.host}`;
}

export function webSocketUrl(hubOrigin: string, path: string): string {
  return hubOrigin.replace(/^http/, 'ws') + path;
}
