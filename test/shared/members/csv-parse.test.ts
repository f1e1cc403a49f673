import { describe, expect, it } from 'vitest';
import { CsvFileError, parseCsv } from '../../../shared/members/csv-parse.js';

function errorOf(text: string): string {
  try {
    parseCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvFileError);
    return (error as Error).message;
  }
  throw new Error('expected a CsvFileError');
}

describe('parseCsv: records and line numbers', () => {
  it('reads headers and records with LF line ends', () => {
    expect(parseCsv('Name,Email\nAda,ada@example.org\nBob,bob@example.org\n')).toEqual({
      headers: ['Name', 'Email'],
      records: [
        { line: 2, cells: ['Ada', 'ada@example.org'] },
        { line: 3, cells: ['Bob', 'bob@example.org'] },
      ],
    });
  });

  it('treats CRLF, LF and a lone CR alike', () => {
    const expected = [
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ];
    expect(parseCsv('a,b\r\n1,2\r\n3,4\r\n').records).toEqual(expected);
    expect(parseCsv('a,b\r1,2\r3,4').records).toEqual(expected);
    expect(parseCsv('a,b\n1,2\r\n3,4').records).toEqual(expected);
  });

  it('reads quoted commas, doubled quotes and embedded line breaks', () => {
    const text = 'Name,Notes\n"Lovelace, Ada","She said ""hi""\nand left"\n';
    expect(parseCsv(text).records).toEqual([{ line: 2, cells: ['Lovelace, Ada', 'She said "hi"\nand left'] }]);
  });

  it('numbers each record by the physical line it starts on, after multi-line quoted values', () => {
    const text = 'Name,Notes\r\nAda,"one\r\ntwo\r\nthree"\r\nBob,"x\ry"\r\nCy,plain\r\n';
    expect(parseCsv(text).records.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'Ada'],
      [5, 'Bob'],
      [7, 'Cy'],
    ]);
  });

  it('skips blank records but keeps counting their lines', () => {
    const text = 'a,b\n\n , \n,,\n1,2\n\n';
    expect(parseCsv(text).records).toEqual([{ line: 5, cells: ['1', '2'] }]);
  });

  it('trims headers but leaves cells as written', () => {
    expect(parseCsv(' Name , E-mail \n Ada ,x\n')).toEqual({
      headers: ['Name', 'E-mail'],
      records: [{ line: 2, cells: [' Ada ', 'x'] }],
    });
  });

  it('keeps empty cells, and a trailing empty cell, in place', () => {
    expect(parseCsv('a,b,c\n1,,\n').records[0]!.cells).toEqual(['1', '', '']);
  });

  it('ignores a BOM left at the start of the text', () => {
    expect(parseCsv('\uFEFFName\nAda').headers).toEqual(['Name']);
  });

  it('tolerates spaces before an opening quote and text after a closing one', () => {
    expect(parseCsv('a,b\n1, "x, y"\n"p"q,2').records.map((r) => r.cells)).toEqual([
      ['1', 'x, y'],
      ['pq', '2'],
    ]);
  });

  it('reads a one-column file', () => {
    expect(parseCsv('Email\nada@example.org\n').records).toEqual([{ line: 2, cells: ['ada@example.org'] }]);
  });
});

describe('parseCsv: delimiters', () => {
  it('detects semicolons, as European Excel writes them', () => {
    expect(parseCsv('Name;Email;Tags\n"Núñez; Ana";ana@example.org;a,b\n')).toEqual({
      headers: ['Name', 'Email', 'Tags'],
      records: [{ line: 2, cells: ['Núñez; Ana', 'ana@example.org', 'a,b'] }],
    });
  });

  it('detects tabs', () => {
    expect(parseCsv('Name\tEmail\nAda, L\tada@example.org\n').records[0]!.cells).toEqual(['Ada, L', 'ada@example.org']);
  });

  it('judges by the header line only, ignoring delimiters inside quoted headers', () => {
    expect(parseCsv('"a;b",c\n1;2,3\n').records[0]!.cells).toEqual(['1;2', '3']);
  });
});

describe('parseCsv: files that are not CSV', () => {
  it('refuses an empty or blank file', () => {
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf(' \r\n\n')).toBe('The file is empty.');
  });

  it('refuses a file with no header row', () => {
    expect(errorOf(',,\n,,\n')).toMatch(/no header row/);
  });

  it('refuses a file whose first line is a person, not column names', () => {
    expect(errorOf('Ada Lovelace,ada@example.org\nBob,bob@example.org\n')).toBe(
      'line 1 looks like a person, not column names; add a header row (like Name, Email, Phone) above it.',
    );
  });

  it('names the line where an unclosed quote opened', () => {
    expect(errorOf('Name,Notes\nAda,ok\nBob,"never closed\nCy,x\n')).toBe(
      'line 3: a quoted value is never closed; check that line for a stray double quote (")',
    );
  });

  it('refuses HTML and JSON saved with a .csv name', () => {
    expect(errorOf('<!DOCTYPE html>\n<html><body>Sign in</body></html>')).toMatch(/web page \(HTML\)/);
    expect(errorOf('{"members": []}')).toMatch(/JSON, not a CSV file/);
    expect(errorOf('[{"name": "Ada", "email": "ada@example.org"}]')).toMatch(/JSON/);
  });
});

describe('parseCsv: size', () => {
  it('parses 100,000 rows of 17 columns', () => {
    const headers = Array.from({ length: 17 }, (_, i) => `col${i}`);
    const row = (n: number): string =>
      headers.map((_, c) => (c === 3 ? `"Lovelace, Ada ${n}"` : c === 5 ? `note ""${n}""` : `v${n}-${c}`)).join(',');
    const lines = [headers.join(',')];
    for (let n = 0; n < 100_000; n++) lines.push(row(n));
    const parsed = parseCsv(lines.join('\r\n'));
    expect(parsed.records).toHaveLength(100_000);
    expect(parsed.records[99_999]).toMatchObject({ line: 100_001 });
    expect(parsed.records[99_999]!.cells[3]).toBe('Lovelace, Ada 99999');
  });
});
