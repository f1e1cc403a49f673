// A ranked-choice vote end to end on one browser host: a proposal drafted through the form, a
// ranked board with three options opened, three seeded members voting (one of them changing their
// vote, which replaces it instead of counting twice), the vote closed, and the decision shown with
// its rounds, quorum and hash. Screenshots of the board, the open vote and the decision are saved
// in light and dark for a person to look at. Any console error fails the test (fixtures.ts).
import { checkScreen, screenshotBothSchemes } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { createMember, setUpChapter } from '../support/seed';
import { dismissToasts, ProposalPage, ProposalsBoard } from './proposals-pages';

const OPTIONS = ['Bike racks', 'Rent fund', 'Garden'];

test('a ranked vote: opened, three members vote, closed, the decision shows its rounds and hash', async ({ page }, testInfo) => {
  await setUpChapter(page);
  for (const [firstName, lastName] of [
    ['Ana', 'Lima'],
    ['Bruno', 'Costa'],
    ['Chiara', 'Neri'],
  ] as const) {
    await createMember(page, { firstName, lastName });
  }
  await page.reload();
  const board = new ProposalsBoard(page);
  const proposal = new ProposalPage(page);

  await test.step('an empty board invites the first proposal', async () => {
    await board.open();
    await expect(board.heading).toBeVisible();
    await expect(board.emptyHeading).toBeVisible();
  });

  await test.step('a proposal drafted through the form opens on its own page', async () => {
    await board.create({
      title: 'Which project first?',
      summary: 'We have money for one project this spring.',
      tags: ['budget'],
      advocate: 'Ana',
      body: 'Three ideas came out of the March meeting.',
    });
    await expect(proposal.heading('Which project first?')).toBeVisible();
    await expect(proposal.editor).toContainText('Three ideas came out of the March meeting.');
    await expect(page.getByRole('main')).toContainText('Advocate: Ana Lima');
  });

  await test.step('a ranked board with three options and a quorum opens', async () => {
    await proposal.openBoard({ method: 'ranked', options: OPTIONS, quorumPercent: '50' });
    await expect(proposal.tally).toBeVisible();
    await expect(proposal.tally).toContainText('No votes yet');
    await expect(proposal.tally).toContainText('Quorum not met yet: 0 voted, 2 votes needed (50% of 3 members)');
    await expect(proposal.tally).toContainText('Not voted yet (3): Ana Lima, Bruno Costa, Chiara Neri');
  });

  await test.step('three members vote; a changed vote replaces the earlier one', async () => {
    await proposal.voteRanked('Ana', ['Garden', 'Bike racks']);
    await expect(page.getByRole('status').filter({ hasText: 'Vote cast for Ana Lima' })).toBeVisible();
    await proposal.voteRanked('Bruno', ['Rent fund', 'Garden']);
    await proposal.voteRanked('Chiara', ['Garden', 'Rent fund', 'Bike racks']);
    await expect(proposal.tally).toContainText('3 members voted');
    await expect(proposal.tally).toContainText('Leading: Garden');
    await expect(proposal.tally).toContainText('Everyone who may vote has voted');

    // Bruno changes his mind: asked first, then replaced, still three voters.
    await proposal.voteRanked('Bruno', ['Bike racks']);
    const ask = page.getByRole('alertdialog', { name: 'Replace Bruno Costa’s vote?' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Replace vote' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Vote replaced for Bruno Costa' })).toBeVisible();
    await expect(proposal.tally).toContainText('3 members voted');
    await expect(proposal.tally.getByRole('list', { name: 'Counts' })).toContainText('Bike racks');
    await expect(proposal.tally).toContainText('Quorum met: 3 voted, 2 votes needed');
    await checkScreen(page, 'proposal-open-vote');
    await proposal.tally.scrollIntoViewIfNeeded();
    await dismissToasts(page);
    await screenshotBothSchemes(page, testInfo, 'proposal-open-vote');
  });

  await test.step('closing the vote records the decision with its rounds and hash', async () => {
    await proposal.closeVote.click();
    const confirm = page.getByRole('alertdialog', { name: 'Close the vote?' });
    await confirm.getByRole('button', { name: 'Close and record the decision' }).click();
    await expect(proposal.decision).toBeVisible();
    await expect(proposal.decision.getByRole('heading', { name: 'Decided: Garden wins' })).toBeVisible();
    const rounds = proposal.decision.getByRole('table', { name: 'Rounds of the count' });
    await expect(rounds).toBeVisible();
    await expect(rounds.getByRole('columnheader', { name: 'Round 1' })).toBeVisible();
    await expect(rounds.getByRole('row', { name: /Garden/ })).toContainText('Wins');
    await expect(proposal.decision).toContainText('quorum met');
    await expect(proposal.decision).toContainText('closed by Robin Organiser');
    await expect(proposal.decision.locator('code.hash').first()).toHaveText(/^[0-9a-f]{64}$/);
    await expect(proposal.castVote).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('heading', { name: 'Trail' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Changes, newest first' })).toContainText('Decided: Garden wins');
    await checkScreen(page, 'proposal-decision');
    await proposal.decision.scrollIntoViewIfNeeded();
    await dismissToasts(page);
    await screenshotBothSchemes(page, testInfo, 'proposal-decision');
  });

  await test.step('the board lists it with its status, advocate and votes', async () => {
    await board.open();
    const item = board.item('Which project first?');
    await expect(item).toBeVisible();
    await expect(item).toContainText('Accepted');
    await expect(item).toContainText('Advocate: Ana Lima');
    await expect(item).toContainText('3 votes');
    await checkScreen(page, 'proposals-board');
    await dismissToasts(page);
    await screenshotBothSchemes(page, testInfo, 'proposals-board');
  });
});
