// The replicated tables of pledges and the chapter's network: campaigns, pledges, the marks on
// their instalments (paid, missed, waived), the chapter's own goals, affinity groups and who is in
// them, partner organisations and what they share with the chapter.
// Expected instalments are not rows: they follow from a pledge by its schedule (shared/pledges),
// so two devices expanding the same pledge agree without syncing anything. Only a mark on an
// instalment is a row, keyed by the instalment's deterministic id (`<pledgeId>_<YYYY-MM-DD>`), so
// two devices marking the same instalment write the same row and converge field by field.
// Amounts are whole minor units (money) or whole hours or actions, in `bigint` columns: a large
// campaign's goal in cents passes 2^31.
import { z } from 'zod';
import type { ColumnSpec, TableSpec } from './tables.js';

const text = (max: number): ColumnSpec => ({ type: 'text', value: z.string().max(max).nullable() });
const id: ColumnSpec = { type: 'text', value: z.string().max(64).nullable() };
const stamp: ColumnSpec = { type: 'text', value: z.string().max(40).nullable() };
const date: ColumnSpec = { type: 'text', value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() };
const kind = z.enum(['money', 'hours', 'actions']);
const currency: ColumnSpec = { type: 'text', value: z.string().regex(/^[A-Z]{3}$/).nullable() };
const amount: ColumnSpec = { type: 'bigint', value: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable() };

export const paymentMethods = ['cash', 'cheque', 'card', 'transfer', 'other'] as const;

export const campaignsTable: TableSpec = {
  name: 'campaigns',
  columns: {
    name: { type: 'text', default: "''", value: z.string().max(200) },
    description: text(4000),
    goal_kind: { type: 'text', default: "'money'", value: kind },
    currency,
    goal: amount,
    starts_on: date,
    ends_on: date,
    created_at: stamp,
    deleted_at: stamp,
  },
};

export const pledgesTable: TableSpec = {
  name: 'pledges',
  columns: {
    member_id: id,
    /** Null: a pledge to the chapter rather than to one campaign. */
    campaign_id: id,
    kind: { type: 'text', default: "'money'", value: kind },
    amount,
    currency,
    recurrence: { type: 'text', default: "'once'", value: z.enum(['once', 'weekly', 'monthly']) },
    start_on: date,
    paused_ranges: {
      type: 'jsonb',
      default: "'[]'::jsonb",
      value: z.array(z.object({ from: z.string().max(10), to: z.string().max(10).nullable() })).max(200),
    },
    cancelled_on: date,
    note: text(2000),
    /** The meeting it was taken at, when it was. */
    meeting_id: id,
    created_at: stamp,
    created_by: text(200),
    deleted_at: stamp,
  },
};

export const instalmentMarksTable: TableSpec = {
  name: 'instalment_marks',
  columns: {
    pledge_id: id,
    due_on: date,
    /** Null: the mark was taken back, and the instalment is expected again. */
    status: { type: 'text', value: z.enum(['paid', 'missed', 'waived']).nullable() },
    paid_on: date,
    method: { type: 'text', value: z.enum(paymentMethods).nullable() },
    /** A cheque's number, a transfer's reference. */
    reference: text(100),
    receipt_no: text(40),
    received_by: text(200),
    note: text(2000),
    meeting_id: id,
    marked_at: stamp,
  },
};

export const chapterGoalsTable: TableSpec = {
  name: 'chapter_goals',
  columns: {
    kind: { type: 'text', default: "'money'", value: kind },
    currency,
    /** Null: no goal in this unit any more. */
    goal: amount,
  },
};

export const affinityGroupsTable: TableSpec = {
  name: 'affinity_groups',
  columns: {
    name: { type: 'text', default: "''", value: z.string().max(200) },
    description: text(4000),
    created_at: stamp,
    deleted_at: stamp,
  },
};

export const groupMembersTable: TableSpec = {
  name: 'group_members',
  columns: {
    group_id: id,
    member_id: id,
    active: { type: 'boolean', default: 'true', value: z.boolean() },
    at: stamp,
  },
};

const contact = z.object({
  name: z.string().max(200),
  role: z.string().max(200).nullable(),
  email: z.string().max(320).nullable(),
  phone: z.string().max(40).nullable(),
});

export const partnersTable: TableSpec = {
  name: 'partners',
  columns: {
    name: { type: 'text', default: "''", value: z.string().max(300) },
    description: text(4000),
    works_on: { type: 'jsonb', default: "'[]'::jsonb", value: z.array(z.string().max(60)).max(50) },
    contacts: { type: 'jsonb', default: "'[]'::jsonb", value: z.array(contact).max(50) },
    website: text(500),
    notes: text(20000),
    created_at: stamp,
    deleted_at: stamp,
  },
};

export const partnerLinksTable: TableSpec = {
  name: 'partner_links',
  columns: {
    partner_id: id,
    /** A campaign shared with the partner… */
    campaign_id: id,
    /** …or an event: a meeting of ours, or one described by its title and date. */
    meeting_id: id,
    event_title: text(300),
    event_on: date,
    note: text(2000),
    active: { type: 'boolean', default: 'true', value: z.boolean() },
  },
};

export const pledgeTables: TableSpec[] = [
  campaignsTable,
  pledgesTable,
  instalmentMarksTable,
  chapterGoalsTable,
  affinityGroupsTable,
  groupMembersTable,
  partnersTable,
  partnerLinksTable,
];
