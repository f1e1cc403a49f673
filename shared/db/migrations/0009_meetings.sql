-- Meetings (see shared/replication/meeting-tables.ts): the meeting, its agenda, who came, the
-- motions put in the room, and the sealed record written when it closes. Replicated like members.
create table meetings (
  id text primary key,
  chapter_id text not null,
  title text not null default '',
  starts_at text,
  place text,
  online_link text,
  quorum_percent integer,
  status text not null default 'scheduled',
  opened_at text,
  sealed_at text,
  sealed_by text,
  record_id text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index meetings_chapter on meetings (chapter_id, starts_at);

create table agenda_items (
  id text primary key,
  chapter_id text not null,
  meeting_id text,
  position integer not null default 0,
  title text not null default '',
  proposal_id text,
  notes text,
  done_at text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index agenda_items_meeting on agenda_items (meeting_id, position);

-- One row per member and meeting, its id derived from both: two devices checking the same person
-- in make the same row, never two.
create table attendance (
  id text primary key,
  chapter_id text not null,
  meeting_id text,
  member_id text,
  checked_in_at text,
  via text,
  walk_in boolean not null default false,
  pledge_note text,
  left_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index attendance_meeting on attendance (meeting_id);

create table motions (
  id text primary key,
  chapter_id text not null,
  meeting_id text,
  agenda_item_id text,
  proposal_id text,
  text text not null default '',
  counting text not null default 'hands',
  votes_for integer not null default 0,
  votes_against integer not null default 0,
  votes_abstain integer not null default 0,
  proxies integer not null default 0,
  quorum_percent integer,
  corrects text,
  decision_id text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index motions_meeting on motions (meeting_id);

-- What a closed meeting was, written once: attendance, agenda, minutes and decisions, chained.
create table meeting_records (
  id text primary key,
  chapter_id text not null,
  meeting_id text,
  title text,
  starts_at text,
  place text,
  attendance jsonb,
  agenda jsonb,
  minutes text,
  minutes_state_hash text,
  decisions jsonb,
  sealed_by text,
  sealed_at text,
  supersedes text,
  correction text,
  device_id text,
  chain_seq integer,
  prev_hash text,
  hash text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index meeting_records_meeting on meeting_records (meeting_id);
create index meeting_records_chain on meeting_records (chapter_id, device_id, chain_seq);

-- Every decision joins its device's chain too.
alter table decisions add column device_id text;
alter table decisions add column chain_seq integer;
alter table decisions add column prev_hash text;
create index decisions_chain on decisions (chapter_id, device_id, chain_seq);
create index decisions_meeting on decisions (meeting_id);
create index members_phone on members (chapter_id, phone);
