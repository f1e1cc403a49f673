import { describe, expect, it } from 'vitest';
import type { ImportFormat } from '../../../shared/contract/members.js';
import { defaultMapping } from '../../../shared/members/import-formats.js';
import { normaliseRow, type ImportedMember } from '../../../shared/members/import-row.js';

/** One row under the given headers, mapped by the format's default mapping. */
function importRow(row: Record<string, string>, format: ImportFormat = 'spreadsheet', country = 'US') {
  const headers = Object.keys(row);
  return normaliseRow(Object.values(row), defaultMapping(format, headers), { country, format, headers });
}

function member(row: Record<string, string>, format: ImportFormat = 'spreadsheet', country = 'US'): ImportedMember {
  const result = importRow(row, format, country);
  if (!result.ok) throw new Error(`expected the row to import, got: ${result.reason}`);
  return result.member;
}

function reason(row: Record<string, string>, format: ImportFormat = 'spreadsheet', country = 'US'): string {
  const result = importRow(row, format, country);
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.member)}`);
  return result.reason;
}

describe('normaliseRow: absent fields', () => {
  it('leaves a field out entirely when its cell is blank, so a merge never erases a value', () => {
    const m = member({ 'First name': 'Ada', 'Last name': '  ', 'E-mail': '', Phone: ' ', City: '', Notes: '' });
    expect(m).toEqual({ firstName: 'Ada', tags: [], custom: {} });
    expect('lastName' in m).toBe(false);
  });

  it('treats cells missing from a short record as blank', () => {
    const headers = ['Name', 'Email', 'City'];
    const result = normaliseRow(['Ada'], defaultMapping('spreadsheet', headers), {
      country: 'US', format: 'spreadsheet', headers,
    });
    expect(result).toEqual({ ok: true, member: { firstName: 'Ada', tags: [], custom: {} } });
  });

  it('skips ignored columns', () => {
    const headers = ['Name', 'Secret'];
    const ctx = { country: 'US', format: 'spreadsheet' as const, headers };
    const result = normaliseRow(['Ada', 'x'], ['fullName', 'ignore'], ctx);
    expect(result).toEqual({ ok: true, member: { firstName: 'Ada', tags: [], custom: {} } });
  });

  it('trims values', () => {
    const m = member({ 'First name': '  Ada ', City: ' Portland  ' });
    expect(m).toMatchObject({ firstName: 'Ada', city: 'Portland' });
  });
});

describe('normaliseRow: names', () => {
  it('splits a full name: the last word is the last name', () => {
    expect(member({ Name: 'Mary  Ann Smith' })).toMatchObject({ firstName: 'Mary Ann', lastName: 'Smith' });
  });

  it('keeps a one-word name as the first name only', () => {
    const m = member({ 'Full name': 'Cher' });
    expect(m.firstName).toBe('Cher');
    expect('lastName' in m).toBe(false);
  });

  it('reads "Last, First"', () => {
    expect(member({ Name: 'Lovelace, Ada' })).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('prefers separate first and last name columns over a full name', () => {
    expect(member({ Name: 'A B', 'First name': 'Ada', 'Last name': 'Lovelace' })).toMatchObject({
      firstName: 'Ada', lastName: 'Lovelace',
    });
  });

  it('accepts a row with an e-mail but no name (first name absent)', () => {
    expect(member({ Name: '', Email: 'ada@example.org' })).toEqual({ email: 'ada@example.org', tags: [], custom: {} });
  });

  it('rejects a row with no name, e-mail or phone', () => {
    expect(reason({ Name: '', Email: '', Phone: '', City: 'Portland' })).toBe(
      'no name, e-mail or phone: a row needs at least one of them to be a member',
    );
  });
});

describe('normaliseRow: e-mail', () => {
  it('lower-cases e-mail addresses', () => {
    expect(member({ Email: 'Ada.Lovelace@Example.ORG' }).email).toBe('ada.lovelace@example.org');
  });

  it('rejects a value that is not an e-mail address, quoting the header and the cell', () => {
    expect(reason({ Name: 'Bob', 'e-mail': 'bob(at)x' })).toBe(`'e-mail' is not an email address: "bob(at)x"`);
  });
});

describe('normaliseRow: phones', () => {
  it('normalises to E.164 in the chapter country', () => {
    expect(member({ Name: 'Ada', Phone: '(202) 555-0143' }).phone).toBe('+12025550143');
    expect(member({ Name: 'Ada', Phone: '+1 555 766 1791' }).phone).toBe('+15557661791');
    expect(member({ Name: 'Ada', Phone: '07700 900123' }, 'spreadsheet', 'GB').phone).toBe('+447700900123');
  });

  it("reads a national number in the row's own country when it has one", () => {
    expect(member({ Name: 'Ada', Phone: '07700 900123', Country: 'GB' }, 'spreadsheet', 'US').phone).toBe(
      '+447700900123',
    );
  });

  it('uses the phone column over the mobile column, and the mobile when there is no phone', () => {
    expect(member({ Name: 'Ada', Mobile: '202 555 0199', Phone: '202 555 0143' }).phone).toBe('+12025550143');
    expect(member({ Name: 'Ada', Mobile: '202 555 0199', Phone: '' }).phone).toBe('+12025550199');
  });

  it('rejects a phone it cannot read, naming the column and the value', () => {
    expect(reason({ Name: 'Ada', Phone: '12' })).toBe(
      `'Phone' is not a phone number we can read: "12"; include the country code, like +15551234567`,
    );
    expect(reason({ Name: 'Ada', Tel: 'call me' })).toMatch(/^'Tel' is not a phone number we can read: "call me"/);
  });
});

describe('normaliseRow: dates', () => {
  it('stores the joined date as YYYY-MM-DD', () => {
    expect(member({ Name: 'Ada', Joined: '31/3/2025' }).joinedOn).toBe('2025-03-31');
    expect(member({ Name: 'Ada', 'Member since': '04/05/2025' }, 'spreadsheet', 'US').joinedOn).toBe('2025-04-05');
    expect(member({ Name: 'Ada', 'Member since': '04/05/2025' }, 'spreadsheet', 'FR').joinedOn).toBe('2025-05-04');
  });

  it('rejects an impossible date instead of rolling it over', () => {
    expect(reason({ Name: 'Ada', Joined: '31/02/2025' })).toBe(`'Joined' is not a real date: "31/02/2025"`);
    expect(reason({ Name: 'Ada', Joined: '2025-02-30' })).toBe(`'Joined' is not a real date: "2025-02-30"`);
  });

  it('rejects a date it cannot read', () => {
    expect(reason({ Name: 'Ada', 'Join date': 'last spring' })).toBe(
      `'Join date' is not a date we can read: "last spring"; use a date like 2025-03-31`,
    );
  });
});

describe('normaliseRow: consent', () => {
  it('reads the many spellings of yes and no', () => {
    const yes = ['true', 'Yes', 'Y', '1', 'subscribed', 'opt-in', 'Opted in', 'TRUE'];
    const no = ['false', 'No', 'n', '0', 'unsubscribed', 'opt-out', 'opted_out', 'bouncing'];
    for (const v of yes) expect(member({ Name: 'Ada', 'Email consent': v }).emailConsent).toBe(true);
    for (const v of no) expect(member({ Name: 'Ada', 'SMS opt-in': v }).smsConsent).toBe(false);
  });

  it('rejects anything else, naming the column', () => {
    expect(reason({ first_name: 'Ada', email_opt_in: 'maybe' }, 'nationbuilder')).toBe(
      `'email_opt_in' is not yes or no: "maybe"; use yes or no`,
    );
  });
});

describe('normaliseRow: tags', () => {
  it('splits spreadsheet tags on semicolons or commas, dropping empties and duplicates', () => {
    expect(member({ Name: 'Ada', Tags: 'canvasser; transit,, ; Transit;youth' }).tags).toEqual([
      'canvasser', 'transit', 'youth',
    ]);
  });

  it('splits Action Network and NationBuilder tags on commas only', () => {
    expect(member({ first_name: 'Ada', can2_user_tags: 'a; b, c' }, 'actionnetwork').tags).toEqual(['a; b', 'c']);
    expect(member({ first_name: 'Ada', tag_list: 'x, y ,x' }, 'nationbuilder').tags).toEqual(['x', 'y']);
  });

  it('merges several tag columns', () => {
    expect(member({ Name: 'Ada', Tags: 'a;b', Labels: 'B;c' }).tags).toEqual(['a', 'b', 'c']);
  });

  it('rejects a tag longer than the contract allows', () => {
    expect(reason({ Name: 'Ada', Tags: 'x'.repeat(61) })).toMatch(/^the tag "x+" is too long: a tag has at most 60/);
  });
});

describe('normaliseRow: status', () => {
  it('reads a status column', () => {
    expect(member({ Name: 'Ada', Status: 'Lapsed' }).status).toBe('lapsed');
  });

  it('rejects an unknown status', () => {
    expect(reason({ Name: 'Ada', Status: 'VIP' })).toBe(
      `'Status' is not a member status: "VIP"; use member, supporter or lapsed`,
    );
  });

  it("reads NationBuilder membership names: any membership makes a member", () => {
    expect(member({ first_name: 'Ada', membership_names: 'Member' }, 'nationbuilder').status).toBe('member');
    expect(member({ first_name: 'Ada', membership_names: 'Annual dues' }, 'nationbuilder').status).toBe('member');
    expect(member({ first_name: 'Ada', membership_names: 'Supporter' }, 'nationbuilder').status).toBe('supporter');
    expect('status' in member({ first_name: 'Ada', membership_names: '' }, 'nationbuilder')).toBe(false);
  });
});

describe('normaliseRow: other fields', () => {
  it('strips NationBuilder leading apostrophes', () => {
    expect(member({ first_name: 'Ada', primary_zip: "'02134", phone_number: "'+1 202 555 0143" }, 'nationbuilder'))
      .toMatchObject({ postalCode: '02134', phone: '+12025550143' });
  });

  it('elsewhere strips an apostrophe only where it guards a formula', () => {
    expect(member({ Name: "'Ofa Tonga", Notes: "'=1+1" })).toMatchObject({ firstName: "'Ofa", notes: '=1+1' });
  });

  it('reads country codes and names', () => {
    expect(member({ Name: 'Ada', Country: 'gb' }).country).toBe('GB');
    expect(member({ Name: 'Ada', Country: 'United States' }).country).toBe('US');
    expect(member({ Name: 'Ada', Country: 'Germany' }).country).toBe('DE');
    expect(reason({ Name: 'Ada', Country: 'Narnia' })).toBe(
      `'Country' is not a country we know: "Narnia"; use a two-letter code like US`,
    );
  });

  it('keeps unknown columns as custom fields and ids as external ids', () => {
    expect(member({ Name: 'Ada', 'Shirt size': ' M ', ID: 'row-7', 'Recruited by': 'row-3' })).toEqual({
      firstName: 'Ada', tags: [], custom: { 'Shirt size': 'M' }, externalId: 'row-7', recruiterExternalId: 'row-3',
    });
  });

  it('keeps a column named __proto__ as an ordinary custom field', () => {
    const headers = ['Name', '__proto__'];
    const ctx = { country: 'US', format: 'spreadsheet' as const, headers };
    const result = normaliseRow(['Ada', 'x'], defaultMapping('spreadsheet', headers), ctx);
    if (!result.ok) throw new Error(result.reason);
    expect(Object.keys(result.member.custom)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.member.custom)).toBe(Object.prototype);
  });

  it('joins several note columns and normalises their line breaks', () => {
    expect(member({ Name: 'Ada', Notes: 'one\r\ntwo', Comments: 'three' }).notes).toBe('one\ntwo\n\nthree');
  });

  it('rejects a value longer than the contract allows, naming the column', () => {
    expect(reason({ Name: 'Ada', City: 'x'.repeat(201) })).toBe(`'City' is longer than 200 characters`);
    expect(reason({ Name: 'Ada', Pronouns: 'x'.repeat(2001) })).toBe(`'Pronouns' is longer than 2000 characters`);
  });

  it('shortens a long value when quoting it', () => {
    expect(reason({ Name: 'Ada', Email: `${'x'.repeat(100)}` })).toBe(
      `'Email' is not an email address: "${'x'.repeat(77)}..."`,
    );
  });
});
