-- The first schema: chapters, members and the change log. Runs on PGlite (PostgreSQL 18) on
-- devices and on PostgreSQL 15 at the hub, so it uses nothing newer than 15.
-- pg_trgm is created by the host before migrations (PGlite loads it as an extension bundle).

-- Replicated tables carry their chapter, one clock stamp per column (`clocks`) and the latest stamp.
create table chapters (
  id text primary key,
  chapter_id text not null,
  name text not null default '',
  country text not null default 'US',
  deleted_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null
);

create table members (
  id text primary key,
  chapter_id text not null,
  first_name text not null default '',
  last_name text not null default '',
  email text,
  phone text,
  street text,
  city text,
  region text,
  postal_code text,
  country text,
  email_consent boolean,
  sms_consent boolean,
  tags jsonb not null default '[]'::jsonb,
  status text not null default 'supporter',
  joined_on text,
  recruited_by text,
  notes text,
  custom jsonb not null default '{}'::jsonb,
  merged_into text,
  deleted_at text,
  erased_at text,
  clocks jsonb not null default '{}'::jsonb,
  updated_hlc text not null,
  -- What search-as-you-type matches: names, e-mail, phone digits and tags, lower-cased.
  search_text text generated always as (
    lower(first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' ||
          coalesce(regexp_replace(phone, '[^0-9]', '', 'g'), '') || ' ' || tags::text)
  ) stored
);
-- No unique index on e-mail, on purpose: see shared/replication/tables.ts.
create index members_by_name on members (chapter_id, last_name, first_name, id);
create index members_email on members (chapter_id, lower(email));
create index members_search on members using gin (search_text gin_trgm_ops);

-- Every change message, in the order this database stored them (`seq`, used by sync cursors).
create table change_log (
  seq bigserial primary key,
  id text not null unique,
  hlc text not null,
  chapter_id text not null,
  tbl text not null,
  row_id text not null,
  vals jsonb not null,
  device text not null,
  author text,
  -- Which hub this message came from (null: made here). Lets sync skip echoing it back.
  received_from text,
  stored_at timestamptz not null default now()
);
create index change_log_row on change_log (tbl, row_id);
