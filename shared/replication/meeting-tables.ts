// The replicated tables of meetings: the meeting, its agenda items, attendance (one row per member
// and meeting, its id derived from both), motions counted in the room, and the meeting's sealed
// record. The minutes are a Yjs document (room `<chapter>/minutes/<meetingId>`), not a row; the
// sealed record keeps their text as it was when the meeting closed.
import { z } from 'zod';
import type { ColumnSpec, TableSpec } from './tables.js';

const text = (max: number): ColumnSpec => ({ type: 'text', value: z.string().max(max).nullable() });
const id: ColumnSpec = { type: 'text', value: z.string().max(64).nullable() };
const stamp: ColumnSpec = { type: 'text', value: z.string().max(40).nullable() };
const hash: ColumnSpec = { type: 'text', value: z.string().regex(/^[0-9a-f]{64}$/).nullable() };
const count: ColumnSpec = { type: 'integer', default: '0', value: z.number().int().min(0).max(1_000_000) };
const percent: ColumnSpec = { type: 'integer', value: z.number().int().min(0).max(100).nullable() };

export const meetingStatuses = ['scheduled', 'open', 'closed'] as const;

/** Where a record sits in its device's chain: the columns every sealed record carries. */
export const chainColumns: Record<string, ColumnSpec> = {
  device_id: text(64),
  chain_seq: { type: 'integer', value: z.number().int().min(1).nullable() },
  prev_hash: hash,
  hash,
};

export const meetingsTable: TableSpec = {
  name: 'meetings',
  columns: {
    title: { type: 'text', default: "''", value: z.string().max(300) },
    starts_at: stamp,
    place: text(300),
    online_link: text(2000),
    quorum_percent: percent,
    status: { type: 'text', default: "'scheduled'", value: z.enum(meetingStatuses) },
    opened_at: stamp,
    sealed_at: stamp,
    sealed_by: text(200),
    record_id: id,
    deleted_at: stamp,
  },
};

export const agendaItemsTable: TableSpec = {
  name: 'agenda_items',
  columns: {
    meeting_id: id,
    position: { type: 'integer', default: '0', value: z.number().int().min(0).max(1_000_000_000) },
    title: { type: 'text', default: "''", value: z.string().max(300) },
    proposal_id: id,
    notes: text(20000),
    done_at: stamp,
    deleted_at: stamp,
  },
};

export const attendanceTable: TableSpec = {
  name: 'attendance',
  columns: {
    meeting_id: id,
    member_id: id,
    checked_in_at: stamp,
    via: { type: 'text', value: z.enum(['desk', 'kiosk', 'phone']).nullable() },
    walk_in: { type: 'boolean', default: 'false', value: z.boolean() },
    pledge_note: text(200),
    left_at: stamp,
  },
};

export const motionsTable: TableSpec = {
  name: 'motions',
  columns: {
    meeting_id: id,
    agenda_item_id: id,
    proposal_id: id,
    text: { type: 'text', default: "''", value: z.string().max(4000) },
    counting: { type: 'text', default: "'hands'", value: z.enum(['hands', 'ballots']) },
    votes_for: count,
    votes_against: count,
    votes_abstain: count,
    proxies: count,
    quorum_percent: percent,
    /** The decision this motion corrects: its decision will supersede that one. */
    corrects: id,
    decision_id: id,
    deleted_at: stamp,
  },
};

export const meetingRecordsTable: TableSpec = {
  name: 'meeting_records',
  immutable: true,
  columns: {
    meeting_id: id,
    title: text(300),
    starts_at: stamp,
    place: text(300),
    attendance: { type: 'jsonb', value: z.array(z.record(z.string(), z.unknown())).max(100_000).nullable() },
    agenda: { type: 'jsonb', value: z.array(z.record(z.string(), z.unknown())).max(10_000).nullable() },
    minutes: text(1_000_000),
    minutes_state_hash: hash,
    decisions: { type: 'jsonb', value: z.array(z.record(z.string(), z.unknown())).max(10_000).nullable() },
    sealed_by: text(200),
    sealed_at: stamp,
    supersedes: id,
    /** Why a record corrects the one it supersedes. */
    correction: text(2000),
    ...chainColumns,
  },
};

export const meetingTables: TableSpec[] = [meetingsTable, agendaItemsTable, attendanceTable, motionsTable, meetingRecordsTable];

/** The tables whose rows are sealed records, hashed and chained per device. */
export const sealedTables = ['decisions', 'meeting_records'] as const;
export type SealedTable = (typeof sealedTables)[number];
