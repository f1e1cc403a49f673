import { describe, expect, it } from 'vitest';
import { CsvFileError, decodeCsvBytes } from '../../../shared/members/csv-decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[i * 2] = order === 'le' ? c & 0xff : c >> 8;
    out[i * 2 + 1] = order === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

function errorOf(bytes: Uint8Array): CsvFileError {
  try {
    decodeCsvBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFileError);
    return error as CsvFileError;
  }
  throw new Error('expected a CsvFileError');
}

const sample = 'Name,Email\r\nJosé Núñez,jose@example.org\r\n';

describe('decodeCsvBytes: text encodings', () => {
  it('reads plain UTF-8', () => {
    expect(decodeCsvBytes(utf8(sample))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it("reads Excel's Unicode text: UTF-16LE with a BOM", () => {
    expect(decodeCsvBytes(utf16(sample, 'le', true))).toEqual({ text: sample, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a BOM', () => {
    expect(decodeCsvBytes(utf16(sample, 'be', true))).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by where its NUL bytes fall', () => {
    expect(decodeCsvBytes(utf16(sample, 'le', false))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeCsvBytes(utf16(sample, 'be', false))).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    // 'Jos\xe9' is how Excel on Windows saves José; 0x80 is the euro sign there.
    const bytes = new Uint8Array([...utf8('Name,Dues\nJos'), 0xe9, ...utf8(','), 0x80, ...utf8('5\n')]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Name,Dues\nJosé,€5\n', encoding: 'windows-1252' });
  });

  it('returns empty text for an empty file (the parser names that problem)', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeCsvBytes: refusing files that are not CSV text', () => {
  it('names an Excel workbook (a zip) and says to save it as CSV', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(errorOf(xlsx).message).toBe('This looks like an Excel workbook (.xlsx); save it as CSV first.');
  });

  it('names an old .xls workbook', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(errorOf(xls).message).toMatch(/old Excel workbook \(\.xls\); save it as CSV first/);
  });

  it('refuses a PNG image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(errorOf(png).message).toMatch(/image, not a CSV file/);
  });

  it('refuses a PDF', () => {
    expect(errorOf(utf8('%PDF-1.7\n%âãÏÓ\n')).message).toMatch(/PDF, not a CSV file/);
  });

  it('refuses binary bytes without a known signature', () => {
    const binary = new Uint8Array(512);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 37 + 11) % 256;
    expect(errorOf(binary).message).toBe(
      'This file is not text, so it cannot be a CSV; export your list as CSV and try again.',
    );
  });

  it('names an encoding it cannot read', () => {
    const utf32 = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0]);
    expect(errorOf(utf32).message).toBe(
      'This file is encoded as UTF-32 (little-endian), which we cannot read; save it as CSV in UTF-8.',
    );
    expect(errorOf(new Uint8Array([0x2b, 0x2f, 0x76, 0x38, 0x41])).message).toMatch(/UTF-7/);
  });

  it('refuses a file that claims UTF-8 with a BOM but is not', () => {
    expect(errorOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x0a])).message).toMatch(/says it is UTF-8/);
  });
});
