-- The hub's own tables, beside the shared ones (chapters, members, change_log, device).
-- Numbered from 1001 so they never collide with the shared migrations. PostgreSQL 15 and PGlite.

-- The admin: only the SHA-256 of its token is kept; the token itself is shown once.
create table hub_admin (
  singleton boolean primary key default true check (singleton),
  token_hash text not null,
  created_at timestamptz not null default now()
);

-- Invites: single use, expiring. Only the hash of the code is kept.
create table hub_invites (
  code_hash text primary key,
  role text not null check (role in ('organiser', 'observer', 'coordinator')),
  -- null for a coordinator (headquarters reads every chapter); required otherwise.
  chapter_id text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  used_by text,
  check ((role = 'coordinator') = (chapter_id is null))
);

-- Devices that joined with an invite. A token is bound to one chapter (or none, for a coordinator)
-- and one role; only its hash is kept.
create table hub_devices (
  id text primary key,
  token_hash text not null unique,
  role text not null check (role in ('organiser', 'observer', 'coordinator')),
  chapter_id text,
  name text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
create index hub_devices_chapter on hub_devices (chapter_id);

-- Pulls read one chapter's log in seq order after a cursor; reports read its latest entry.
create index change_log_chapter_seq on change_log (chapter_id, seq);
