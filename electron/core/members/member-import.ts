// Importing a CSV of members. Two phases, so that the app stays answerable while a big file is
// read: `readImport` (decode, parse, check every row; no database writes, outside the write queue)
// and `planImport` + commit (match against the roster and write, in the write queue, as one
// transaction through the apply path: an interrupted import leaves the database as it was).
import type { Db } from '../../../shared/db/db.js';
import { CallError } from '../../../shared/contract/errors.js';
import type { ColumnTarget, ImportFormat, ImportPreview, RejectedRow } from '../../../shared/contract/members.js';
import { CsvFileError, decodeCsvBytes } from '../../../shared/members/csv-decode.js';
import { parseCsv } from '../../../shared/members/csv-parse.js';
import { defaultMapping, detectFormat } from '../../../shared/members/import-formats.js';
import { normaliseRow, type ImportedMember } from '../../../shared/members/import-row.js';
import { memberColumns, rowToMember, type MemberRow } from './member-row.js';
import type { Member } from '../../../shared/contract/members.js';

export interface ReadImport {
  format: ImportFormat;
  encoding: string;
  headers: string[];
  mapping: ColumnTarget[];
  rows: { line: number; member: ImportedMember }[];
  rejected: RejectedRow[];
}

export interface ReadOptions {
  bytes: Uint8Array;
  format: ImportFormat | 'auto';
  mapping?: ColumnTarget[];
  country: string;
  onProgress?: (done: number, total: number) => void;
}

const YIELD_EVERY = 2000;

export async function readImport(options: ReadOptions): Promise<ReadImport> {
  let text: string;
  let encoding: string;
  let parsed: ReturnType<typeof parseCsv>;
  try {
    ({ text, encoding } = decodeCsvBytes(options.bytes));
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvFileError) throw new CallError('validation', error.message);
    throw error;
  }
  const format = options.format === 'auto' ? detectFormat(parsed.headers) : options.format;
  const mapping = options.mapping ?? defaultMapping(format, parsed.headers);
  if (mapping.length !== parsed.headers.length) {
    throw new CallError('validation', `the mapping has ${mapping.length} columns but the file has ${parsed.headers.length}`);
  }
  const rows: ReadImport['rows'] = [];
  const rejected: RejectedRow[] = [];
  const ctx = { country: options.country, format, headers: parsed.headers };
  const total = parsed.records.length;
  for (let i = 0; i < total; i++) {
    const record = parsed.records[i]!;
    const result = normaliseRow(record.cells, mapping, ctx);
    if (result.ok) rows.push({ line: record.line, member: result.member });
    else rejected.push({ line: record.line, reason: result.reason });
    if ((i + 1) % YIELD_EVERY === 0) {
      options.onProgress?.(i + 1, total);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  options.onProgress?.(total, total);
  return { format, encoding, headers: parsed.headers, mapping, rows, rejected };
}

/** What an import will do: for each new person a create, for each known one the fields to change. */
export interface ImportPlan {
  creates: { line: number; id: string; values: Record<string, unknown> }[];
  updates: { line: number; id: string; values: Record<string, unknown> }[];
  /** Rows of the file that matched a person already planned or already on the roster. */
  updatedCount: number;
}

/** Columns an imported value goes to (blank cells are absent, so they never erase anything). */
function importedValues(m: ImportedMember, externalKey: string | null): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const set = (column: string, value: unknown) => {
    if (value !== undefined) values[column] = value;
  };
  set('first_name', m.firstName);
  set('last_name', m.lastName);
  set('email', m.email);
  set('phone', m.phone);
  set('street', m.street);
  set('city', m.city);
  set('region', m.region);
  set('postal_code', m.postalCode);
  set('country', m.country);
  set('email_consent', m.emailConsent);
  set('sms_consent', m.smsConsent);
  if (m.tags.length > 0) values.tags = m.tags;
  set('status', m.status);
  set('joined_on', m.joinedOn);
  set('notes', m.notes);
  const custom = { ...m.custom };
  if (externalKey && m.externalId) custom[externalKey] = m.externalId;
  if (Object.keys(custom).length > 0) values.custom = custom;
  return values;
}

/** The custom field that keeps another tool's id, so recruiters can be linked and re-imports matched. */
export function externalIdKey(format: ImportFormat): string | null {
  if (format === 'nationbuilder') return 'nationbuilder_id';
  if (format === 'actionnetwork') return 'actionnetwork_uuid';
  return null;
}

/** Folds `incoming` into `base`: present values win, tags and custom fields are unions. */
function mergeValues(base: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base, ...incoming };
  if (base.tags && incoming.tags) merged.tags = [...new Set([...(base.tags as string[]), ...(incoming.tags as string[])])];
  if (base.custom && incoming.custom) merged.custom = { ...(base.custom as object), ...(incoming.custom as object) };
  return merged;
}

/** Only what differs from the member as stored: re-importing the same file changes nothing. */
function diffAgainst(existing: Member, values: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {
    first_name: existing.firstName,
    last_name: existing.lastName,
    email: existing.email,
    phone: existing.phone,
    street: existing.street,
    city: existing.city,
    region: existing.region,
    postal_code: existing.postalCode,
    country: existing.country,
    email_consent: existing.emailConsent,
    sms_consent: existing.smsConsent,
    status: existing.status,
    joined_on: existing.joinedOn,
    notes: existing.notes,
  };
  const changes: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) {
    if (column === 'tags') {
      const union = [...new Set([...existing.tags, ...(value as string[])])];
      if (union.length !== existing.tags.length) changes.tags = union;
    } else if (column === 'custom') {
      const merged = { ...existing.custom, ...(value as Record<string, string>) };
      if (JSON.stringify(merged) !== JSON.stringify(existing.custom)) changes.custom = merged;
    } else if (row[column] !== value) {
      changes[column] = value;
    }
  }
  return changes;
}

const OUR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface PlannedPerson {
  line: number;
  id: string;
  existing: Member | null;
  values: Record<string, unknown>;
  externalId?: string;
  recruiter?: string;
}

/**
 * Matches each row to a person: by our own id when the file is one of our exports (a spreadsheet
 * with an `id` column), otherwise by e-mail, case-insensitively. Never by a unique index: see
 * shared/replication/tables.ts.
 */
export async function planImport(db: Db, chapterId: string, read: ReadImport, newId: () => string): Promise<ImportPlan> {
  const externalKey = externalIdKey(read.format);
  const emails = [...new Set(read.rows.map((r) => r.member.email).filter((e): e is string => !!e))];
  const existingByEmail = new Map<string, Member>();
  const rosterIsEmpty = (await db.query('select 1 from members where chapter_id = $1 limit 1', [chapterId])).rows.length === 0;
  if (emails.length > 0 && !rosterIsEmpty) {
    const { rows } = await db.query<MemberRow>(
      `select ${memberColumns} from members
        where chapter_id = $1 and lower(email) = any($2::text[]) and deleted_at is null and merged_into is null
        order by updated_hlc`,
      [chapterId, emails],
    );
    for (const row of rows) if (!existingByEmail.has(row.email!.toLowerCase())) existingByEmail.set(row.email!.toLowerCase(), rowToMember(row));
  }
  const ours = externalKey ? new OwnIds() : await OwnIds.load(db, chapterId, read.rows.map((r) => r.member.externalId));

  // One entry per person: rows of the file with the same e-mail (or our id) fold into the first.
  const people = new Map<string, PlannedPerson>();
  let updatedCount = 0;
  let anonymous = 0;
  for (const { line, member } of read.rows) {
    const ownId = externalKey ? undefined : ours.usable(member.externalId);
    const key = ownId ?? member.email ?? `#${anonymous++}`;
    const values = importedValues(member, externalKey);
    const planned = people.get(key) ?? (member.email ? people.get(member.email) : undefined);
    if (planned) {
      planned.values = mergeValues(planned.values, values);
      planned.recruiter = member.recruiterExternalId ?? planned.recruiter;
      updatedCount++;
      continue;
    }
    const existing = (ownId ? ours.member(ownId) : undefined) ?? (member.email ? existingByEmail.get(member.email) : undefined) ?? null;
    if (existing) updatedCount++;
    const person: PlannedPerson = { line, id: existing?.id ?? ownId ?? newId(), existing, values, externalId: member.externalId, recruiter: member.recruiterExternalId };
    people.set(key, person);
    if (member.email && key !== member.email) people.set(member.email, person);
  }

  const planned = [...new Set(people.values())];
  await linkRecruiters(db, chapterId, externalKey, planned);

  const plan: ImportPlan = { creates: [], updates: [], updatedCount };
  for (const person of planned) {
    if (!person.existing) {
      plan.creates.push({ line: person.line, id: person.id, values: { first_name: '', last_name: '', ...person.values } });
      continue;
    }
    const changes = diffAgainst(person.existing, person.values);
    if (Object.keys(changes).length > 0) plan.updates.push({ line: person.line, id: person.id, values: changes });
  }
  return plan;
}

/**
 * Our own member ids found in a re-imported export. An id is reused for a new member only when no
 * row anywhere has it (ids are global: reusing another chapter's would lose the row).
 */
class OwnIds {
  private readonly inChapter = new Map<string, Member>();
  private readonly taken = new Set<string>();

  static async load(db: Db, chapterId: string, candidates: (string | undefined)[]): Promise<OwnIds> {
    const own = new OwnIds();
    const ids = [...new Set(candidates.filter((c): c is string => !!c && OUR_ID.test(c)))];
    if (ids.length === 0) return own;
    const { rows } = await db.query<MemberRow>(`select ${memberColumns} from members where id = any($1::text[])`, [ids]);
    for (const row of rows) {
      own.taken.add(row.id);
      if (row.chapter_id === chapterId && !row.deleted_at && !row.merged_into) own.inChapter.set(row.id, rowToMember(row));
    }
    return own;
  }

  /** The id to use for this row: ours if it is one of this chapter's or free, else none. */
  usable(id: string | undefined): string | undefined {
    if (!id || !OUR_ID.test(id)) return undefined;
    return this.inChapter.has(id) || !this.taken.has(id) ? id : undefined;
  }

  member(id: string): Member | undefined {
    return this.inChapter.get(id);
  }
}

/**
 * Turns a recruiter column into `recruited_by`, looking in the file and then the roster: another
 * tool's id (kept in a custom field), or our own id in a re-imported export of ours.
 */
async function linkRecruiters(db: Db, chapterId: string, externalKey: string | null, people: PlannedPerson[]): Promise<void> {
  const wanted = people.filter((p) => p.recruiter);
  if (wanted.length === 0) return;
  const byExternal = new Map<string, string>();
  for (const p of people) if (p.externalId) byExternal.set(p.externalId, p.id);
  const missing = [...new Set(wanted.map((p) => p.recruiter!).filter((r) => !byExternal.has(r)))];
  if (missing.length > 0) {
    const { rows } = externalKey
      ? await db.query<{ id: string; ext: string }>(
          `select id, custom->>$2 as ext from members where chapter_id = $1 and custom->>$2 = any($3::text[]) and deleted_at is null`,
          [chapterId, externalKey, missing],
        )
      : await db.query<{ id: string; ext: string }>(`select id, id as ext from members where chapter_id = $1 and id = any($2::text[])`, [chapterId, missing]);
    for (const row of rows) byExternal.set(row.ext, row.id);
  }
  for (const p of wanted) {
    const recruiterId = byExternal.get(p.recruiter!);
    if (recruiterId && recruiterId !== p.id) p.values.recruited_by = recruiterId;
  }
}

export function previewOf(read: ReadImport, plan: ImportPlan): ImportPreview {
  const sample = [...plan.creates.map((c) => ({ ...c, action: 'create' as const })), ...plan.updates.map((u) => ({ ...u, action: 'update' as const }))]
    .sort((a, b) => a.line - b.line)
    .slice(0, 50)
    .map(({ line, action, values }) => {
      const source = read.rows.find((r) => r.line === line)?.member;
      return {
        line,
        action,
        firstName: source?.firstName ?? '',
        lastName: source?.lastName ?? '',
        email: source?.email ?? null,
        phone: source?.phone ?? null,
        tags: (values.tags as string[] | undefined) ?? source?.tags ?? [],
      };
    });
  return {
    format: read.format,
    encoding: read.encoding,
    headers: read.headers,
    mapping: read.mapping,
    created: plan.creates.length,
    updated: plan.updatedCount,
    rejected: read.rejected,
    sample,
  };
}
