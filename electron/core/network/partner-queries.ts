// The directory of partner organisations: search over what a person would remember of one (its
// name, what it works on, a contact's name or e-mail, a word in the notes), and the campaigns,
// meetings and events each shares with the chapter.
import type { Partner, PartnerLink } from '../../../shared/contract/index.js';
import type { Db } from '../../../shared/db/db.js';

interface PartnerRow {
  id: string;
  name: string;
  description: string | null;
  works_on: string[];
  contacts: Partner['contacts'];
  website: string | null;
  notes: string | null;
  created_at: string | null;
}

interface LinkRow {
  id: string;
  partner_id: string;
  campaign_id: string | null;
  campaign_name: string | null;
  meeting_id: string | null;
  event_title: string | null;
  event_on: string | null;
  note: string | null;
}

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface PartnerFilter {
  id?: string;
  search?: string;
  worksOn?: string | undefined;
}

export async function partnerRows(db: Db, chapterId: string, filter: PartnerFilter = {}): Promise<Partner[]> {
  const params: unknown[] = [chapterId];
  let where = 'p.chapter_id = $1 and p.deleted_at is null';
  if (filter.id) {
    params.push(filter.id);
    where += ` and p.id = $${params.length}`;
  }
  // Every word must appear somewhere in the partner's searchable text.
  for (const word of (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10)) {
    params.push(likePattern(word));
    where += ` and p.search_text like $${params.length}`;
  }
  if (filter.worksOn) {
    params.push(filter.worksOn.trim().toLowerCase());
    where += ` and exists (select 1 from jsonb_array_elements_text(p.works_on) w where lower(w) = $${params.length})`;
  }
  const { rows } = await db.query<PartnerRow>(
    `select p.id, p.name, p.description, p.works_on, p.contacts, p.website, p.notes, p.created_at
       from partners p where ${where} order by lower(p.name), p.id limit 1000`,
    params,
  );
  const links = await linksOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    worksOn: r.works_on,
    contacts: r.contacts,
    website: r.website,
    notes: r.notes,
    createdAt: r.created_at,
    links: links.filter((l) => l.partnerId === r.id),
  }));
}

export async function linksOf(db: Db, partnerIds: readonly string[], linkId?: string): Promise<PartnerLink[]> {
  if (partnerIds.length === 0 && !linkId) return [];
  const { rows } = await db.query<LinkRow>(
    `select l.id, l.partner_id, l.campaign_id, c.name as campaign_name, l.meeting_id, l.event_title, l.event_on, l.note
       from partner_links l left join campaigns c on c.id = l.campaign_id
      where ${linkId ? 'l.id = $1' : 'l.partner_id = any($1::text[]) and l.active'}
      order by coalesce(l.event_on, ''), l.id`,
    [linkId ?? partnerIds],
  );
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partner_id,
    kind: r.campaign_id ? 'campaign' : r.meeting_id ? 'meeting' : 'event',
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    meetingId: r.meeting_id,
    eventTitle: r.event_title,
    eventOn: r.event_on,
    note: r.note,
  }));
}
