// Phone numbers are stored as +E.164; on screen they read better grouped ("+1 555 201 3344").
import { parsePhoneNumberFromString } from 'libphonenumber-js';

const cache = new Map<string, string>();

export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  let shown = cache.get(e164);
  if (shown === undefined) {
    shown = parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
    if (cache.size > 5000) cache.clear();
    cache.set(e164, shown);
  }
  return shown;
}
