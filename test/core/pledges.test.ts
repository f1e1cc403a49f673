// Pledges through the contract on a real core: campaigns and their totals, recurring pledges and
// their instalments, payments with receipts, pauses and cancellations, what is due and who is
// behind, and the thermometers of the chapter, campaigns and groups.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { localToday } from '../../electron/core/pledges/pledge-rows.js';
import { CallError } from '../../shared/contract/errors.js';
import { addDays, dayNumber, isoDateOfDay, monthlyDayNumber, readIsoDate } from '../../shared/pledges/calendar-date.js';
import { closeAndRemove, openChapterCore } from '../support/core-fixture.js';

let core: Core;
let ann: string;
let bo: string;
const today = localToday();

beforeEach(async () => {
  core = await openChapterCore();
  ann = (await core.call('members.create', { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' })).id;
  bo = (await core.call('members.create', { firstName: 'Bo', lastName: 'Chen', email: 'bo@example.org' })).id;
});
afterEach(async () => {
  await closeAndRemove(core);
});

async function refused(promise: Promise<unknown>, code: CallError['code'], message: RegExp): Promise<CallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CallError);
  expect((error as CallError).code).toBe(code);
  expect((error as CallError).message).toMatch(message);
  return error as CallError;
}

/** The date `months` months before today, on the same day or the month's last. */
function monthsAgo(months: number): string {
  const t = readIsoDate(today)!;
  return isoDateOfDay(monthlyDayNumber(t.year, t.month, t.day, -months));
}

describe('campaigns and pledges', () => {
  it('counts a monthly pledge’s instalments due so far, and refuses a pledge in another currency', async () => {
    const campaign = await core.call('campaigns.create', { name: 'Rent strike fund', goal: '5000.00', currency: 'USD' });
    expect(campaign).toMatchObject({ name: 'Rent strike fund', kind: 'money', currency: 'USD', goal: 500000, pledged: 0, fulfilled: 0 });

    const start = monthsAgo(2);
    const { pledge } = await core.call('pledges.create', { memberId: ann, campaignId: campaign.id, amount: '10.00', recurrence: 'monthly', startOn: start });
    expect(pledge).toMatchObject({ currency: 'USD', amount: 1000, recurrence: 'monthly', status: 'active', pledged: 3000, fulfilled: 0, member: { id: ann, name: 'Ann Lee' } });
    await core.call('pledges.create', { memberId: bo, campaignId: campaign.id, amount: '25', currency: 'USD' });

    const error = await refused(core.call('pledges.create', { memberId: bo, campaignId: campaign.id, amount: '5.00', currency: 'EUR' }), 'validation', /collects USD/);
    expect(error.issues?.[0]?.path).toBe('currency');
    await refused(core.call('pledges.create', { memberId: bo, campaignId: campaign.id, kind: 'hours', amount: '3' }), 'validation', /collects USD/);
    await refused(core.call('pledges.create', { memberId: bo, amount: '5.001', currency: 'USD' }), 'validation', /3 decimals/);
    await refused(core.call('pledges.create', { memberId: bo, amount: '5.00' }), 'validation', /needs a currency/);

    const [listed] = await core.call('campaigns.list', {});
    expect(listed).toMatchObject({ id: campaign.id, pledged: 3000 + 2500, fulfilled: 0, pledgeCount: 2 });
    expect(listed!.thermometer).toMatchObject({ goal: 500000, pledgedPercent: 1, currency: 'USD' });

    // Paying the oldest instalment first, then a named one; a second payment of it is refused.
    const first = await core.call('pledges.pay', { pledgeId: pledge.id });
    expect(first.instalment).toMatchObject({ id: `${pledge.id}_${start}`, status: 'paid', paidOn: today });
    expect(first.receipt?.receiptNo).toMatch(/^R-\d{8}-[0-9A-Z]{8}$/);
    await core.call('pledges.pay', { pledgeId: pledge.id, dueOn: monthsAgo(1), method: 'cheque', reference: '000123' });
    await refused(core.call('pledges.pay', { pledgeId: pledge.id, dueOn: start }), 'conflict', /paid on .* already/);
    await refused(core.call('pledges.pay', { pledgeId: pledge.id, dueOn: addDays(start, 1) }), 'validation', /no instalment due on/);
    expect((await core.call('campaigns.list', {}))[0]).toMatchObject({ pledged: 5500, fulfilled: 2000 });

    const detail = await core.call('pledges.get', { id: pledge.id });
    expect(detail.instalments.filter((i) => i.dueOn <= today).map((i) => i.status)).toEqual(['paid', 'paid', 'unmarked']);
    expect(detail.instalments.filter((i) => i.dueOn > today)).toHaveLength(3);
    expect(detail.instalments[1]).toMatchObject({ method: 'cheque', reference: '000123' });
  });

  it('records cash taken at a meeting with a printable receipt', async () => {
    const { pledge, payment } = await core.call('pledges.create', {
      memberId: ann,
      amount: '20.00',
      currency: 'GBP',
      paidNow: { method: 'cash' },
      note: 'at the AGM',
    });
    expect(pledge).toMatchObject({ status: 'completed', pledged: 2000, fulfilled: 2000, campaignId: null });
    expect(payment?.receipt).toMatchObject({ memberName: 'Ann Lee', amount: 2000, currency: 'GBP', method: 'cash', chapterName: 'Riverside Tenants', receivedBy: 'Test Organiser' });
    const printed = await core.call('pledges.receipt', { instalmentId: payment!.instalment.id });
    expect(printed.text).toContain('£20.00');
    expect(printed.text).toContain(payment!.receipt!.receiptNo);
    expect(printed.html).toMatch(/^<!doctype html>/);
    expect(printed.html).toContain('Ann Lee');
    await refused(core.call('pledges.create', { memberId: ann, kind: 'hours', amount: '3', paidNow: { method: 'cash' } }), 'validation', /not paid in cash/);
  });

  it('marks instalments missed and waived, pauses and cancels, and says what is due and who is behind', async () => {
    const start = addDays(today, -21);
    const { pledge } = await core.call('pledges.create', { memberId: ann, amount: '5.00', currency: 'USD', recurrence: 'weekly', startOn: start });
    // Due: start, +7, +14, +21 (today).
    expect(pledge.pledged).toBe(2000);
    await core.call('pledges.mark', { instalmentId: `${pledge.id}_${start}`, status: 'missed' });
    await core.call('pledges.mark', { instalmentId: `${pledge.id}_${addDays(start, 7)}`, status: 'waived' });
    let view = (await core.call('pledges.list', { memberId: ann })).rows[0]!;
    expect(view).toMatchObject({ pledged: 1500, fulfilled: 0 });

    const behind = await core.call('pledges.behind', {});
    expect(behind).toEqual([expect.objectContaining({ pledgeId: pledge.id, member: { id: ann, name: 'Ann Lee' }, count: 2, amount: 1000, oldestDueOn: start })]);
    const owed = await core.call('pledges.due', { range: 'today' });
    expect(owed.items.map((i) => [i.dueOn, i.status])).toEqual([
      [start, 'missed'],
      [addDays(start, 14), 'unmarked'],
      [today, 'unmarked'],
    ]);
    const week = await core.call('pledges.due', {});
    expect(week.items.map((i) => i.instalmentId)).toContain(`${pledge.id}_${today}`);
    const summary = await core.call('pledges.dueSummary', {});
    expect(summary).toMatchObject({ behindCount: 1, behind: [{ kind: 'money', currency: 'USD', amount: 1000 }] });
    expect(JSON.stringify(summary)).not.toContain('Ann');

    // A missed instalment can still be paid; the oldest open one is paid first.
    await core.call('pledges.pay', { pledgeId: pledge.id });
    view = (await core.call('pledges.list', { memberId: ann })).rows[0]!;
    expect(view).toMatchObject({ pledged: 1500, fulfilled: 500 });

    // Paused from tomorrow with no end: nothing more falls due; resumed a week later.
    const paused = await core.call('pledges.pause', { id: pledge.id, from: addDays(today, 1) });
    expect(paused.nextDueOn).toBeNull();
    await refused(core.call('pledges.pause', { id: pledge.id }), 'conflict', /paused already/);
    const resumed = await core.call('pledges.resume', { id: pledge.id, on: addDays(today, 14) });
    expect(resumed.pausedRanges).toEqual([{ from: addDays(today, 1), to: addDays(today, 13) }]);
    expect(resumed.nextDueOn).toBe(addDays(today, 14));

    const cancelled = await core.call('pledges.cancel', { id: pledge.id, on: today });
    expect(cancelled).toMatchObject({ status: 'cancelled', pledged: 1000, nextDueOn: null });
    await core.call('pledges.delete', { id: pledge.id });
    expect((await core.call('pledges.list', { memberId: ann })).rows).toEqual([]);
    expect((await core.call('thermometers.overview', {})).chapter.thermometers).toEqual([]);
  });

  it('draws the chapter, campaign and group thermometers, per unit, with the chapter’s own goal', async () => {
    const campaign = await core.call('campaigns.create', { name: 'Phone bank', kind: 'actions', goal: '500' });
    expect(campaign).toMatchObject({ kind: 'actions', currency: null, goal: 500 });
    await refused(core.call('campaigns.create', { name: 'X', goal: '10', kind: 'hours', currency: 'USD' }), 'validation', /no currency/);
    await core.call('pledges.create', { memberId: ann, campaignId: campaign.id, amount: '40' });
    await core.call('pledges.create', { memberId: ann, amount: '12.50', currency: 'EUR', paidNow: { method: 'cash' } });
    await core.call('pledges.create', { memberId: bo, amount: '30', currency: 'USD' });
    await core.call('pledges.create', { memberId: bo, kind: 'hours', amount: '6' });
    const group = await core.call('groups.create', { name: 'Reading group' });
    await core.call('groups.addMember', { groupId: group.id, memberId: ann });
    await core.call('groups.addMember', { groupId: group.id, memberId: ann });
    await core.call('thermometers.setChapterGoal', { kind: 'money', currency: 'USD', goal: '1000.00' });

    const overview = await core.call('thermometers.overview', {});
    expect(overview.chapter.thermometers.map((t) => [t.kind, t.currency, t.goal, t.pledged, t.fulfilled])).toEqual([
      ['money', 'EUR', null, 1250, 1250],
      ['money', 'USD', 100000, 3000, 0],
      ['hours', null, null, 6, 0],
      ['actions', null, null, 40, 0],
    ]);
    expect(overview.campaigns).toEqual([{ id: campaign.id, name: 'Phone bank', thermometer: expect.objectContaining({ goal: 500, pledged: 40, pledgedPercent: 8 }) }]);
    expect(overview.groups).toEqual([
      {
        id: group.id,
        name: 'Reading group',
        memberCount: 1,
        thermometers: [expect.objectContaining({ currency: 'EUR', pledged: 1250 }), expect.objectContaining({ kind: 'actions', pledged: 40 })],
      },
    ]);
    expect(overview.problems).toEqual([]);

    const detail = await core.call('groups.get', { id: group.id });
    expect(detail.members).toEqual([{ id: ann, name: 'Ann Lee' }]);
    await core.call('groups.removeMember', { groupId: group.id, memberId: ann });
    expect((await core.call('groups.get', { id: group.id })).thermometers).toEqual([]);
    await refused(core.call('campaigns.delete', { id: campaign.id }), 'conflict', /1 pledge counts/);
  });

  it('stays right as days pass: a tally counted for one day is recounted for a later one', async () => {
    const { pledge } = await core.call('pledges.create', { memberId: ann, amount: '1.00', currency: 'USD', recurrence: 'weekly', startOn: addDays(today, -14) });
    const later = addDays(today, 15);
    const then = await core.call('campaigns.list', { asOf: later });
    expect(then).toEqual([]);
    const chapter = async (asOf: string) => (await core.call('thermometers.overview', { asOf })).chapter.thermometers[0]!.pledged;
    expect(await chapter(today)).toBe(300);
    expect(await chapter(later)).toBe(500);
    expect(await chapter(addDays(today, -14))).toBe(100);
    expect(await chapter(today)).toBe(300);
    await core.call('pledges.pay', { pledgeId: pledge.id, dueOn: addDays(today, 7), paidOn: addDays(today, 3) });
    const fulfilledOn = async (asOf: string) => (await core.call('thermometers.overview', { asOf })).chapter.thermometers[0]!.fulfilled;
    expect(await fulfilledOn(today)).toBe(0);
    expect(await fulfilledOn(addDays(today, 3))).toBe(100);
    expect(dayNumber(later) - dayNumber(today)).toBe(15);
  });
});
