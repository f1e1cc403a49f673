// The sign-in page's device cookie: which phone is submitting, so the rate limit is per device even
// when the whole room shares one address. The value is a random id and an HMAC of it under a secret
// this server made when it started: a client cannot invent a fresh device on every request (an
// unsigned or foreign cookie counts as none), and a cookie from an earlier meeting's server is not
// recognised by this one. It identifies nothing but the device, and only for a day.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE = 'ch_device';
const MAX_AGE_SECONDS = 24 * 60 * 60;

export class DeviceCookies {
  private readonly secret = randomBytes(32);

  /** A new device id with its Set-Cookie header value. */
  issue(): { device: string; header: string } {
    const device = randomBytes(12).toString('base64url');
    return { device, header: `${DEVICE_COOKIE}=${device}.${this.sign(device)}; HttpOnly; SameSite=Strict; Path=/m/; Max-Age=${MAX_AGE_SECONDS}` };
  }

  /** The device id in a Cookie header, or null when there is none this server signed. */
  read(cookieHeader: string | undefined): string | null {
    const value = cookieValue(cookieHeader, DEVICE_COOKIE);
    if (!value) return null;
    const dot = value.indexOf('.');
    if (dot <= 0) return null;
    const device = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1));
    const expected = Buffer.from(this.sign(device));
    return given.length === expected.length && timingSafeEqual(given, expected) ? device : null;
  }

  private sign(device: string): string {
    return createHmac('sha256', this.secret).update(device).digest('base64url').slice(0, 22);
  }
}

/** The first value of cookie `name` in a Cookie header ("a=1; b=2"). */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
