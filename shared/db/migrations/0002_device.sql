-- This installation: its id (the clock's node and the `device` of its messages), the organiser
-- who uses it, and the chapter it shows. Local only: never replicated.
create table device (
  singleton boolean primary key default true check (singleton),
  id text not null,
  organiser_name text,
  organiser_member_id text,
  current_chapter text
);
