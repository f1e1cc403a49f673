// The replicated tables and their columns: the single description that the message schema, the
// apply SQL and the log scrubbing are generated from. A replicated table has `id` and `chapter_id`
// (fixed at creation), one clock per column in `clocks`, and the latest stamp in `updated_hlc`.
// Business keys (an e-mail) are never unique here: two devices may each add the same walk-in while
// apart, and a unique index would make their changes impossible to sync. Duplicates are merged.
import { z } from 'zod';
import { pledgeTables } from './pledge-tables.js';
import { meetingTables } from './meeting-tables.js';
import { proposalTables } from './proposal-tables.js';

export type ColumnType = 'text' | 'boolean' | 'integer' | 'bigint' | 'jsonb';

export interface ColumnSpec {
  type: ColumnType;
  /** SQL default used when a row is created by a message that does not set this column. */
  default?: string;
  /** Zod schema for a value of this column in a change message. */
  value: z.ZodType;
}

export interface TableSpec {
  name: string;
  columns: Record<string, ColumnSpec>;
  /**
   * Erasure: once `marker` is set, `personal` columns keep their erased values whatever the clocks
   * say (an offline device's later edit must not bring erased personal data back), and the change
   * log's copies of those columns for the row are scrubbed.
   */
  erasure?: { marker: string; personal: string[] };
  /** Written once, never changed (decisions): a later message for the same row is ignored. */
  immutable?: boolean;
}

const text = (max: number): ColumnSpec => ({ type: 'text', value: z.string().max(max).nullable() });
const stamp: ColumnSpec = { type: 'text', value: z.string().max(40).nullable() };
const flag: ColumnSpec = { type: 'boolean', value: z.boolean().nullable() };

export const chaptersTable: TableSpec = {
  name: 'chapters',
  columns: {
    name: { type: 'text', default: "''", value: z.string().min(1).max(200) },
    country: { type: 'text', default: "'US'", value: z.string().regex(/^[A-Z]{2}$/) },
    deleted_at: stamp,
  },
};

export const membersTable: TableSpec = {
  name: 'members',
  columns: {
    first_name: { type: 'text', default: "''", value: z.string().max(200) },
    last_name: { type: 'text', default: "''", value: z.string().max(200) },
    email: text(320),
    phone: text(20),
    street: text(300),
    city: text(200),
    region: text(200),
    postal_code: text(40),
    country: text(2),
    email_consent: flag,
    sms_consent: flag,
    tags: { type: 'jsonb', default: "'[]'::jsonb", value: z.array(z.string().max(60)).max(100) },
    status: { type: 'text', default: "'supporter'", value: z.enum(['member', 'supporter', 'lapsed']) },
    joined_on: text(10),
    recruited_by: text(64),
    notes: text(20000),
    custom: { type: 'jsonb', default: "'{}'::jsonb", value: z.record(z.string().max(100), z.string().max(2000)) },
    merged_into: text(64),
    deleted_at: stamp,
    erased_at: stamp,
  },
  erasure: {
    marker: 'erased_at',
    personal: [
      'first_name',
      'last_name',
      'email',
      'phone',
      'street',
      'city',
      'region',
      'postal_code',
      'country',
      'email_consent',
      'sms_consent',
      'tags',
      'joined_on',
      'recruited_by',
      'notes',
      'custom',
    ],
  },
};

export const replicatedTables: Record<string, TableSpec> = Object.fromEntries(
  [chaptersTable, membersTable, ...proposalTables, ...meetingTables, ...pledgeTables].map((spec) => [spec.name, spec]),
);

export function tableSpec(name: string): TableSpec {
  const spec = replicatedTables[name];
  if (!spec) throw new Error(`not a replicated table: ${name}`);
  return spec;
}
