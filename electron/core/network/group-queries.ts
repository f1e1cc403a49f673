// Affinity groups and who is in them. Membership is one row per group and member with a derived id
// (pledge-checks.ts derivedId), `active` false once they leave, so two devices adding the same
// person while apart make one row. Deleted, erased and merged members are not counted; the counts
// are kept by triggers (group_counts, 0008_pledges.sql).
import type { Group, MemberRef } from '../../../shared/contract/index.js';
import type { Db } from '../../../shared/db/db.js';

const liveMember = 'm.deleted_at is null and m.erased_at is null and m.merged_into is null';

interface GroupRow {
  id: string;
  name: string;
  description: string | null;
  created_at: string | null;
  member_count: number;
}

export async function groupRows(db: Db, chapterId: string, filter: { id?: string; memberId?: string | undefined } = {}): Promise<Group[]> {
  const params: unknown[] = [chapterId];
  let where = 'g.chapter_id = $1 and g.deleted_at is null';
  if (filter.id) {
    params.push(filter.id);
    where += ` and g.id = $${params.length}`;
  }
  if (filter.memberId) {
    params.push(filter.memberId);
    where += ` and exists (select 1 from group_members x where x.group_id = g.id and x.member_id = $${params.length} and x.active)`;
  }
  const { rows } = await db.query<GroupRow>(
    `select g.id, g.name, g.description, g.created_at,
            coalesce((select c.members from group_counts c where c.group_id = g.id), 0) as member_count
       from affinity_groups g where ${where} order by lower(g.name), g.id`,
    params,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, description: r.description, memberCount: Number(r.member_count), createdAt: r.created_at }));
}

export async function groupMembers(db: Db, groupId: string): Promise<MemberRef[]> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `select distinct m.id, trim(m.first_name || ' ' || m.last_name) as name, lower(m.last_name), lower(m.first_name)
       from group_members gm join members m on m.id = gm.member_id
      where gm.group_id = $1 and gm.active and ${liveMember}
      order by lower(m.last_name), lower(m.first_name), m.id`,
    [groupId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name }));
}
