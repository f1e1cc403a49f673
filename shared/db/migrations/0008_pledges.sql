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

-- Local, not replicated: the sums the thermometers read, kept by triggers as pledge_tallies,
-- group_members and members change, so a read sums a few rows instead of joining 100,000 members
-- with 25,000 pledges. Each trigger adds what starts counting and subtracts what stops, so the
-- invariants hold whichever way a row changed (this device, a hub, a rebuild):
--   pledge_sums  = the live tallies, per chapter, campaign ('' for the chapter itself) and unit;
--   group_sums   = the live tallies of each group's active members, per unit;
--   group_counts = each group's active memberships whose member is live.
-- A member is in a group once: memberships have ids derived from the group and the member.
create table pledge_sums (
  chapter_id text not null,
  campaign_key text not null,
  kind text not null,
  currency text not null,
  pledged bigint not null default 0,
  fulfilled bigint not null default 0,
  pledges integer not null default 0,
  primary key (chapter_id, campaign_key, kind, currency)
);

create table group_sums (
  group_id text not null,
  kind text not null,
  currency text not null,
  pledged bigint not null default 0,
  fulfilled bigint not null default 0,
  pledges integer not null default 0,
  primary key (group_id, kind, currency)
);

create table group_counts (
  group_id text primary key,
  members integer not null default 0
);

-- Adds signed tally rows to both sums: what starts counting with +, what stops with -. The
-- triggers below gather their transition tables' rows into arrays for it.
create function pledge_sums_add(chapters text[], campaigns text[], members text[], kinds text[], currencies text[],
                                pledged bigint[], fulfilled bigint[], signs integer[]) returns void language sql as $$
  with d as (select * from unnest(chapters, campaigns, members, kinds, currencies, pledged, fulfilled, signs)
               as x(chapter_id, campaign_key, member_id, kind, currency, pledged, fulfilled, sign)),
  c as (
    insert into pledge_sums as s (chapter_id, campaign_key, kind, currency, pledged, fulfilled, pledges)
    select chapter_id, campaign_key, kind, currency, sum(sign * pledged), sum(sign * fulfilled), sum(sign) from d group by 1, 2, 3, 4
    on conflict (chapter_id, campaign_key, kind, currency) do update
      set pledged = s.pledged + excluded.pledged, fulfilled = s.fulfilled + excluded.fulfilled, pledges = s.pledges + excluded.pledges
    returning 1)
  insert into group_sums as s (group_id, kind, currency, pledged, fulfilled, pledges)
  select gm.group_id, d.kind, d.currency, sum(d.sign * d.pledged), sum(d.sign * d.fulfilled), sum(d.sign)
    from d join group_members gm on gm.member_id = d.member_id and gm.active group by 1, 2, 3
  on conflict (group_id, kind, currency) do update
    set pledged = s.pledged + excluded.pledged, fulfilled = s.fulfilled + excluded.fulfilled, pledges = s.pledges + excluded.pledges
$$;

create function pledge_sums_changed() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then
    perform pledge_sums_add(array_agg(chapter_id), array_agg(coalesce(campaign_id, '')), array_agg(member_id), array_agg(kind),
                            array_agg(coalesce(currency, '')), array_agg(pledged), array_agg(fulfilled), array_agg(1))
       from new_tallies where live having count(*) > 0;
  elsif TG_OP = 'UPDATE' then
    -- Only rows whose counted values moved: marking a tally stale changes nothing here.
    perform pledge_sums_add(array_agg(chapter_id), array_agg(coalesce(campaign_id, '')), array_agg(member_id), array_agg(kind),
                            array_agg(coalesce(currency, '')), array_agg(pledged), array_agg(fulfilled), array_agg(sign))
       from (select n.chapter_id, n.campaign_id, n.member_id, n.kind, n.currency, n.pledged, n.fulfilled, 1 as sign, n.live as counts
               from new_tallies n join old_tallies o on o.pledge_id = n.pledge_id
              where (o.chapter_id, o.campaign_id, o.member_id, o.kind, o.currency, o.pledged, o.fulfilled, o.live)
                    is distinct from (n.chapter_id, n.campaign_id, n.member_id, n.kind, n.currency, n.pledged, n.fulfilled, n.live)
             union all
             select o.chapter_id, o.campaign_id, o.member_id, o.kind, o.currency, o.pledged, o.fulfilled, -1, o.live
               from new_tallies n join old_tallies o on o.pledge_id = n.pledge_id
              where (o.chapter_id, o.campaign_id, o.member_id, o.kind, o.currency, o.pledged, o.fulfilled, o.live)
                    is distinct from (n.chapter_id, n.campaign_id, n.member_id, n.kind, n.currency, n.pledged, n.fulfilled, n.live)) d
      where counts having count(*) > 0;
  else
    perform pledge_sums_add(array_agg(chapter_id), array_agg(coalesce(campaign_id, '')), array_agg(member_id), array_agg(kind),
                            array_agg(coalesce(currency, '')), array_agg(pledged), array_agg(fulfilled), array_agg(-1))
       from old_tallies where live having count(*) > 0;
  end if;
  return null;
end
$$;
create trigger pledge_tallies_sums_insert after insert on pledge_tallies
  referencing new table as new_tallies for each statement execute function pledge_sums_changed();
create trigger pledge_tallies_sums_update after update on pledge_tallies
  referencing old table as old_tallies new table as new_tallies for each statement execute function pledge_sums_changed();
create trigger pledge_tallies_sums_delete after delete on pledge_tallies
  referencing old table as old_tallies for each statement execute function pledge_sums_changed();

-- Memberships that start (+1) or stop (-1) counting: each adds or subtracts its member's live
-- tallies to the group's sums, and one to its count when the member is live.
create function group_membership_add(groups text[], members text[], signs integer[]) returns void language sql as $$
  with d as (select * from unnest(groups, members, signs) as x(group_id, member_id, sign)),
  s as (
    insert into group_sums as s (group_id, kind, currency, pledged, fulfilled, pledges)
    select d.group_id, t.kind, coalesce(t.currency, ''), sum(d.sign * t.pledged), sum(d.sign * t.fulfilled), sum(d.sign)
      from d join pledge_tallies t on t.member_id = d.member_id and t.live group by 1, 2, 3
    on conflict (group_id, kind, currency) do update
      set pledged = s.pledged + excluded.pledged, fulfilled = s.fulfilled + excluded.fulfilled, pledges = s.pledges + excluded.pledges
    returning 1)
  insert into group_counts as c (group_id, members)
  select d.group_id, sum(d.sign) from d join members m on m.id = d.member_id
   where m.deleted_at is null and m.erased_at is null and m.merged_into is null group by 1
  on conflict (group_id) do update set members = c.members + excluded.members
$$;

-- An update is both: the old row stops and the new one starts (an unchanged row cancels out).
create function group_members_changed() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then
    perform group_membership_add(array_agg(group_id), array_agg(member_id), array_agg(1)) from new_memberships where active having count(*) > 0;
  elsif TG_OP = 'UPDATE' then
    perform group_membership_add(array_agg(group_id), array_agg(member_id), array_agg(sign))
       from (select group_id, member_id, 1 as sign from new_memberships where active
             union all
             select group_id, member_id, -1 from old_memberships where active) d
     having count(*) > 0;
  else
    perform group_membership_add(array_agg(group_id), array_agg(member_id), array_agg(-1)) from old_memberships where active having count(*) > 0;
  end if;
  return null;
end
$$;
create trigger group_members_sums_insert after insert on group_members
  referencing new table as new_memberships for each statement execute function group_members_changed();
create trigger group_members_sums_update after update on group_members
  referencing old table as old_memberships new table as new_memberships for each statement execute function group_members_changed();
create trigger group_members_sums_delete after delete on group_members
  referencing old table as old_memberships for each statement execute function group_members_changed();

-- A member who stops being live (deleted, erased, merged) leaves every group's count; one who
-- comes back (restored, or put back by a rebuild) returns to it.
create function members_group_counts() returns trigger language plpgsql as $$
begin
  -- Nobody is in a group yet: nothing to count (a roster import on a new chapter).
  if not exists (select 1 from group_members) then
    return null;
  end if;
  if TG_OP = 'INSERT' then
    insert into group_counts as c (group_id, members)
    select gm.group_id, count(*) from new_members n join group_members gm on gm.member_id = n.id and gm.active
     where n.deleted_at is null and n.erased_at is null and n.merged_into is null group by 1
    on conflict (group_id) do update set members = c.members + excluded.members;
  elsif TG_OP = 'UPDATE' then
    insert into group_counts as c (group_id, members)
    select gm.group_id, sum(f.sign)
      from (select n.id, case when n.deleted_at is null and n.erased_at is null and n.merged_into is null then 1 else -1 end as sign
              from new_members n join old_members o on o.id = n.id
             where (n.deleted_at is null and n.erased_at is null and n.merged_into is null)
                <> (o.deleted_at is null and o.erased_at is null and o.merged_into is null)) f
      join group_members gm on gm.member_id = f.id and gm.active
     group by 1
    on conflict (group_id) do update set members = c.members + excluded.members;
  else
    insert into group_counts as c (group_id, members)
    select gm.group_id, -count(*) from old_members o join group_members gm on gm.member_id = o.id and gm.active
     where o.deleted_at is null and o.erased_at is null and o.merged_into is null group by 1
    on conflict (group_id) do update set members = c.members + excluded.members;
  end if;
  return null;
end
$$;
create trigger members_group_counts_insert after insert on members
  referencing new table as new_members for each statement execute function members_group_counts();
create trigger members_group_counts_update after update on members
  referencing old table as old_members new table as new_members for each statement execute function members_group_counts();
create trigger members_group_counts_delete after delete on members
  referencing old table as old_members for each statement execute function members_group_counts();
