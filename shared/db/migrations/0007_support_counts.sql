-- The board of proposals ranks by support: counting supporters per proposal on every read took
-- most of the board's time at 1,000 proposals. A local projection (not replicated), kept by
-- triggers on both sides of the relation, so it is right whichever row arrives first by sync.
alter table proposals add column support_count integer not null default 0;

create function proposal_support_count(pid text) returns integer language sql stable as $$
  select count(*)::integer from proposal_supports where proposal_id = pid and supported
$$;

create function proposal_supports_changed() returns trigger language plpgsql as $$
begin
  update proposals set support_count = proposal_support_count(new.proposal_id) where id = new.proposal_id;
  return null;
end
$$;

create trigger proposal_supports_count after insert or update on proposal_supports
  for each row execute function proposal_supports_changed();

create function proposal_inserted() returns trigger language plpgsql as $$
begin
  new.support_count := proposal_support_count(new.id);
  return new;
end
$$;

create trigger proposals_support_count before insert on proposals
  for each row execute function proposal_inserted();

create index proposals_board on proposals (chapter_id, support_count desc, vote_count desc);
