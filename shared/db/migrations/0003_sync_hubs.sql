-- A device's links to hubs (row sync). Device-side only: a hub never fills these tables.
create table sync_hubs (
  id text primary key,
  url text not null,
  token text not null,
  -- The id the hub gave this device, and what it may do there.
  hub_device_id text not null,
  role text not null,
  -- The hub's chapter this link syncs (null for a headquarters coordinator, who reads reports).
  chapter_id text,
  -- Local change_log seq up to which this hub has acknowledged our messages.
  pushed_up_to bigint not null default 0,
  -- The hub's sequence number up to which we have pulled.
  pull_cursor bigint not null default 0,
  last_sync_at timestamptz,
  allow_insecure boolean not null default false,
  created_at timestamptz not null default now()
);

-- Messages a hub refused, shown on the Sync screen; their rows were restored to the hub's values.
create table sync_rejections (
  hub_id text not null,
  message_id text not null,
  tbl text not null,
  row_id text not null,
  vals jsonb not null,
  reason text not null,
  rejected_at timestamptz not null default now(),
  primary key (hub_id, message_id)
);
