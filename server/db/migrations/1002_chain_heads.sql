-- Each device's chain of sealed records (decisions, closed meetings), as this hub saw it: every
-- place in a chain that reached the hub, with its hash, written the first time it arrived and never
-- changed. A device that later rewrites a record, even with every hash after it recomputed, no
-- longer matches what the hub recorded.
create table chain_heads (
  chapter_id text not null,
  device_id text not null,
  seq integer not null,
  hash text not null,
  recorded_at timestamptz not null default now(),
  primary key (chapter_id, device_id, seq)
);
