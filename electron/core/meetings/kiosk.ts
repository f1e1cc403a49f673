// Kiosk mode: a window handed to attendees shows nothing but the sign-in form until the lead's
// PIN is given. Held by the core (not the window), so reloading the window does not leave it; the
// PIN is kept only as a salted scrypt hash, and wrong PINs slow down after a few tries.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';

const FREE_TRIES = 3;

export class Kiosk {
  private state: { meetingId: string; salt: Buffer; hash: Buffer; failures: number; lockedUntil: number } | null = null;

  get meetingId(): string | null {
    return this.state?.meetingId ?? null;
  }

  enter(meetingId: string, pin: string): void {
    if (this.state) throw new CallError('conflict', 'kiosk mode is on already: leave it with the PIN first');
    const salt = randomBytes(16);
    this.state = { meetingId, salt, hash: scryptSync(pin, salt, 32), failures: 0, lockedUntil: 0 };
  }

  exit(pin: string, now = Date.now()): void {
    const state = this.state;
    if (!state) return;
    if (now < state.lockedUntil) {
      throw new CallError('conflict', `too many wrong PINs: try again in ${Math.ceil((state.lockedUntil - now) / 1000)} s`);
    }
    const given = scryptSync(pin, state.salt, 32);
    if (!timingSafeEqual(given, state.hash)) {
      state.failures++;
      // After three free tries, each wrong PIN locks the form a little longer (2 s, 4 s, 8 s, ... 5 min).
      if (state.failures >= FREE_TRIES) state.lockedUntil = now + Math.min(300_000, 1000 * 2 ** (state.failures - FREE_TRIES + 1));
      throw new CallError('validation', 'that is not the PIN', [{ path: 'pin', message: 'not the PIN' }]);
    }
    this.state = null;
  }
}
