// Pledges on two devices through a real hub on 127.0.0.1: each records pledges and payments while
// apart, both mark the same instalment, both add the same member to a group; after sync both show
// the same pledges, instalments and totals. Runs on the hub's PGlite, and on PostgreSQL in
// `npm run test:postgres`.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { localToday } from '../../electron/core/pledges/pledge-rows.js';
import { addDays } from '../../shared/pledges/calendar-date.js';
import { backend } from '../server/support/hub-store.js';
import { HubDevices } from '../support/hub-devices.js';

const devices = new HubDevices();
afterEach(() => devices.cleanUp());

/** What both devices must agree on: campaigns with totals, every pledge with its instalments, thermometers. */
async function picture(core: Core) {
  const campaigns = await core.call('campaigns.list', {});
  const { rows } = await core.call('pledges.list', { limit: 500 });
  const pledges = [];
  for (const row of rows.sort((a, b) => a.id.localeCompare(b.id))) {
    const detail = await core.call('pledges.get', { id: row.id });
    pledges.push({ ...detail, instalments: detail.instalments.map(({ id, status, paidOn, method, reference, receiptNo }) => ({ id, status, paidOn, method, reference, receiptNo })) });
  }
  const overview = await core.call('thermometers.overview', {});
  return { campaigns, pledges, overview };
}

describe(`pledges on two devices (${backend})`, () => {
  it('records pledges and payments offline on both, and both show the same totals after sync', async () => {
    const hub = await devices.startHub();
    const { chapterId } = await hub.createChapter('Riverside');
    const a = await devices.joined(chapterId);
    const ann = await a.call('members.create', { firstName: 'Ann', email: 'ann@example.org' });
    const bo = await a.call('members.create', { firstName: 'Bo', email: 'bo@example.org' });
    const campaign = await a.call('campaigns.create', { name: 'Rent strike fund', goal: '5000.00', currency: 'USD' });
    const start = addDays(localToday(), -14);
    const { pledge: weekly } = await a.call('pledges.create', { memberId: ann.id, campaignId: campaign.id, amount: '10.00', recurrence: 'weekly', startOn: start });
    const group = await a.call('groups.create', { name: 'Reading group' });
    await a.syncOnce();
    const b = await devices.joined(chapterId);
    expect((await b.call('campaigns.list', {}))[0]).toMatchObject({ id: campaign.id, pledged: 3000 });

    // Apart. A takes cash at a meeting and pays Ann's first instalment; B records Bo's monthly
    // pledge, waives Ann's second instalment, and pays Ann's first instalment too (a cheque).
    await a.call('pledges.create', { memberId: bo.id, campaignId: campaign.id, amount: '50.00', paidNow: { method: 'cash' } });
    await a.call('pledges.pay', { pledgeId: weekly.id, dueOn: start, method: 'cash' });
    await a.call('groups.addMember', { groupId: group.id, memberId: ann.id });
    await b.call('pledges.create', { memberId: bo.id, campaignId: campaign.id, amount: '5.00', recurrence: 'monthly', startOn: start });
    await b.call('pledges.mark', { instalmentId: `${weekly.id}_${addDays(start, 7)}`, status: 'waived' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.call('pledges.pay', { pledgeId: weekly.id, dueOn: start, method: 'cheque', reference: '000777' });
    await b.call('groups.addMember', { groupId: group.id, memberId: ann.id });
    expect((await a.call('campaigns.list', {}))[0]).toMatchObject({ pledged: 8000, fulfilled: 6000 });
    expect((await b.call('campaigns.list', {}))[0]).toMatchObject({ pledged: 2500, fulfilled: 1000 });

    await a.syncOnce();
    await b.syncOnce();
    await a.syncOnce();
    const seenByA = await picture(a);
    const seenByB = await picture(b);
    expect(seenByB).toEqual(seenByA);
    // Ann's weekly: 3 due, one waived → 2 pledged, 1 paid. Bo: 50 cash, and 5 a month (one due).
    expect(seenByA.campaigns[0]).toMatchObject({ pledged: 2000 + 5000 + 500, fulfilled: 1000 + 5000, pledgeCount: 3 });
    const ann1 = seenByA.pledges.find((p) => p.id === weekly.id)!.instalments[0]!;
    // The same instalment paid on both: one row, each field the later write (B's cheque).
    expect(ann1).toMatchObject({ status: 'paid', method: 'cheque', reference: '000777', receiptNo: expect.stringMatching(/^R-/) });
    expect(seenByA.overview.groups).toEqual([expect.objectContaining({ id: group.id, memberCount: 1, thermometers: [expect.objectContaining({ pledged: 2000, fulfilled: 1000 })] })]);
  }, 120_000);
});
