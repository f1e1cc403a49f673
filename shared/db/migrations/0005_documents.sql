-- Yjs documents, on devices and hubs alike (shared/docs/doc-store.ts).
-- Documents (rooms `<chapterId>/<kind>/<id>`): updates appended as they arrive, squashed into
-- one snapshot per room when a room is loaded with many updates. `through_seq` is the last update
-- folded into the snapshot: a snapshot is only ever replaced by one that covers more.
create table doc_updates (
  seq bigserial primary key,
  room text not null,
  update bytea not null,
  stored_at timestamptz not null default now()
);
create index doc_updates_room on doc_updates (room, seq);

create table doc_snapshots (
  room text primary key,
  state bytea not null,
  through_seq bigint not null,
  updated_at timestamptz not null default now()
);
