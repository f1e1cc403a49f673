// A proposal's page beyond the editor: its fields saved as they are left, comments and replies,
// milestones with due dates, the "Open a vote" form checked as it is filled in, a consent vote
// with hidden results and a block entered by proxy, the trail, and the Markdown export. Any
// console error fails the test (fixtures.ts).
import fs from 'node:fs';
import { screenshotBothSchemes } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { createMember, setUpChapter } from '../support/seed';
import { coreCall, dismissToasts, pickMember, ProposalPage, ProposalsBoard } from './proposals-pages';

test('a proposal page: details, comments, milestones, a consent vote with a block, trail and export', async ({ page }, testInfo) => {
  await setUpChapter(page);
  await createMember(page, { firstName: 'Ana', lastName: 'Lima' });
  await createMember(page, { firstName: 'Bruno', lastName: 'Costa' });
  await coreCall(page, 'proposals.create', { title: 'Adopt a code of conduct', summary: 'For meetings and online spaces.' });
  await page.reload();
  const board = new ProposalsBoard(page);
  await board.open();
  await board.item('Adopt a code of conduct').getByRole('link').click();
  const proposal = new ProposalPage(page);
  const main = page.getByRole('main');

  await test.step('the title and the details are saved as they are left', async () => {
    const title = main.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('');
    await expect(title).toHaveAccessibleDescription('Give the proposal a title; the old one is kept until then');
    await title.fill('Adopt the code of conduct');
    await title.press('Enter');
    await expect(proposal.heading('Adopt the code of conduct')).toBeVisible();
    await pickMember(main.getByRole('combobox', { name: 'Owner' }), page, 'Bruno');
    await expect(main).toContainText('Owner: Bruno Costa');
    await main.getByRole('combobox', { name: 'Tags' }).fill('safety');
    await main.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await expect(main.locator('.proposal-byline')).toContainText('safety');
  });

  await test.step('comments take replies', async () => {
    await main.getByRole('textbox', { name: 'Add a comment' }).fill('Who enforces it?');
    await main.getByRole('button', { name: 'Comment', exact: true }).click();
    const comments = main.getByRole('list', { name: 'Comments' });
    await expect(comments).toContainText('Who enforces it?');
    await comments.getByRole('button', { name: 'Reply' }).click();
    await main.getByRole('textbox', { name: 'Reply to Robin Organiser' }).fill('A rotating pair of stewards.');
    await main.getByRole('button', { name: 'Send reply' }).click();
    await expect(comments.getByRole('list', { name: 'Replies' })).toContainText('A rotating pair of stewards.');
  });

  await test.step('milestones are added with due dates and ticked off', async () => {
    await main.getByRole('textbox', { name: 'New milestone' }).fill('Draft the text');
    await main.getByLabel('Due', { exact: true }).fill('2020-01-31');
    await main.getByRole('button', { name: 'Add milestone' }).click();
    const milestones = main.getByRole('list', { name: 'Milestones' });
    await expect(milestones).toContainText('Draft the text');
    await expect(milestones).toContainText('Overdue');
    await milestones.getByRole('checkbox', { name: 'Draft the text' }).check();
    await expect(milestones).not.toContainText('Overdue');
    await expect(main.getByRole('heading', { name: /Milestones/ })).toContainText('1 of 1 done');
  });

  await test.step('the vote form says how to fix its options as they are typed', async () => {
    await proposal.openVote.click();
    const dialog = proposal.openVoteDialog;
    await dialog.getByRole('combobox', { name: 'Method' }).selectOption('ranked');
    const options = dialog.getByRole('textbox', { name: /^Options/ });
    await options.fill('Only one');
    await options.blur();
    await expect(options).toHaveAccessibleDescription('A ranked vote needs at least two options');
    await dialog.getByRole('combobox', { name: 'Method' }).selectOption('consent');
    await dialog.getByRole('checkbox', { name: /Hide results until the vote closes/ }).check();
    await screenshotBothSchemes(page, testInfo, 'open-vote-dialog');
    await dialog.getByRole('button', { name: 'Open vote' }).click();
    await expect(proposal.tally).toContainText('Results hidden until the board closes');
  });

  await test.step('a block entered by proxy stops the proposal', async () => {
    await pickMember(proposal.votingAs, page, 'Ana');
    await main.getByRole('radio', { name: /Agree/ }).check();
    await proposal.castVote.click();
    await expect(proposal.tally).toContainText('1 member has voted');
    await pickMember(proposal.votingAs, page, 'Bruno');
    await main.getByRole('checkbox', { name: 'Proxy (entered for a member reached by phone or at the door)' }).check();
    await main.getByRole('radio', { name: /Block/ }).check();
    await proposal.castVote.click();
    await expect(proposal.tally).toContainText('2 members have voted');
    await expect(proposal.tally).not.toContainText('Leading');
    await main.getByRole('radio', { name: /Block/ }).check();
    await dismissToasts(page);
    await proposal.tally.scrollIntoViewIfNeeded();
    await screenshotBothSchemes(page, testInfo, 'consent-vote-hidden');
    await proposal.closeVote.click();
    await page.getByRole('alertdialog', { name: 'Close the vote?' }).getByRole('button', { name: 'Close and record the decision' }).click();
    await expect(proposal.decision.getByRole('heading', { name: 'Decided: Blocked' })).toBeVisible();
    await expect(proposal.decision).toContainText('2 members voted (1 by proxy)');
    await expect(page.getByRole('main').getByRole('heading', { name: 'Adopt the code of conduct', level: 1 })).toBeVisible();
    await expect(main.getByRole('combobox', { name: 'Status' })).toHaveValue('rejected');
  });

  await test.step('the trail lists every change, and the proposal exports as Markdown', async () => {
    const trail = main.getByRole('list', { name: 'Changes, newest first' });
    await expect(trail).toContainText('Decided: blocked');
    await expect(trail).toContainText('Milestone added: Draft the text');
    const download = page.waitForEvent('download');
    await proposal.exportMarkdown.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('adopt-the-code-of-conduct.md');
    const markdown = fs.readFileSync(await file.path(), 'utf8');
    expect(markdown).toContain('# Adopt the code of conduct');
    expect(markdown).toContain('### blocked');
  });
});
