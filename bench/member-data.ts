// The benchmark's roster: N deterministic pseudo-random members, and the two files made from them —
// the CSV a chapter would import (the app's "spreadsheet" shape) and the CSV that PGlite's own COPY
// loads for the raw baseline. Both files describe the same people with the same values, so the
// import and the COPY write rows of the same width into the same table and indexes.
// Everything here is a pure function of N (a seeded generator): two runs compare like with like.
import { seededRandom } from './seeded-random.js';

export interface GeneratedMember {
  firstName: string;
  lastName: string;
  /** Lower-case and unique, so an import of N rows creates N members (no merges). */
  email: string;
  /** E.164, US 555 numbers: possible for libphonenumber, as the importer requires. */
  phone: string;
  tags: string[];
  city: string;
  /** YYYY-MM-DD. */
  joinedOn: string;
}

const firstNames = [
  'Ann', 'Anna', 'Annika', 'Andre', 'Amir', 'Aisha', 'Ben', 'Bea', 'Carlos', 'Chen', 'Dana', 'David',
  'Elena', 'Emeka', 'Farah', 'Felix', 'Grace', 'Hiro', 'Ines', 'Ivan', 'Jamal', 'Jana', 'Kasia', 'Kofi',
  'Lena', 'Luis', 'Maya', 'Mateo', 'Noor', 'Nina', 'Omar', 'Olga', 'Priya', 'Paul', 'Quinn', 'Rosa',
  'Sam', 'Sara', 'Tariq', 'Tess', 'Uma', 'Victor', 'Wen', 'Yara', 'Zoe', 'Zeynep', 'Marta', 'Leon',
];

const lastNames = [
  'Lee', 'Lopez', 'Larsen', 'Nguyen', 'Okafor', 'Eriksen', 'Quispe', 'Ucar', 'Smith', 'Garcia', 'Kim',
  'Novak', 'Haddad', 'Mensah', 'Rossi', 'Silva', 'Tanaka', 'Kowalski', 'Ahmed', 'Murphy', 'Dubois',
  'Fischer', 'Ivanova', 'Jensen', 'Khan', 'Moreno', 'Olsen', 'Petrov', 'Reyes', 'Sato', 'Weber',
  'Yilmaz', 'Zhang', 'Brown', 'Costa', 'Diaz', 'Evans', 'Foster', 'Gomez', 'Hughes', 'Ito', 'Mbeki',
];

const domains = ['example.org', 'example.com', 'mail.example.net', 'riverside.example'];

const tagPool = [
  'canvasser', 'transit', 'volunteer', 'steward', 'donor', 'housing', 'phonebank', 'youth',
  'organiser', 'newsletter', 'tenant', 'rally-2024',
];

const cities = [
  'Springfield', 'Riverside', 'Fairview', 'Oakland', 'Portland', 'Madison', 'Georgetown', 'Salem',
  'Franklin', 'Clinton', 'Greenville', 'Bristol', 'Dover', 'Ashland', 'Milton', 'Newport', 'Hudson',
  'Kingston', 'Lebanon', 'Burlington', 'Manchester', 'Chester', 'Arlington', 'Auburn',
];

export function generateMembers(count: number, seed = 20250331): GeneratedMember[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const members: GeneratedMember[] = [];
  for (let i = 0; i < count; i++) {
    const firstName = pick(firstNames);
    const lastName = pick(lastNames);
    const tagCount = Math.floor(random() * 4); // 0 to 3 tags
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(tagPool)))];
    const joined = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 11 * 365) * 86_400_000);
    members.push({
      firstName,
      lastName,
      email: `${firstName}.${lastName}${i}@${pick(domains)}`.toLowerCase(),
      // +1 555 NXX XXXX: the exchange starts with 2-9, as North American numbers do.
      phone: `+1555${2 + Math.floor(random() * 8)}${digits(6)}`,
      tags,
      city: pick(cities),
      joinedOn: joined.toISOString().slice(0, 10),
    });
  }
  return members;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The headers of the import file. City is beyond the brief's five columns; the importer maps it. */
export const importHeaders = ['Name', 'E-mail', 'Phone', 'Tags', 'City', 'Joined'] as const;

/** The file a person would import: spreadsheet headers, tags joined with "; ", ISO dates. */
export function importCsv(members: readonly GeneratedMember[]): string {
  const lines = [importHeaders.join(',')];
  for (const m of members) {
    lines.push([`${m.firstName} ${m.lastName}`, m.email, m.phone, m.tags.join('; '), m.city, m.joinedOn].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Columns of the raw COPY, in the order of `copyCsv`'s cells. */
export const copyColumns = ['id', 'chapter_id', 'first_name', 'last_name', 'email', 'phone', 'city', 'tags', 'joined_on', 'clocks', 'updated_hlc'] as const;

/**
 * The same members as rows of the members table, for `COPY ... FROM '/dev/blob' (format csv)`.
 * `clocks` and `updated_hlc` carry stamps shaped like the app's, so the rows are as wide as the
 * ones the import writes.
 */
export function copyCsv(members: readonly GeneratedMember[], chapterId: string): string {
  const stamp = (i: number) => `2025-03-31T12:00:00.000Z-${(i % 0xffff).toString(16).padStart(4, '0')}-benchdevice00001`;
  const lines: string[] = [];
  members.forEach((m, i) => {
    const hlc = stamp(i);
    const clocks = JSON.stringify({ first_name: hlc, last_name: hlc, email: hlc, phone: hlc, city: hlc, tags: hlc, joined_on: hlc });
    const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    const cells = [id, chapterId, m.firstName, m.lastName, m.email, m.phone, m.city, JSON.stringify(m.tags), m.joinedOn, clocks, hlc];
    lines.push(cells.map(csvCell).join(','));
  });
  return `${lines.join('\n')}\n`;
}
