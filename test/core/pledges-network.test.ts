// The chapter's network through the contract: recruitment trees and a member's page with what
// their recruits pledged, leaderboards over a period, affinity groups, and the partner directory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { localToday } from '../../electron/core/pledges/pledge-rows.js';
import { CallError } from '../../shared/contract/errors.js';
import { addDays } from '../../shared/pledges/calendar-date.js';
import { closeAndRemove, openChapterCore } from '../support/core-fixture.js';

let core: Core;
const today = localToday();

beforeEach(async () => {
  core = await openChapterCore();
});
afterEach(async () => {
  await closeAndRemove(core);
});

async function member(firstName: string, recruitedBy?: string, joinedOn?: string): Promise<string> {
  return (await core.call('members.create', { firstName, lastName: 'Test', ...(recruitedBy ? { recruitedBy } : {}), ...(joinedOn ? { joinedOn } : {}) })).id;
}

describe('recruitment', () => {
  it('shows a member’s recruits as a tree, with what they and their whole network pledged', async () => {
    const ann = await member('Ann');
    const bo = await member('Bo', ann, '2025-02-01');
    const cy = await member('Cy', ann, '2025-03-01');
    const di = await member('Di', bo, '2025-03-05');
    const ed = await member('Ed', di, '2025-03-06');
    await core.call('pledges.create', { memberId: ann, amount: '5.00', currency: 'USD' });
    await core.call('pledges.create', { memberId: bo, amount: '10.00', currency: 'USD', paidNow: { method: 'cash' } });
    await core.call('pledges.create', { memberId: cy, amount: '2', kind: 'hours' });
    await core.call('pledges.create', { memberId: ed, amount: '7.00', currency: 'USD' });
    // Two devices apart made a loop: Ann recruited by Ed. The walks still end.
    await core.call('members.update', { id: ann, changes: { recruitedBy: ed } });

    const page = await core.call('network.member', { memberId: ann });
    expect(page.member).toMatchObject({ id: ann, name: 'Ann Test', recruitedBy: { id: ed, name: 'Ed Test' } });
    expect(page.pledges.map((p) => p.amount)).toEqual([500]);
    expect(page.thermometers).toEqual([expect.objectContaining({ currency: 'USD', pledged: 500, goal: null })]);
    expect(page.recruits.map((r) => [r.name, r.more])).toEqual([
      ['Bo Test', 1],
      ['Cy Test', 0],
    ]);
    expect(page.recruits[0]!.pledged).toEqual([{ kind: 'money', currency: 'USD', pledged: 1000, fulfilled: 1000 }]);
    expect(page.networkSize).toBe(4);
    expect(page.recruitsPledged).toEqual([
      { kind: 'money', currency: 'USD', pledged: 1000, fulfilled: 1000 },
      { kind: 'hours', currency: null, pledged: 2, fulfilled: 0 },
    ]);
    expect(page.networkPledged[0]).toEqual({ kind: 'money', currency: 'USD', pledged: 1700, fulfilled: 1000 });

    const tree = await core.call('network.tree', { memberId: ann, depth: 2 });
    expect(tree.recruits.map((r) => [r.name, r.recruits.map((x) => [x.name, x.more])])).toEqual([
      ['Bo Test', [['Di Test', 1]]],
      ['Cy Test', []],
    ]);
    const deep = await core.call('network.tree', { memberId: ann, depth: 10 });
    expect(deep.recruits[0]!.recruits[0]!.recruits[0]).toMatchObject({ name: 'Ed Test', recruits: [], more: 0 });
  });

  it('ranks recruiters and fundraisers over a period, one fundraising board per currency', async () => {
    const ann = await member('Ann');
    const bo = await member('Bo', ann, '2025-02-01');
    await member('Cy', ann, '2025-03-01');
    await member('Di', bo, '2024-12-01');
    await core.call('pledges.create', { memberId: bo, amount: '10.00', currency: 'USD', paidNow: { method: 'cash', paidOn: '2025-03-02' } });
    await core.call('pledges.create', { memberId: ann, amount: '3.00', currency: 'USD', paidNow: { method: 'cash', paidOn: '2025-03-03' } });
    await core.call('pledges.create', { memberId: ann, amount: '500', currency: 'JPY', paidNow: { method: 'cash', paidOn: '2024-06-01' } });

    const all = await core.call('network.leaderboard', {});
    expect(all.recruiters.map((r) => [r.member.name, r.recruits])).toEqual([
      ['Ann Test', 2],
      ['Bo Test', 1],
    ]);
    expect(all.fundraisers.map((b) => [b.currency, b.entries.map((e) => [e.member.name, e.amount])])).toEqual([
      ['JPY', [['Ann Test', 500]]],
      ['USD', [['Bo Test', 1000], ['Ann Test', 300]]],
    ]);
    const march = await core.call('network.leaderboard', { from: '2025-03-01', to: '2025-03-31', limit: 1 });
    expect(march.recruiters.map((r) => [r.member.name, r.recruits])).toEqual([['Ann Test', 1]]);
    expect(march.fundraisers).toEqual([{ kind: 'money', currency: 'USD', entries: [{ member: { id: bo, name: 'Bo Test' }, amount: 1000, payments: 1 }] }]);
    await expect(core.call('network.leaderboard', { from: '2025-03-31', to: '2025-03-01' })).rejects.toThrow(/ends .* before it starts/);
  });
});

describe('affinity groups', () => {
  it('totals each group over its current members, and lists a member’s groups', async () => {
    const ann = await member('Ann');
    const bo = await member('Bo');
    const readers = await core.call('groups.create', { name: 'Reading group', description: 'Tuesdays' });
    const north = await core.call('groups.create', { name: 'North side team' });
    await core.call('groups.addMember', { groupId: readers.id, memberId: ann });
    await core.call('groups.addMember', { groupId: readers.id, memberId: bo });
    await core.call('groups.addMember', { groupId: north.id, memberId: bo });
    await core.call('pledges.create', { memberId: ann, amount: '10.00', currency: 'USD', recurrence: 'weekly', startOn: addDays(today, -7) });
    await core.call('pledges.create', { memberId: bo, amount: '4', kind: 'actions' });

    const got = await core.call('groups.get', { id: readers.id });
    expect(got).toMatchObject({ name: 'Reading group', description: 'Tuesdays', memberCount: 2 });
    expect(got.thermometers.map((t) => [t.kind, t.pledged])).toEqual([
      ['money', 2000],
      ['actions', 4],
    ]);
    expect((await core.call('groups.list', { memberId: bo })).map((g) => g.name)).toEqual(['North side team', 'Reading group']);
    await core.call('groups.update', { id: north.id, changes: { name: 'Northside team' } });
    await core.call('groups.delete', { id: readers.id });
    expect((await core.call('groups.list', {})).map((g) => g.name)).toEqual(['Northside team']);
    expect((await core.call('network.member', { memberId: bo })).groups).toEqual([{ id: north.id, name: 'Northside team' }]);
    await expect(core.call('groups.removeMember', { groupId: north.id, memberId: ann })).rejects.toBeInstanceOf(CallError);
  });
});

describe('partners', () => {
  it('keeps a searchable directory with contacts, topics, and the campaigns and events shared', async () => {
    const tenants = await core.call('partners.create', {
      name: 'Tenants Union',
      description: 'City-wide tenants organisation',
      worksOn: ['housing', 'rent'],
      contacts: [{ name: 'Maria Gomez', role: 'Organiser', email: 'Maria@Example.org' }],
    });
    expect(tenants.contacts).toEqual([{ name: 'Maria Gomez', role: 'Organiser', email: 'maria@example.org', phone: null }]);
    await core.call('partners.create', { name: 'Food Not Bombs', worksOn: ['food'], notes: 'Saturday kitchen at the hall' });
    const search = async (text: string) => (await core.call('partners.list', { search: text })).map((p) => p.name);
    expect(await search('')).toEqual(['Food Not Bombs', 'Tenants Union']);
    expect(await search('maria')).toEqual(['Tenants Union']);
    expect(await search('kitchen hall')).toEqual(['Food Not Bombs']);
    expect(await search('50%_')).toEqual([]);
    expect((await core.call('partners.list', { worksOn: 'Housing' })).map((p) => p.name)).toEqual(['Tenants Union']);

    const campaign = await core.call('campaigns.create', { name: 'Rent strike fund', goal: '5000.00', currency: 'USD' });
    const link = await core.call('partners.link', { partnerId: tenants.id, campaignId: campaign.id });
    expect(link).toMatchObject({ kind: 'campaign', campaignName: 'Rent strike fund' });
    const again = await core.call('partners.link', { partnerId: tenants.id, campaignId: campaign.id });
    expect(again.id).toBe(link.id);
    await core.call('partners.link', { partnerId: tenants.id, event: { title: 'Housing fair', on: '2025-05-10' } });
    await expect(core.call('partners.link', { partnerId: tenants.id } as never)).rejects.toThrow(/exactly one/);
    expect((await core.call('campaigns.get', { id: campaign.id })).partners).toEqual([{ id: tenants.id, name: 'Tenants Union', linkId: link.id }]);
    expect((await core.call('partners.get', { id: tenants.id })).links.map((l) => l.kind)).toEqual(['campaign', 'event']);
    await core.call('partners.unlink', { linkId: link.id });
    expect((await core.call('partners.get', { id: tenants.id })).links.map((l) => l.eventTitle)).toEqual(['Housing fair']);
    await core.call('partners.update', { id: tenants.id, changes: { website: 'https://tenants.example.org' } });
    await core.call('partners.delete', { id: tenants.id });
    expect(await search('')).toEqual(['Food Not Bombs']);
  });
});
