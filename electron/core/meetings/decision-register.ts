// The decisions register: every decision the chapter has made, in a meeting or by a vote board,
// with what it decided on (proposal or motion), where (meeting, agenda item) and how it is being
// carried out (the proposal's status and progress).
import type { RegisterEntry } from '../../../shared/contract/meetings.js';
import type { Db } from '../../../shared/db/db.js';
import { decisionsWhere } from '../proposals/proposal-queries.js';

export interface RegisterFilter {
  search: string;
  meetingId?: string | undefined;
  tag?: string | undefined;
  status?: string | undefined;
  limit: number;
}

interface ContextRow {
  id: string;
  meeting_title: string | null;
  agenda_title: string | null;
  proposal_title: string | null;
  proposal_status: string | null;
  progress: number | null;
  tags: string[] | null;
  motion_text: string | null;
}

export async function decisionRegister(db: Db, chapterId: string, filter: RegisterFilter): Promise<RegisterEntry[]> {
  const params: unknown[] = [chapterId];
  const where = ['d.chapter_id = $1'];
  if (filter.meetingId) {
    params.push(filter.meetingId);
    where.push(`d.meeting_id = $${params.length}`);
  }
  if (filter.tag) {
    params.push(JSON.stringify([filter.tag]));
    where.push(`p.tags @> $${params.length}::jsonb`);
  }
  if (filter.status) {
    params.push(filter.status);
    where.push(`p.status = $${params.length}`);
  }
  if (filter.search.trim()) {
    params.push(`%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const n = params.length;
    where.push(`(lower(coalesce(p.title, '')) like $${n} or lower(coalesce(mo.text, '')) like $${n} or lower(coalesce(d.outcome, '')) like $${n}
                 or lower(coalesce(mt.title, '')) like $${n} or lower(coalesce(ai.title, '')) like $${n} or d.hash like $${n})`);
  }
  params.push(filter.limit);
  const { rows } = await db.query<ContextRow>(
    `select d.id, mt.title as meeting_title, ai.title as agenda_title, p.title as proposal_title, p.status as proposal_status,
            p.progress, p.tags, mo.text as motion_text
       from decisions d
       left join proposals p on p.id = d.proposal_id
       left join meetings mt on mt.id = d.meeting_id
       left join agenda_items ai on ai.id = d.agenda_item_id
       left join motions mo on mo.decision_id = d.id
      where ${where.join(' and ')}
      order by d.closed_at desc nulls last, d.id
      limit $${params.length}`,
    params,
  );
  if (rows.length === 0) return [];
  const context = new Map(rows.map((r) => [r.id, r]));
  // Standing (stands, superseded, conflict) needs the other decisions on the same question.
  const decisions = await decisionsWhere(
    db,
    `chapter_id = $1 and (id = any($2::text[]) or proposal_id in (select proposal_id from decisions where id = any($2::text[]))
       or supersedes = any($2::text[]) or id in (select supersedes from decisions where id = any($2::text[])))`,
    [chapterId, [...context.keys()]],
  );
  const byId = new Map(decisions.map((d) => [d.id, d]));
  return rows.map((r) => {
    const d = byId.get(r.id)!;
    return {
      ...d,
      meetingTitle: r.meeting_title,
      agendaItemTitle: r.agenda_title,
      proposalTitle: r.proposal_title,
      proposalStatus: r.proposal_status,
      progress: r.proposal_title === null ? null : r.progress,
      tags: r.tags ?? [],
      motionText: r.motion_text,
    };
  });
}
