// Secrets the hub hands out (admin token, invite codes, device tokens) and how it keeps them:
// random, shown once, stored only as a SHA-256 hash. A stolen database copy grants nothing.
// Lookups are by hash, so no secret is ever compared character by character.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, url-safe: fits a header, a query parameter and a file. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * An invite is read aloud or typed from a screen at a meeting: 20 characters of an alphabet
 * without look-alikes (no 0/O, 1/I/L), in groups of four. ~98 bits: plenty for a single-use code.
 */
const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function newInviteCode(): string {
  const bytes = randomBytes(20);
  let code = '';
  for (let i = 0; i < bytes.length; i++) {
    if (i > 0 && i % 4 === 0) code += '-';
    code += INVITE_ALPHABET[bytes[i]! % INVITE_ALPHABET.length];
  }
  return code;
}

/** The form an invite is stored and compared in: upper case, dashes and spaces dropped. */
export function normaliseInviteCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** 16 url-safe characters, like a device's own id. */
export function newDeviceId(): string {
  return randomBytes(12).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
