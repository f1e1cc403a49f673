// Turns the bytes of an uploaded file into text, guessing the encoding the way spreadsheet programs
// write it: UTF-8 (with or without a BOM), Excel's "Unicode text" (UTF-16 with a BOM), UTF-16 without
// a BOM, and old Windows/Excel files (Windows-1252). Runs in Node and in the browser, so it uses only
// TextDecoder and Uint8Array. It refuses files that are not text (a workbook, an image) with a
// sentence that says what to do instead, rather than importing garbage.
import { CsvFileError } from './csv-file-error.js';

export { CsvFileError };

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/** How many leading bytes/characters we inspect when sniffing: enough to see a header and some rows. */
const SNIFF_LENGTH = 64 * 1024;

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  refuseKnownBinary(bytes);
  refuseUnsupportedBom(bytes);

  let decoded: DecodedCsv;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: decodeUtf8OrThrow(bytes.subarray(3)), encoding: 'utf-8' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'utf-16be' };
  } else {
    const utf16 = sniffUtf16WithoutBom(bytes);
    if (utf16) {
      decoded = { text: decodeUtf16(bytes, utf16), encoding: utf16 === 'le' ? 'utf-16le' : 'utf-16be' };
    } else {
      decoded = decodeUtf8OrWindows1252(bytes);
    }
  }
  refuseControlCharacters(decoded.text);
  return decoded;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

// Signatures of the files people most often pick by mistake. Checked first, so the message names
// the actual problem instead of a generic "not text".
function refuseKnownBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new CsvFileError('This looks like an Excel workbook (.xlsx); save it as CSV first.');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new CsvFileError('This looks like an old Excel workbook (.xls); save it as CSV first.');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new CsvFileError('This is a PDF, not a CSV file; export the list as CSV instead.');
  }
  const images = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38]];
  if (images.some((sig) => startsWith(bytes, sig))) {
    throw new CsvFileError('This is an image, not a CSV file; choose the CSV export of your list.');
  }
}

// Byte order marks of encodings we do not decode. Naming the encoding tells the person what to
// change in their "Save as" dialog.
function refuseUnsupportedBom(bytes: Uint8Array): void {
  const unsupported: [number[], string][] = [
    [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian)'],
    [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian)'],
    [[0x2b, 0x2f, 0x76], 'UTF-7'],
    [[0x84, 0x31, 0x95, 0x33], 'GB 18030'],
    [[0xdd, 0x73, 0x66, 0x73], 'UTF-EBCDIC'],
    [[0x0e, 0xfe, 0xff], 'SCSU'],
  ];
  for (const [bom, name] of unsupported) {
    if (startsWith(bytes, bom)) {
      throw new CsvFileError(`This file is encoded as ${name}, which we cannot read; save it as CSV in UTF-8.`);
    }
  }
}

function decodeUtf8OrThrow(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CsvFileError(
      'This file says it is UTF-8 but contains bytes that are not; save it again as CSV in UTF-8.',
    );
  }
}

// No BOM: UTF-8 is the modern default and is self-checking (random legacy bytes are almost never
// valid UTF-8), so anything that fails the strict decoder is taken to be Windows-1252, which is what
// Excel on Windows writes for "CSV (Comma delimited)".
function decodeUtf8OrWindows1252(bytes: Uint8Array): DecodedCsv {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 is Latin-1 except for 0x80-0x9F, which hold curly quotes, dashes and the euro sign.
// Decoded by hand because Node 20's TextDecoder('windows-1252') decodes that range as Latin-1.
// The five unassigned bytes map to the same code point, as the WHATWG Encoding Standard says.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
  0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? windows1252High[b - 0x80]! : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

// A CSV is mostly ASCII (commas, digits, line breaks), and in UTF-16 every ASCII character has a NUL
// byte: after it (little-endian) or before it (big-endian). Binary files have NULs at both.
function sniffUtf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = n / 2;
  if (oddNuls >= pairs * 0.2 && evenNuls <= oddNuls * 0.05) return 'le';
  if (evenNuls >= pairs * 0.2 && oddNuls <= evenNuls * 0.05) return 'be';
  return undefined;
}

// TextDecoder's 'utf-16be' is missing from some small-ICU builds, so big-endian input is byte-swapped
// and decoded as little-endian, which every runtime supports.
function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  let input = bytes;
  if (order === 'be') {
    input = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      input[i] = bytes[i + 1]!;
      input[i + 1] = bytes[i]!;
    }
  }
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(input);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// The last line of defence: whatever the bytes decoded to, text has almost no control characters
// other than tab and line breaks. More than a handful means this was never a text file.
function refuseControlCharacters(text: string): void {
  const n = Math.min(text.length, SNIFF_LENGTH);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c) || c === 0x7f) {
      controls++;
    }
  }
  if (controls > 0 && controls >= Math.max(2, n * 0.01)) {
    throw new CsvFileError('This file is not text, so it cannot be a CSV; export your list as CSV and try again.');
  }
}
