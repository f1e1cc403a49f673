-- Search-as-you-type: a word of one or two letters cannot use the trigram index, so it matches
-- the start of a first name, last name or e-mail through these btree indexes instead.
-- text_pattern_ops makes LIKE 'ab%' an index range scan whatever the database's collation.
drop index if exists members_email;
create index members_email on members (chapter_id, lower(email) text_pattern_ops);
create index members_first_name_prefix on members (chapter_id, lower(first_name) text_pattern_ops);
create index members_last_name_prefix on members (chapter_id, lower(last_name) text_pattern_ops);
-- Finding this device's last stamp at start-up without reading the whole log.
create index change_log_device on change_log (device, seq);
