import { describe, expect, it } from 'vitest';
import type { ExportFormat, ImportFormat, Member } from '../../../shared/contract/members.js';
import { decodeCsvBytes } from '../../../shared/members/csv-decode.js';
import { parseCsv } from '../../../shared/members/csv-parse.js';
import { membersToCsv } from '../../../shared/members/export-csv.js';
import { defaultMapping, detectFormat } from '../../../shared/members/import-formats.js';
import { normaliseRow, type ImportedMember } from '../../../shared/members/import-row.js';

function makeMember(fields: Partial<Member> & { id: string }): Member {
  return {
    chapterId: 'ch-1', mergedInto: null, deletedAt: null, erasedAt: null, updatedHlc: '0',
    firstName: '', lastName: '', email: null, phone: null, street: null, city: null, region: null,
    postalCode: null, country: null, emailConsent: null, smsConsent: null, tags: [], status: 'member',
    joinedOn: null, recruitedBy: null, notes: null, custom: {},
    ...fields,
  };
}

const ada = makeMember({
  id: 'm-1', firstName: 'Ada', lastName: 'Lovelace, Countess', email: 'ada@example.org', phone: '+15557661791',
  street: '12 "Main" St', city: 'Portland', region: 'OR', postalCode: '02134', country: 'US',
  emailConsent: true, smsConsent: false, tags: ['canvasser', '+plus', 'Nguyễn'], status: 'lapsed',
  joinedOn: '2025-03-31', recruitedBy: 'm-2', notes: 'line one\nline "two", with comma\n=SUM(A1)',
  custom: { 'Shirt size': 'M', uuid: 'not-an-id', 'Phone Number': '-5', email: '@home', can2_x: 'y', tag_list: 'z' },
});
const ofa = makeMember({
  id: 'm-2', firstName: "'Ofa", lastName: '=HYPERLINK("http://evil")', email: null, phone: '+447700900123',
  city: '@town', tags: [], status: 'supporter', notes: "'quoted", custom: { 'Shirt size': '-L' },
});
const sparse = makeMember({
  id: 'm-3', firstName: '', email: 'only@example.org', status: 'member', custom: { constructor: 'c' },
});

function roundTrip(members: Member[], format: ExportFormat, expectFormat: ImportFormat): ImportedMember[] {
  const csv = membersToCsv(members, format);
  const { text } = decodeCsvBytes(new TextEncoder().encode(csv));
  const { headers, records } = parseCsv(text);
  expect(detectFormat(headers)).toBe(expectFormat);
  const mapping = defaultMapping(expectFormat, headers);
  return records.map((record) => {
    const result = normaliseRow(record.cells, mapping, { country: 'US', format: expectFormat, headers });
    if (!result.ok) throw new Error(`line ${record.line}: ${result.reason}`);
    return result.member;
  });
}

/** What a member should import back as: blank and null values absent, as the importer leaves them. */
function expected(m: Member, fields: (keyof Member)[], extra: Partial<ImportedMember> = {}): Partial<ImportedMember> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (m[f] !== null && m[f] !== '') out[f] = m[f];
  return { ...out, ...extra };
}

const contactFields: (keyof Member)[] = ['firstName', 'lastName', 'email', 'phone', 'street', 'city', 'region',
  'postalCode', 'country', 'emailConsent', 'smsConsent', 'tags', 'joinedOn', 'custom'];

describe('membersToCsv: the file', () => {
  it('writes our headers, a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const bo = makeMember({ id: 'm-9', firstName: 'Bo', lastName: 'Say "hi", ok', custom: { b: '1', a: '2' } });
    const csv = membersToCsv([bo], 'ours');
    expect(csv).toBe(
      '\uFEFFid,first_name,last_name,email,phone,street,city,region,postal_code,country,email_consent,sms_consent,' +
        'tags,status,joined_on,recruited_by,notes,custom:a,custom:b\r\n' +
        'm-9,Bo,"Say ""hi"", ok",,,,,,,,,,,member,,,,2,1\r\n',
    );
  });

  it('writes only a header for no members', () => {
    expect(membersToCsv([], 'actionnetwork').split('\r\n')[0]).toBe(
      'first_name,last_name,email,zip_code,can2_user_address,can2_user_city,can2_state_abbreviated,country,' +
        'can2_phone,can2_sms_status,can2_subscription_status,can2_subscription_date,can2_user_tags',
    );
  });

  it('guards cells that a spreadsheet would run as formulas, except E.164 phones', () => {
    const rows = parseCsv(membersToCsv([ofa], 'ours')).records[0]!.cells;
    expect(rows[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[4]).toBe('+447700900123');
    expect(rows[6]).toBe("'@town");
    expect(rows[17]).toBe("'-L");
    const evilPhone = makeMember({ id: 'x', firstName: 'X', phone: '+1=2' });
    expect(parseCsv(membersToCsv([evilPhone], 'nationbuilder')).records[0]!.cells[4]).toBe("'+1=2");
  });

  it('doubles a real leading apostrophe for NationBuilder, which strips one', () => {
    expect(parseCsv(membersToCsv([ofa], 'nationbuilder')).records[0]!.cells[0]).toBe("''Ofa");
  });

  it('writes consent as Action Network subscription statuses', () => {
    const cells = parseCsv(membersToCsv([ada], 'actionnetwork')).records[0]!.cells;
    expect(cells.slice(9, 11)).toEqual(['unsubscribed', 'subscribed']);
  });
});

describe('membersToCsv: round trip through our own importer', () => {
  it("'ours' comes back with every field", () => {
    const back = roundTrip([ada, ofa, sparse], 'ours', 'spreadsheet');
    const all: (keyof Member)[] = [...contactFields, 'status', 'notes'];
    expect(back).toEqual([
      expected(ada, all, { externalId: 'm-1', recruiterExternalId: 'm-2' }),
      expected(ofa, all, { externalId: 'm-2' }),
      expected(sparse, all, { externalId: 'm-3' }),
    ]);
  });

  it("'actionnetwork' comes back with the fields Action Network has", () => {
    const back = roundTrip([ada, ofa, sparse], 'actionnetwork', 'actionnetwork');
    expect(back).toEqual([expected(ada, contactFields), expected(ofa, contactFields), expected(sparse, contactFields)]);
  });

  it("'nationbuilder' comes back with its fields, status and notes", () => {
    const back = roundTrip([ada, ofa, sparse], 'nationbuilder', 'nationbuilder');
    const fields: (keyof Member)[] = [...contactFields, 'status', 'notes'];
    expect(back).toEqual([expected(ada, fields), expected(ofa, fields), expected(sparse, fields)]);
  });
});
