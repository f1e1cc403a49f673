// The replicated tables of proposals: the proposal, its supporters, comments, milestones and the
// decisions taken on it. The proposal's body and its vote board are Yjs documents, not rows
// (rooms `<chapter>/proposal/<id>` and `<chapter>/board/<id>`); a row only carries the board's
// definition, so that the rules are fixed before anyone votes.
import { z } from 'zod';
import type { ColumnSpec, TableSpec } from './tables.js';
import { chainColumns } from './meeting-tables.js';

const text = (max: number): ColumnSpec => ({ type: 'text', value: z.string().max(max).nullable() });
const id: ColumnSpec = { type: 'text', value: z.string().max(64).nullable() };
const stamp: ColumnSpec = { type: 'text', value: z.string().max(40).nullable() };

export const proposalStatuses = ['proposed', 'voting', 'accepted', 'rejected', 'in_progress', 'done', 'dropped'] as const;

export const proposalsTable: TableSpec = {
  name: 'proposals',
  columns: {
    title: { type: 'text', default: "''", value: z.string().max(300) },
    summary: text(4000),
    tags: { type: 'jsonb', default: "'[]'::jsonb", value: z.array(z.string().max(60)).max(50) },
    advocate_id: id,
    created_by: text(200),
    created_at: stamp,
    status: { type: 'text', default: "'proposed'", value: z.enum(proposalStatuses) },
    owner_id: id,
    progress: { type: 'integer', default: '0', value: z.number().int().min(0).max(100) },
    // The vote board's definition (method, options, quorum, closing time, ...), set when it opens.
    board: { type: 'jsonb', value: z.record(z.string(), z.unknown()).nullable() },
    deleted_at: stamp,
  },
};

export const proposalSupportsTable: TableSpec = {
  name: 'proposal_supports',
  columns: {
    proposal_id: id,
    member_id: id,
    supported: { type: 'boolean', default: 'true', value: z.boolean() },
    at: stamp,
  },
};

export const proposalCommentsTable: TableSpec = {
  name: 'proposal_comments',
  columns: {
    proposal_id: id,
    parent_id: id,
    body: { type: 'text', default: "''", value: z.string().max(20000) },
    author_name: text(200),
    author_member_id: id,
    created_at: stamp,
    deleted_at: stamp,
  },
};

export const milestonesTable: TableSpec = {
  name: 'milestones',
  columns: {
    proposal_id: id,
    title: { type: 'text', default: "''", value: z.string().max(300) },
    due_on: text(10),
    done_at: stamp,
    deleted_at: stamp,
  },
};

export const decisionsTable: TableSpec = {
  name: 'decisions',
  immutable: true,
  columns: {
    proposal_id: id,
    meeting_id: id,
    agenda_item_id: id,
    method: text(20),
    outcome: text(300),
    winner: text(300),
    tally: { type: 'jsonb', value: z.record(z.string(), z.unknown()).nullable() },
    quorum_met: { type: 'boolean', value: z.boolean().nullable() },
    closed_by: text(200),
    closed_at: stamp,
    // The board state that was counted: a vote merged after closing changes nothing.
    board_state_vector: text(100000),
    board_hash: text(64),
    supersedes: id,
    // Its place in the chain of records written on its device (hash included).
    ...chainColumns,
  },
};

export const proposalTables: TableSpec[] = [proposalsTable, proposalSupportsTable, proposalCommentsTable, milestonesTable, decisionsTable];
