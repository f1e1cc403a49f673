// Country codes for the setup form and the profile's country field, named in the person's language.
// The list is libphonenumber's (the same one the importer reads phone numbers against).
import { getCountries } from 'libphonenumber-js';

const names = new Intl.DisplayNames(typeof navigator !== 'undefined' ? [...navigator.languages, 'en'] : ['en'], { type: 'region' });

export interface Country {
  code: string;
  name: string;
}

let sorted: Country[] | null = null;

export function countries(): Country[] {
  if (!sorted) {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    sorted = getCountries()
      .map((code) => ({ code, name: countryName(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }
  return sorted;
}

export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
