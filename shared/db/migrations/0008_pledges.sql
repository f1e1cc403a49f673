-- Pledges, campaigns, instalment marks, the chapter's goals, affinity groups and partners (see
-- shared/replication/pledge-tables.ts). Replicated tables carry their chapter, a clock per column
-- and the latest stamp, like members. Runs on PGlite (18) and the hub's PostgreSQL (15).

create table campaigns (
  id text primary key,
  chapter_id text not null,
  name text not null default '',
  description text,
  goal_kind text not null default 'money',
  currency text,
  goal bigint,
  starts_on text,
  ends_on text,
  created_at text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index campaigns_chapter on campaigns (chapter_id);

create table pledges (
  id text primary key,
  chapter_id text not null,
  member_id text,
  campaign_id text,
  kind text not null default 'money',
  amount bigint,
  currency text,
  recurrence text not null default 'once',
  start_on text,
  paused_ranges jsonb not null default '[]'::jsonb,
  cancelled_on text,
  note text,
  meeting_id text,
  created_at text,
  created_by text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index pledges_member on pledges (member_id);
create index pledges_campaign on pledges (campaign_id);
create index pledges_chapter on pledges (chapter_id, start_on);

-- One row per marked instalment, its id `<pledgeId>_<YYYY-MM-DD>`; unmarked instalments are not rows.
create table instalment_marks (
  id text primary key,
  chapter_id text not null,
  pledge_id text,
  due_on text,
  status text,
  paid_on text,
  method text,
  reference text,
  receipt_no text,
  received_by text,
  note text,
  meeting_id text,
  marked_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index instalment_marks_pledge on instalment_marks (pledge_id);
create index instalment_marks_paid on instalment_marks (chapter_id, paid_on) where status = 'paid';
create index instalment_marks_receipt on instalment_marks (receipt_no) where receipt_no is not null;

create table chapter_goals (
  id text primary key,
  chapter_id text not null,
  kind text not null default 'money',
  currency text,
  goal bigint,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index chapter_goals_chapter on chapter_goals (chapter_id);

create table affinity_groups (
  id text primary key,
  chapter_id text not null,
  name text not null default '',
  description text,
  created_at text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index affinity_groups_chapter on affinity_groups (chapter_id);

-- Who is in which group: one row per group and member (a deterministic id), `active` false once
-- they leave, so joining and leaving on two devices converge.
create table group_members (
  id text primary key,
  chapter_id text not null,
  group_id text,
  member_id text,
  active boolean not null default true,
  at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index group_members_group on group_members (group_id);
create index group_members_member on group_members (member_id);

create table partners (
  id text primary key,
  chapter_id text not null,
  name text not null default '',
  description text,
  works_on jsonb not null default '[]'::jsonb,
  contacts jsonb not null default '[]'::jsonb,
  website text,
  notes text,
  created_at text,
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null,
  -- What the directory's search matches: name, description, topics, contacts and notes, lower-cased.
  search_text text generated always as (
    lower(name || ' ' || coalesce(description, '') || ' ' || works_on::text || ' ' || contacts::text || ' ' ||
          coalesce(website, '') || ' ' || coalesce(notes, ''))
  ) stored
);
create index partners_chapter on partners (chapter_id, name);
create index partners_search on partners using gin (search_text gin_trgm_ops);

create table partner_links (
  id text primary key,
  chapter_id text not null,
  partner_id text,
  campaign_id text,
  meeting_id text,
  event_title text,
  event_on text,
  note text,
  active boolean not null default true,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);
create index partner_links_partner on partner_links (partner_id);
create index partner_links_campaign on partner_links (campaign_id);

-- Recruitment trees walk members by who recruited them.
create index members_recruited_by on members (recruited_by) where recruited_by is not null;

-- Local, not replicated: each pledge's pledged and fulfilled amounts as of a day, and the days
-- between which they stay true (valid_from <= day < valid_until). Thermometers sum these rows
-- instead of walking 300,000 instalments per read. The triggers below only mark a row stale
-- (valid_until = '') when its pledge or one of its marks changes, whichever way the change came
-- (this device, a hub, a rebuild); the core recounts stale rows with the shared rules
-- (shared/pledges/pledge-tally.ts) before it sums them. Statement triggers with transition
-- tables: a sync that brings 100,000 marks costs one update, not 100,000.
create table pledge_tallies (
  pledge_id text primary key,
  chapter_id text not null,
  campaign_id text,
  member_id text,
  kind text not null,
  currency text,
  live boolean not null default true,
  pledged bigint not null default 0,
  fulfilled bigint not null default 0,
  valid_from text not null default '',
  valid_until text not null default '',
  -- Why this pledge could not be counted (a row that does not read as a pledge), or null.
  problem text
);
create index pledge_tallies_stale on pledge_tallies (chapter_id, valid_until);
create index pledge_tallies_past on pledge_tallies (chapter_id, valid_from);
create index pledge_tallies_member on pledge_tallies (member_id);
create index pledge_tallies_campaign on pledge_tallies (campaign_id);
create index pledge_tallies_problems on pledge_tallies (chapter_id) where problem is not null;

create function pledge_tallies_from_pledges() returns trigger language plpgsql as $$
begin
  insert into pledge_tallies as t (pledge_id, chapter_id, campaign_id, member_id, kind, currency, live)
  select p.id, p.chapter_id, p.campaign_id, p.member_id, p.kind, p.currency, p.deleted_at is null from changed_pledges p
  on conflict (pledge_id) do update set
    chapter_id = excluded.chapter_id, campaign_id = excluded.campaign_id, member_id = excluded.member_id,
    kind = excluded.kind, currency = excluded.currency, live = excluded.live, valid_from = '', valid_until = '';
  return null;
end
$$;
create trigger pledges_tally_insert after insert on pledges
  referencing new table as changed_pledges for each statement execute function pledge_tallies_from_pledges();
create trigger pledges_tally_update after update on pledges
  referencing new table as changed_pledges for each statement execute function pledge_tallies_from_pledges();

create function pledge_tallies_forget() returns trigger language plpgsql as $$
begin
  delete from pledge_tallies where pledge_id in (select id from gone_pledges);
  return null;
end
$$;
create trigger pledges_tally_delete after delete on pledges
  referencing old table as gone_pledges for each statement execute function pledge_tallies_forget();

-- A mark's pledge is its id without the date: `<pledgeId>_<YYYY-MM-DD>` ends in 11 characters.
create function pledge_tallies_stale_by_marks() returns trigger language plpgsql as $$
begin
  update pledge_tallies set valid_from = '', valid_until = ''
   where pledge_id in (select left(id, -11) from changed_marks) and valid_until <> '';
  return null;
end
$$;
create trigger instalment_marks_tally_insert after insert on instalment_marks
  referencing new table as changed_marks for each statement execute function pledge_tallies_stale_by_marks();
create trigger instalment_marks_tally_update after update on instalment_marks
  referencing new table as changed_marks for each statement execute function pledge_tallies_stale_by_marks();
create trigger instalment_marks_tally_delete after delete on instalment_marks
  referencing old table as changed_marks for each statement execute function pledge_tallies_stale_by_marks();
