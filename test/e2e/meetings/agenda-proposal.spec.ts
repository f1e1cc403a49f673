// A proposal's vote closed in a meeting, and the decisions register: an agenda item tied to a
// proposal whose vote is open closes that vote from the meeting, counted against the meeting's
// attendance; the decision shows under the item and in the register, which finds it by meeting,
// tag and status, shows the proposal's status and progress, and links to the proposal's page.
import { expect, test } from '../support/fixtures';
import { createMember, setUpChapter } from '../support/seed';
import { coreCall } from '../proposals/proposals-pages';
import { DecisionsPage, MeetingPage, MeetingsPage } from './meetings-pages';

const TITLE = 'May general meeting';

test('a proposal’s vote closed in a meeting lands in the decisions register, linked to the proposal', async ({ page }) => {
  await setUpChapter(page);
  const members: string[] = [];
  for (const firstName of ['Ana', 'Bruno', 'Chiara']) members.push(await createMember(page, { firstName, lastName: 'Tenant' }));
  const proposal = await coreCall<{ id: string }>(page, 'proposals.create', { title: 'Bike racks', tags: ['transport'] });
  await coreCall(page, 'proposals.openBoard', {
    id: proposal.id,
    board: { method: 'majority', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false, quorum: { kind: 'attendance', share: 0.5 } },
  });
  for (const memberId of members.slice(0, 2)) await coreCall(page, 'proposals.vote', { id: proposal.id, memberId, ballot: { choice: 'yes' } });
  const meetingRow = await coreCall<{ id: string }>(page, 'meetings.create', { title: TITLE, startsAt: '2026-05-07T18:00:00Z', agenda: ['Welcome'] });
  await coreCall(page, 'meetings.open', { id: meetingRow.id });
  for (const memberId of members) await coreCall(page, 'attendance.checkIn', { meetingId: meetingRow.id, memberId });
  await page.reload();
  const meetings = new MeetingsPage(page);
  const meeting = new MeetingPage(page);
  const decisions = new DecisionsPage(page);

  await test.step('an agenda item tied to the proposal closes its vote, counted against the attendance', async () => {
    await meetings.open();
    await meetings.item(TITLE).getByRole('link', { name: TITLE }).click();
    await meeting.newItem.fill('Bike racks: the vote');
    await meeting.newItemProposal.selectOption({ label: 'Bike racks' });
    await meeting.addItem.click();
    const item = meeting.agendaItem('Bike racks: the vote');
    await expect(item).toContainText('Proposal: Bike racks');
    await expect(item).toContainText('Voting');
    await item.getByRole('button', { name: 'Close the vote on Bike racks in this meeting' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Close the vote in this meeting?' });
    await expect(confirm).toContainText('3 present now');
    await confirm.getByRole('button', { name: 'Close and record the decision' }).click();
    await expect(item).toContainText('Decided: Passed (vote board)');
    await expect(item).toContainText('Accepted');
    await expect(item.getByRole('button', { name: /Close the vote/ })).toHaveCount(0);
  });

  await test.step('the register shows it with where it was taken, the proposal’s status and progress, and its hash', async () => {
    await decisions.open();
    const entry = decisions.entry('Bike racks');
    await expect(decisions.list.getByRole('listitem')).toHaveCount(1);
    await expect(entry).toContainText('Decided: Passed');
    await expect(entry).toContainText(`Vote board · ${TITLE} · Bike racks: the vote`);
    await expect(entry).toContainText('Accepted');
    await expect(entry.getByRole('progressbar', { name: 'Progress of Bike racks' })).toHaveAttribute('aria-valuenow', '0');
    await expect(decisions.hash('Bike racks')).toHaveText(/^[0-9a-f]{64}$/);
  });

  await test.step('filters by meeting, tag and status, and search', async () => {
    await decisions.meetingFilter.selectOption({ label: TITLE });
    await expect(decisions.list.getByRole('listitem')).toHaveCount(1);
    await page.getByRole('main').getByRole('combobox', { name: 'Tag' }).selectOption('transport');
    await expect(decisions.list.getByRole('listitem')).toHaveCount(1);
    await page.getByRole('main').getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Rejected' });
    await expect(page.getByRole('main').getByRole('heading', { name: 'No decisions match' })).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).first().click();
    await decisions.search.fill('bike');
    await expect(decisions.list.getByRole('listitem')).toHaveCount(1);
    await decisions.search.fill('purple');
    await expect(page.getByRole('main').getByRole('heading', { name: 'No decisions match' })).toBeVisible();
    await decisions.search.fill('');
  });

  await test.step('the entry links to the proposal’s page', async () => {
    await decisions.entry('Bike racks').getByRole('link', { name: 'Proposal: Bike racks' }).click();
    await expect(page.getByRole('main').getByRole('heading', { name: 'Bike racks', level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByRole('region', { name: 'Decision' })).toContainText('Decided: Passed');
  });
});
