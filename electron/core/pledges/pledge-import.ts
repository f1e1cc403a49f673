// Importing pledges from a CSV file, like member imports: decode and parse with the members' CSV
// reader, check every row with the shared rules (shared/pledges/pledge-csv-import.ts), report each
// rejected row with its line and reason, and write all of it in one transaction, or (when any row
// is rejected) nothing at all: half a file of money would be harder to put right than none.
// A row whose pledge id is already recorded (our own export, imported again) is left as it is.
import { CallError } from '../../../shared/contract/errors.js';
import type { RejectedRow } from '../../../shared/contract/members.js';
import type { Db } from '../../../shared/db/db.js';
import { CsvFileError, decodeCsvBytes } from '../../../shared/members/csv-decode.js';
import { parseCsv } from '../../../shared/members/csv-parse.js';
import { readEmail } from '../../../shared/members/import-values.js';
import {
  mapPledgeColumns,
  PledgeFileError,
  readPledgeRow,
  type CampaignRef,
  type ImportedPledge,
  type PledgeColumnMap,
  type PledgeImportLookups,
} from '../../../shared/pledges/pledge-csv-import.js';
import type { PledgeKind } from '../../../shared/pledges/pledge.js';

export interface ReadPledgeImport {
  encoding: string;
  headers: string[];
  map: PledgeColumnMap;
  rows: { line: number; row: ImportedPledge; memberName: string; campaignName: string | null }[];
  unchanged: number;
  rejected: RejectedRow[];
}

export interface ReadPledgeOptions {
  db: Db;
  chapterId: string;
  bytes: Uint8Array;
  country: string;
  newId: () => string;
  onProgress?: (done: number, total: number) => void;
}

const YIELD_EVERY = 2000;

export async function readPledgeImport(options: ReadPledgeOptions): Promise<ReadPledgeImport> {
  let encoding: string;
  let parsed: ReturnType<typeof parseCsv>;
  let map: PledgeColumnMap;
  try {
    const decoded = decodeCsvBytes(options.bytes);
    encoding = decoded.encoding;
    parsed = parseCsv(decoded.text);
    map = mapPledgeColumns(parsed.headers);
  } catch (error) {
    if (error instanceof CsvFileError || error instanceof PledgeFileError) throw new CallError('validation', error.message);
    throw error;
  }
  const { lookups, names } = await roster(options.db, options.chapterId, parsed.records.map((r) => r.cells), map);
  const rows: ReadPledgeImport['rows'] = [];
  const rejected: RejectedRow[] = [];
  const total = parsed.records.length;
  for (let i = 0; i < total; i++) {
    const record = parsed.records[i]!;
    const result = readPledgeRow(record.cells, map, { country: options.country, lookups, newId: options.newId });
    if (result.ok) {
      const campaign = result.row.campaignId ? lookups.campaignById(result.row.campaignId) : undefined;
      rows.push({ line: record.line, row: result.row, memberName: names.get(result.row.memberId) ?? '', campaignName: campaign?.name ?? null });
    } else rejected.push({ line: record.line, reason: result.reason });
    if ((i + 1) % YIELD_EVERY === 0) {
      options.onProgress?.(i + 1, total);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  options.onProgress?.(total, total);
  const { fresh, unchanged } = await setAsideRecorded(options.db, options.chapterId, rows, rejected);
  rejected.sort((a, b) => a.line - b.line);
  return { encoding, headers: parsed.headers, map, rows: fresh, unchanged, rejected };
}

/**
 * Rows whose id the chapter already has are unchanged; an id used twice in the file, or by another
 * chapter's pledge, is a rejected row.
 */
async function setAsideRecorded(db: Db, chapterId: string, rows: ReadPledgeImport['rows'], rejected: RejectedRow[]): Promise<{ fresh: ReadPledgeImport['rows']; unchanged: number }> {
  const fromFile = rows.filter((r) => r.row.idFromFile).map((r) => r.row.pledge.id);
  const existing = new Map<string, string>();
  if (fromFile.length > 0) {
    const { rows: found } = await db.query<{ id: string; chapter_id: string }>('select id, chapter_id from pledges where id = any($1::text[])', [fromFile]);
    for (const row of found) existing.set(row.id, row.chapter_id);
  }
  const firstLine = new Map<string, number>();
  const fresh: ReadPledgeImport['rows'] = [];
  let unchanged = 0;
  for (const entry of rows) {
    const id = entry.row.pledge.id;
    const earlier = firstLine.get(id);
    if (earlier !== undefined) {
      rejected.push({ line: entry.line, reason: `the pledge id ${id} is on line ${earlier} already; each pledge once` });
      continue;
    }
    firstLine.set(id, entry.line);
    const chapter = existing.get(id);
    if (chapter === chapterId) unchanged++;
    else if (chapter !== undefined) rejected.push({ line: entry.line, reason: `the pledge id ${id} belongs to another chapter; leave the id empty to record a new pledge` });
    else fresh.push(entry);
  }
  return { fresh, unchanged };
}

/** Only the members the file names (by id or e-mail), and every campaign of the chapter. */
async function roster(db: Db, chapterId: string, records: string[][], map: PledgeColumnMap): Promise<{ lookups: PledgeImportLookups; names: Map<string, string> }> {
  const cellsOf = (column: string) => {
    const index = map.columns.indexOf(column as never);
    return index === -1 ? [] : records.map((cells) => (cells[index] ?? '').trim()).filter(Boolean);
  };
  const ids = [...new Set(cellsOf('memberId'))];
  const emails = [...new Set(cellsOf('memberEmail').map((e) => readEmail(e)).filter((e) => e.ok).map((e) => (e as { value: string }).value))];
  const { rows: members } = await db.query<{ id: string; email: string | null; name: string }>(
    `select id, lower(email) as email, trim(first_name || ' ' || last_name) as name from members
      where chapter_id = $1 and deleted_at is null and merged_into is null and (id = any($2::text[]) or lower(email) = any($3::text[]))`,
    [chapterId, ids, emails],
  );
  const byId = new Map(members.map((m) => [m.id, m]));
  const byEmail = new Map<string, { id: string } | 'ambiguous'>();
  for (const m of members) if (m.email) byEmail.set(m.email, byEmail.has(m.email) ? 'ambiguous' : { id: m.id });
  const { rows: campaigns } = await db.query<{ id: string; name: string; goal_kind: PledgeKind; currency: string | null }>(
    'select id, name, goal_kind, currency from campaigns where chapter_id = $1 and deleted_at is null',
    [chapterId],
  );
  const refs: CampaignRef[] = campaigns.map((c) => ({ id: c.id, name: c.name, kind: c.goal_kind, currency: c.currency }));
  const lookups: PledgeImportLookups = {
    memberById: (id) => byId.get(id),
    memberByEmail: (email) => byEmail.get(email.toLowerCase()),
    campaignById: (id) => refs.find((c) => c.id === id),
    campaignByName: (name) => {
      const matches = refs.filter((c) => c.name.trim().toLowerCase() === name.trim().toLowerCase());
      return matches.length > 1 ? 'ambiguous' : matches[0];
    },
  };
  return { lookups, names: new Map(members.map((m) => [m.id, m.name])) };
}

/** The refusal of a file with rejected rows: every line and why, in one message. */
export function rejectedFileError(rejected: RejectedRow[]): CallError {
  const shown = rejected.slice(0, 20).map((r) => `line ${r.line}: ${r.reason}`);
  const more = rejected.length > shown.length ? `; and ${rejected.length - shown.length} more` : '';
  return new CallError(
    'validation',
    `nothing was imported: ${rejected.length} ${rejected.length === 1 ? 'row needs' : 'rows need'} fixing first (${shown.join('; ')}${more})`,
    rejected.map((r) => ({ path: `line ${r.line}`, message: r.reason })),
  );
}
