-- Proposals and what hangs off them (see shared/replication/proposal-tables.ts). Replicated tables
-- carry their chapter, a clock per column and the latest stamp, like members.
create table proposals (
  id text primary key,
  chapter_id text not null,
  title text not null default '',
  summary text,
  tags jsonb not null default '[]'::jsonb,
  advocate_id text,
  created_by text,
  created_at text,
  status text not null default 'proposed',
  owner_id text,
  progress integer not null default 0,
  board jsonb,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null,
  -- Local, not replicated: the body's plain text, projected from its Yjs document on this device.
  body_text text not null default '',
  -- Local, not replicated: how many members have voted on its board (projected from the board).
  vote_count integer not null default 0,
  search tsvector generated always as (
    to_tsvector('simple', title || ' ' || coalesce(summary, '') || ' ' || body_text || ' ' || tags::text)
  ) stored
);
create index proposals_chapter on proposals (chapter_id, status);
create index proposals_search on proposals using gin (search);

create table proposal_supports (
  id text primary key,
  chapter_id text not null,
  proposal_id text,
  member_id text,
  supported boolean not null default true,
  at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index proposal_supports_proposal on proposal_supports (proposal_id);

create table proposal_comments (
  id text primary key,
  chapter_id text not null,
  proposal_id text,
  parent_id text,
  body text not null default '',
  author_name text,
  author_member_id text,
  created_at text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index proposal_comments_proposal on proposal_comments (proposal_id);

create table milestones (
  id text primary key,
  chapter_id text not null,
  proposal_id text,
  title text not null default '',
  due_on text,
  done_at text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index milestones_proposal on milestones (proposal_id);

create table decisions (
  id text primary key,
  chapter_id text not null,
  proposal_id text,
  meeting_id text,
  agenda_item_id text,
  method text,
  outcome text,
  winner text,
  tally jsonb,
  quorum_met boolean,
  closed_by text,
  closed_at text,
  board_state_vector text,
  board_hash text,
  hash text,
  supersedes text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index decisions_proposal on decisions (proposal_id);
