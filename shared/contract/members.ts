// The Members domain: the roster, its search, edits, merges, erasure, import and export.
import { z } from 'zod';
import { method } from './define.js';

export const memberStatuses = ['member', 'supporter', 'lapsed'] as const;
export const memberStatusSchema = z.enum(memberStatuses);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2025-03-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real date');

const tag = z.string().trim().min(1, 'a tag cannot be empty').max(60, 'a tag has at most 60 characters');

/** Editable profile fields. Every one is optional in a change; null clears a value. */
export const memberFieldsSchema = z.object({
  firstName: z.string().trim().max(200),
  lastName: z.string().trim().max(200),
  email: z.string().trim().toLowerCase().pipe(z.email('not an email address')).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+[1-9]\d{6,14}$/, 'use international format, like +15551234567')
    .nullable(),
  street: z.string().trim().max(300).nullable(),
  city: z.string().trim().max(200).nullable(),
  region: z.string().trim().max(200).nullable(),
  postalCode: z.string().trim().max(40).nullable(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'use a two-letter country code, like US')
    .nullable(),
  emailConsent: z.boolean().nullable(),
  smsConsent: z.boolean().nullable(),
  tags: z.array(tag).max(100),
  status: memberStatusSchema,
  joinedOn: isoDate.nullable(),
  recruitedBy: z.string().min(1).nullable(),
  notes: z.string().max(20000).nullable(),
  custom: z.record(z.string().min(1).max(100), z.string().max(2000)),
});
export type MemberFields = z.infer<typeof memberFieldsSchema>;
export const memberFieldNames = Object.keys(memberFieldsSchema.shape) as (keyof MemberFields)[];

export const memberSchema = memberFieldsSchema.extend({
  id: z.string(),
  chapterId: z.string(),
  mergedInto: z.string().nullable(),
  deletedAt: z.string().nullable(),
  erasedAt: z.string().nullable(),
  /** The latest clock stamp of any field: when this member last changed, anywhere. */
  updatedHlc: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberCreateSchema = memberFieldsSchema
  .partial()
  .extend({ firstName: z.string().trim().min(1, 'a first name is required').max(200) });
export type MemberCreate = z.infer<typeof memberCreateSchema>;

export const memberSearchSchema = z.object({
  query: z.string().max(200).default(''),
  tag: z.string().max(60).optional(),
  status: memberStatusSchema.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type MemberSearch = z.input<typeof memberSearchSchema>;

export const memberSummarySchema = memberSchema.pick({
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  tags: true,
  status: true,
  city: true,
  joinedOn: true,
});
export type MemberSummary = z.infer<typeof memberSummarySchema>;

export const importFormats = ['actionnetwork', 'nationbuilder', 'spreadsheet'] as const;
export const importFormatSchema = z.enum(importFormats);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** Where one CSV column goes: a member field, a custom field of that name, or nowhere. */
export const columnTargetSchema = z.union([
  z.enum([
    'firstName',
    'lastName',
    'fullName',
    'email',
    'phone',
    'mobilePhone',
    'street',
    'city',
    'region',
    'postalCode',
    'country',
    'emailConsent',
    'smsConsent',
    'tags',
    'status',
    'joinedOn',
    'notes',
    'externalId',
    'recruiterExternalId',
    'ignore',
  ]),
  z.string().regex(/^custom:.+$/),
]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

export const importRequestSchema = z.object({
  fileName: z.string().max(500),
  /** The file's bytes, base64: the core detects the encoding itself. */
  contentBase64: z.string().max(200 * 1024 * 1024, 'the file is larger than 150 MB'),
  format: z.union([z.literal('auto'), importFormatSchema]).default('auto'),
  /** One target per header, in header order; omitted means the format's default mapping. */
  mapping: z.array(columnTargetSchema).optional(),
  importId: z.string().max(100).optional(),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

export const rejectedRowSchema = z.object({ line: z.number().int(), reason: z.string() });
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

export const importPreviewSchema = z.object({
  format: importFormatSchema,
  encoding: z.string(),
  headers: z.array(z.string()),
  mapping: z.array(columnTargetSchema),
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.array(rejectedRowSchema),
  /** The first rows as they will be written, for the wizard's preview table. */
  sample: z.array(
    z.object({
      line: z.number().int(),
      action: z.enum(['create', 'update']),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      tags: z.array(z.string()),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.array(rejectedRowSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const exportFormats = ['ours', 'actionnetwork', 'nationbuilder'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

const idInput = z.object({ id: z.string().min(1) });

export const membersContract = {
  'members.search': method({
    input: memberSearchSchema,
    output: z.object({
      /** Exact when `totalExact`; otherwise a lower bound (a broad search): ask `members.count`. */
      total: z.number().int(),
      totalExact: z.boolean(),
      rows: z.array(memberSummarySchema),
    }),
    writes: false,
  }),
  /** The exact number of members a search matches (after a search answered with a lower bound). */
  'members.count': method({
    input: memberSearchSchema.pick({ query: true, tag: true, status: true }),
    output: z.object({ total: z.number().int() }),
    writes: false,
  }),
  /** Every live member matching a search, whole (the CLI's `members list`). */
  'members.list': method({
    input: memberSearchSchema.pick({ query: true, tag: true, status: true }),
    output: z.array(memberSchema),
    writes: false,
  }),
  'members.get': method({ input: idInput, output: memberSchema, writes: false }),
  'members.tags': method({
    input: z.object({}),
    output: z.array(z.object({ tag: z.string(), count: z.number().int() })),
    writes: false,
  }),
  'members.create': method({ input: memberCreateSchema, output: memberSchema, writes: true }),
  'members.update': method({
    input: z.object({ id: z.string().min(1), changes: memberFieldsSchema.partial() }),
    output: memberSchema,
    writes: true,
  }),
  'members.delete': method({ input: idInput, output: z.object({ id: z.string() }), writes: true }),
  'members.restore': method({ input: idInput, output: memberSchema, writes: true }),
  'members.merge': method({
    input: z.object({ id: z.string().min(1), intoId: z.string().min(1) }),
    output: memberSchema,
    writes: true,
  }),
  'members.erase': method({ input: idInput, output: z.object({ id: z.string() }), writes: true }),
  'members.duplicates': method({
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(z.object({ reason: z.string(), members: z.array(memberSummarySchema) })),
    writes: false,
  }),
  'members.importPreview': method({ input: importRequestSchema, output: importPreviewSchema, writes: false }),
  'members.import': method({ input: importRequestSchema, output: importResultSchema, writes: true }),
  'members.export': method({
    input: z.object({
      format: exportFormatSchema.default('ours'),
      search: memberSearchSchema.pick({ query: true, tag: true, status: true }).optional(),
    }),
    output: z.object({ fileName: z.string(), csv: z.string(), count: z.number().int() }),
    writes: false,
  }),
};
