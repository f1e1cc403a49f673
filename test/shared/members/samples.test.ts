// The three sample exports in test/fixtures, read the way the core reads an upload: bytes, then
// text, then records, then members.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../shared/members/csv-decode.js';
import { parseCsv } from '../../../shared/members/csv-parse.js';
import { defaultMapping, detectFormat } from '../../../shared/members/import-formats.js';
import { normaliseRow, type ImportedMember } from '../../../shared/members/import-row.js';

function importSample(name: string) {
  const bytes = new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
  const { text, encoding } = decodeCsvBytes(bytes);
  const { headers, records } = parseCsv(text);
  const format = detectFormat(headers);
  const mapping = defaultMapping(format, headers);
  const members: ImportedMember[] = [];
  const rejected: { line: number; reason: string }[] = [];
  for (const record of records) {
    const result = normaliseRow(record.cells, mapping, { country: 'US', format, headers });
    if (result.ok) members.push(result.member);
    else rejected.push({ line: record.line, reason: result.reason });
  }
  return { encoding, format, records, members, rejected };
}

describe("Excel's Unicode text", () => {
  it('reads a UTF-16LE, tab-separated file end to end', () => {
    const text = '\uFEFFName\tE-mail\tTags\r\nJosé Núñez\tjose@example.org\ta, b\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-16le');
    const { headers, records } = parseCsv(decoded.text);
    const format = detectFormat(headers);
    const result = normaliseRow(records[0]!.cells, defaultMapping(format, headers), { country: 'GB', format, headers });
    expect(result).toEqual({
      ok: true,
      member: { firstName: 'José', lastName: 'Núñez', email: 'jose@example.org', tags: ['a', 'b'], custom: {} },
    });
  });
});

describe('sample exports', () => {
  it('imports the Action Network sample', () => {
    const { encoding, format, records, members, rejected } = importSample('actionnetwork-sample.csv');
    expect({ encoding, format, rows: records.length, rejected }).toEqual({
      encoding: 'utf-8', format: 'actionnetwork', rows: 24, rejected: [],
    });
    expect(members[0]).toEqual({
      externalId: '14d9cd50d99f5ee0-an',
      firstName: 'Kasia',
      lastName: 'Eriksen',
      email: 'kasia.eriksen0@example.org',
      postalCode: '97201',
      street: '984 Main St',
      city: 'Portland',
      region: 'OR',
      country: 'US',
      phone: '+15557661791',
      smsConsent: false,
      emailConsent: true,
      joinedOn: '2025-10-02',
      tags: [],
      custom: { 'Volunteer_Postcard to voters': 'yes' },
    });
    expect(members[1]).toMatchObject({ firstName: 'Nguyễn', tags: ['canvasser', 'transit', 'volunteer'] });
    expect(members.filter((m) => m.emailConsent).length).toBe(22);
  });

  it('imports the NationBuilder sample', () => {
    const { encoding, format, records, members, rejected } = importSample('nationbuilder-sample.csv');
    expect({ encoding, format, rows: records.length, rejected }).toEqual({
      encoding: 'utf-8', format: 'nationbuilder', rows: 24, rejected: [],
    });
    expect(members[0]).toEqual({
      externalId: '1000',
      firstName: 'Kasia',
      lastName: 'Eriksen',
      email: 'kasia.eriksen0@example.org',
      emailConsent: true,
      phone: '+15557661791',
      smsConsent: false,
      joinedOn: '2025-10-02',
      city: 'Portland',
      region: 'OR',
      postalCode: '97201',
      status: 'member',
      tags: [],
      custom: { donations_pledged_amount: '0.00' },
    });
    expect(members[1]!.status).toBeUndefined();
    expect(members[9]).toMatchObject({ externalId: '1009', recruiterExternalId: '1007', tags: ['housing', 'youth'] });
  });

  it('imports the spreadsheet sample', () => {
    const { encoding, format, records, members, rejected } = importSample('spreadsheet-sample.csv');
    expect({ encoding, format, rows: records.length, rejected }).toEqual({
      encoding: 'utf-8', format: 'spreadsheet', rows: 24, rejected: [],
    });
    expect(members[1]).toEqual({
      firstName: 'Nguyễn',
      lastName: 'Quispe',
      email: 'nguyen.quispe1@example.org',
      phone: '+15551382408',
      tags: ['canvasser', 'transit', 'volunteer'],
      joinedOn: '2025-10-04',
      custom: {},
    });
    expect(records.at(-1)!.line).toBe(25);
  });
});
