// An RFC 4180 CSV reader for member lists, written as one pass over character codes because rosters
// run to hundreds of thousands of rows and this runs in the renderer too. It is lenient where real
// spreadsheets are sloppy (CRLF, LF or lone CR line ends; semicolon or tab delimiters from European
// Excel; a stray character after a closing quote) and strict where guessing would corrupt data (an
// unclosed quote stops the import and names the line it opened on). Every record keeps the physical
// line it starts on, so a rejected row can be found in the file even after multi-line notes.
import { CsvFileError } from './csv-file-error.js';

export { CsvFileError };

export interface CsvRecord {
  /** 1-based physical line where the record starts; the header is line 1 in a normal file. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  headers: string[];
  records: CsvRecord[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

export function parseCsv(text: string): ParsedCsv {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!/\S/.test(text)) throw new CsvFileError('The file is empty.');

  const all = readRecords(text, detectDelimiter(text));
  const header = all.shift();
  if (!header) {
    throw new CsvFileError('The file has no header row: every line is blank; the first line should name each column.');
  }
  const headers = header.cells.map((h) => h.trim());
  refuseNonCsvHeader(headers, header.line);
  return { headers, records: all };
}

// The delimiter is whichever of comma, semicolon or tab appears most often in the header line,
// outside quotes. Comma wins ties, including a one-column file with none at all.
function detectDelimiter(text: string): number {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  let seenContent = false;
  const end = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) {
      // Blank lines before the header do not count as the header line.
      if (seenContent) break;
      continue;
    } else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
    else if (c === TAB) tabs++;
    if (c !== SPACE) seenContent = true;
  }
  if (semicolons > commas && semicolons >= tabs) return SEMICOLON;
  if (tabs > commas && tabs > semicolons) return TAB;
  return COMMA;
}

function readRecords(text: string, delimiter: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  const len = text.length;
  let i = 0;
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];

  for (;;) {
    if (i >= len && cells.length === 0) break;

    // Start of a field. Spaces before an opening quote are tolerated (hand-written `a, "b, c"`).
    let j = i;
    while (j < len && text.charCodeAt(j) === SPACE) j++;
    let value: string;
    if (j < len && text.charCodeAt(j) === QUOTE) {
      const openLine = line;
      i = j + 1;
      let start = i;
      value = '';
      for (;;) {
        if (i >= len) {
          throw new CsvFileError(
            `line ${openLine}: a quoted value is never closed; check that line for a stray double quote (")`,
          );
        }
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            value += text.slice(start, i + 1);
            i += 2;
            start = i;
            continue;
          }
          value += text.slice(start, i);
          i++;
          break;
        }
        if (c === LF) line++;
        else if (c === CR && text.charCodeAt(i + 1) !== LF) line++;
        i++;
      }
      // Anything between the closing quote and the delimiter is kept rather than dropped silently.
      start = i;
      while (i < len) {
        const c = text.charCodeAt(i);
        if (c === delimiter || c === LF || c === CR) break;
        i++;
      }
      if (i > start) value += text.slice(start, i);
    } else {
      const start = i;
      while (i < len) {
        const c = text.charCodeAt(i);
        if (c === delimiter || c === LF || c === CR) break;
        i++;
      }
      value = text.slice(start, i);
    }
    cells.push(value);

    if (i < len && text.charCodeAt(i) === delimiter) {
      i++;
      continue;
    }
    // End of record: a line break or the end of the text.
    if (i < len) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i++;
      i++;
      line++;
    }
    if (!isBlank(cells)) records.push({ line: recordLine, cells });
    cells = [];
    recordLine = line;
  }
  return records;
}

function isBlank(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

// Catch files that decode as text but are not a table: a web page or JSON saved with a .csv name,
// or a list with no header row, whose first member would otherwise become the column names.
function refuseNonCsvHeader(headers: string[], line: number): void {
  const first = headers[0] ?? '';
  if (first.startsWith('<')) {
    throw new CsvFileError('This looks like a web page (HTML), not a CSV file; download the CSV export instead.');
  }
  if (first.startsWith('{') || first.startsWith('[')) {
    throw new CsvFileError('This looks like JSON, not a CSV file; export the list as CSV instead.');
  }
  if (headers.some((h) => /^[^\s@,;"]+@[^\s@,;"]+\.[^\s@,;"]+$/.test(h))) {
    throw new CsvFileError(
      `line ${line} looks like a person, not column names; add a header row (like Name, Email, Phone) above it.`,
    );
  }
}
