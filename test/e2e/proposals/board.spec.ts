// The board of proposals: ranked by support, the most supported first; "+1 Support" as a member
// chosen in a dialog (this computer is not linked to a member yet), remembered, then a plain toggle;
// search and the status and tag filters. Any console error fails the test (fixtures.ts).
import { expect, test } from '../support/fixtures';
import { createMember, setUpChapter } from '../support/seed';
import { coreCall, pickMember, ProposalsBoard } from './proposals-pages';

test('the board ranks by support, and Support toggles as the chosen member', async ({ page }) => {
  await setUpChapter(page);
  const ana = await createMember(page, { firstName: 'Ana', lastName: 'Lima' });
  const bruno = await createMember(page, { firstName: 'Bruno', lastName: 'Costa' });
  await coreCall(page, 'proposals.create', { title: 'Bike racks', summary: 'Racks outside the hall.', tags: ['transit'], advocateId: ana });
  const rent = await coreCall<{ id: string }>(page, 'proposals.create', { title: 'Rent strike fund', tags: ['housing'], advocateId: bruno });
  await coreCall(page, 'proposals.create', { title: 'Tool library', body: 'Lend drills and ladders to neighbours.' });
  await coreCall(page, 'proposals.support', { id: rent.id, memberId: bruno });
  await page.reload();
  const board = new ProposalsBoard(page);
  await board.open();

  await test.step('the most supported proposal comes first, with its advocate and counts', async () => {
    await expect(board.list.getByRole('listitem')).toHaveCount(3);
    await expect(board.list.getByRole('listitem').first()).toHaveAccessibleName('Rent strike fund');
    await expect(board.item('Rent strike fund')).toContainText('Advocate: Bruno Costa');
    await expect(board.item('Rent strike fund')).toContainText('1 supporter');
  });

  await test.step('Support asks which member, can remember the answer, and lifts the proposal', async () => {
    const support = board.item('Tool library').getByRole('button', { name: 'Support', exact: true });
    await expect(support).toHaveAttribute('aria-pressed', 'false');
    await support.click();
    const ask = page.getByRole('dialog', { name: 'Who supports “Tool library”?' });
    await pickMember(ask.getByRole('combobox', { name: 'Supporting member' }), page, 'Ana');
    await ask.getByRole('checkbox', { name: 'This is me: remember it on this computer' }).check();
    await ask.getByRole('button', { name: 'Support', exact: true }).click();
    await expect(board.item('Tool library')).toContainText('1 supporter');
    await expect(board.item('Tool library').getByRole('button', { name: 'Support', exact: true })).toHaveAttribute('aria-pressed', 'true');

    // Remembered: the next press supports straight away, as Ana.
    const bikes = board.item('Bike racks').getByRole('button', { name: 'Support', exact: true });
    await bikes.click();
    await expect(bikes).toHaveAttribute('aria-pressed', 'true');
    await expect(board.item('Bike racks')).toContainText('1 supporter');
    // And pressing again withdraws it.
    await bikes.click();
    await expect(bikes).toHaveAttribute('aria-pressed', 'false');
    await expect(board.item('Bike racks')).toContainText('0 supporters');
  });

  await test.step('search reads titles, summaries and text; filters narrow by status and tag', async () => {
    await board.search.fill('drills');
    await expect(board.list.getByRole('listitem')).toHaveCount(1);
    await expect(board.item('Tool library')).toBeVisible();
    await board.search.fill('');
    await board.tagFilter.selectOption('transit');
    await expect(board.list.getByRole('listitem')).toHaveCount(1);
    await expect(board.item('Bike racks')).toBeVisible();
    await board.tagFilter.selectOption('');
    await board.statusFilter.selectOption('voting');
    await expect(page.getByRole('heading', { name: 'No proposals match' })).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(board.list.getByRole('listitem')).toHaveCount(3);
  });
});
