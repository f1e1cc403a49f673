// The sums the thermometers read are kept by triggers (0008_pledges.sql). After pledges, payments,
// cancellations, deletions, group joins and leaves, and members deleted, merged and restored, they
// must equal the same sums counted from scratch over the tallies, memberships and members.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { pgliteExtensions } from '../../electron/core/db/db-template.js';
import { localToday } from '../../electron/core/pledges/pledge-rows.js';
import { addDays } from '../../shared/pledges/calendar-date.js';
import { openChapterCore, removeDir } from '../support/core-fixture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

/** Each query's rows, sorted, so two ways of counting can be compared. */
async function rows(pg: PGlite, sql: string): Promise<string[]> {
  return (await pg.query<Record<string, unknown>>(sql)).rows.map((r) => JSON.stringify(Object.values(r).map(String))).sort();
}

describe('trigger-kept sums', () => {
  it('equal the sums counted from scratch after every kind of change', async () => {
    const core = await openChapterCore();
    dirs.push(core.dataDir);
    const today = localToday();
    const ids: string[] = [];
    for (const name of ['Ann', 'Bo', 'Cy', 'Di']) ids.push((await core.call('members.create', { firstName: name })).id);
    const [ann, bo, cy, di] = ids as [string, string, string, string];
    const usd = await core.call('campaigns.create', { name: 'Fund', goal: '100.00', currency: 'USD' });
    const readers = await core.call('groups.create', { name: 'Readers' });
    const north = await core.call('groups.create', { name: 'North' });
    await core.call('groups.addMember', { groupId: readers.id, memberId: ann });
    await core.call('groups.addMember', { groupId: readers.id, memberId: bo });
    await core.call('groups.addMember', { groupId: north.id, memberId: bo });
    const weekly = (await core.call('pledges.create', { memberId: ann, campaignId: usd.id, amount: '5.00', recurrence: 'weekly', startOn: addDays(today, -35) })).pledge;
    const monthly = (await core.call('pledges.create', { memberId: bo, amount: '7.00', currency: 'EUR', recurrence: 'monthly', startOn: addDays(today, -70) })).pledge;
    await core.call('pledges.create', { memberId: cy, kind: 'hours', amount: '3', recurrence: 'weekly', startOn: addDays(today, -14) });
    const gone = (await core.call('pledges.create', { memberId: bo, campaignId: usd.id, amount: '9.00' })).pledge;
    await core.call('thermometers.overview', {});
    await core.call('pledges.pay', { pledgeId: weekly.id });
    await core.call('pledges.pay', { pledgeId: monthly.id, method: 'cash' });
    await core.call('pledges.mark', { instalmentId: `${weekly.id}_${addDays(today, -28)}`, status: 'waived' });
    await core.call('pledges.cancel', { id: weekly.id, on: addDays(today, -7) });
    await core.call('pledges.delete', { id: gone.id });
    await core.call('groups.addMember', { groupId: north.id, memberId: cy });
    await core.call('groups.removeMember', { groupId: readers.id, memberId: ann });
    await core.call('groups.addMember', { groupId: readers.id, memberId: ann });
    await core.call('groups.addMember', { groupId: readers.id, memberId: di });
    await core.call('members.delete', { id: di });
    await core.call('members.delete', { id: cy });
    await core.call('members.restore', { id: cy });
    await core.call('members.merge', { id: bo, intoId: ann });
    const overview = await core.call('thermometers.overview', {});
    expect(overview.groups.map((g) => [g.name, g.memberCount])).toEqual([
      ['North', 1],
      ['Readers', 1],
    ]);
    await core.close();

    const pg = await PGlite.create(path.join(core.dataDir, 'db'), { extensions: pgliteExtensions });
    try {
      expect(await rows(pg, `select chapter_id, campaign_key, kind, currency, pledged, fulfilled, pledges from pledge_sums where pledges > 0`)).toEqual(
        await rows(
          pg,
          `select chapter_id, coalesce(campaign_id, '') as a, kind, coalesce(currency, '') as b, sum(pledged) as c, sum(fulfilled) as d, count(*) as e
             from pledge_tallies where live group by 1, 2, 3, 4`,
        ),
      );
      expect(await rows(pg, `select group_id, kind, currency, pledged, fulfilled, pledges from group_sums where pledges > 0`)).toEqual(
        await rows(
          pg,
          `select gm.group_id, t.kind, coalesce(t.currency, '') as a, sum(t.pledged) as b, sum(t.fulfilled) as c, count(*) as d
             from group_members gm join pledge_tallies t on t.member_id = gm.member_id and t.live where gm.active group by 1, 2, 3`,
        ),
      );
      expect(await rows(pg, `select group_id, members from group_counts where members <> 0`)).toEqual(
        await rows(
          pg,
          `select gm.group_id, count(*) from group_members gm join members m on m.id = gm.member_id
            where gm.active and m.deleted_at is null and m.erased_at is null and m.merged_into is null group by 1`,
        ),
      );
      // And the tallies themselves match a recount: nothing stale is left after a read.
      expect((await pg.query(`select 1 from pledge_tallies where valid_until = ''`)).rows).toEqual([]);
    } finally {
      await pg.close();
    }
  });
});
