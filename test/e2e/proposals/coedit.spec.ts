// Two windows on ONE browser host co-edit one proposal: what is typed in one appears in the other
// in the right place, formatting crosses too, and each shows the other's caret with the organiser's
// name. (Co-editing across devices through a hub is tested with the sync suite.) Any console error
// fails the test (fixtures.ts).
import type { Locator, Page } from '@playwright/test';
import { checkScreen, screenshotBothSchemes } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { setUpChapter } from '../support/seed';
import { coreCall, ProposalPage, ProposalsBoard } from './proposals-pages';

async function openProposal(page: Page, title: string): Promise<ProposalPage> {
  const board = new ProposalsBoard(page);
  await board.open();
  await board.item(title).getByRole('link', { name: title }).click();
  const proposal = new ProposalPage(page);
  await expect(proposal.heading(title)).toBeVisible();
  await expect(proposal.editor).toBeVisible();
  return proposal;
}

/**
 * Puts the caret at the end of the text, the way a person does: click, then Ctrl+End. Both windows
 * are tabs of one browser window and a hidden tab gets no animation frames, so the window is brought
 * to the front first. ProseMirror puts its own selection back 20 ms after the editor gains focus,
 * so keys pressed within that moment (no person is that fast) would land where the caret was.
 */
async function caretToEnd(page: Page, editor: Locator): Promise<void> {
  await page.bringToFront();
  await editor.click();
  await expect(editor).toBeFocused();
  await page.waitForTimeout(60);
  await page.keyboard.press('Control+End');
}

/** The editor's blocks as text, without the carets' name labels drawn inside them. */
function blocks(editor: Locator): Promise<string[]> {
  return editor.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return [...copy.children].map((block) => `${block.tagName.toLowerCase()}: ${block.textContent ?? ''}`);
  });
}

test('two windows co-edit a proposal: text, formatting and carets cross live', async ({ page, context, host }, testInfo) => {
  await setUpChapter(page);
  await coreCall(page, 'proposals.create', { title: 'Community garden', summary: 'Turn the empty lot into a garden.', tags: ['green'] });
  await page.reload();
  const first = await openProposal(page, 'Community garden');

  const other = await context.newPage();
  await other.goto(host.url);
  const second = await openProposal(other, 'Community garden');

  await test.step('text typed in one window appears in the other', async () => {
    await caretToEnd(page, first.editor);
    await page.keyboard.type('Plant beds along the fence.');
    await expect(second.editor).toContainText('Plant beds along the fence.');

    await caretToEnd(other, second.editor);
    await other.keyboard.press('Enter');
    await other.keyboard.type('Ask the landlord for water.');
    await expect(first.editor).toContainText('Ask the landlord for water.');
    expect(await blocks(first.editor)).toEqual(['p: Plant beds along the fence.', 'p: Ask the landlord for water.']);
  });

  await test.step("each window shows the other's caret with the organiser's name", async () => {
    // The first window's caret moves, so it publishes its position again.
    await caretToEnd(page, first.editor);
    await expect(second.caretLabels).toHaveText(['Robin Organiser']);
    await expect(first.caretLabels).toHaveText(['Robin Organiser']);
    await expect(first.editorRegion.getByRole('status')).toHaveAccessibleName('Also editing: Robin Organiser');
  });

  await test.step('formatting crosses too', async () => {
    await page.keyboard.press('Enter');
    await first.toolbar.getByRole('button', { name: 'Heading', exact: true }).click();
    await expect(first.editor).toBeFocused();
    await page.keyboard.type('Costs');
    await expect(first.toolbar.getByRole('button', { name: 'Heading', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(second.editor.getByRole('heading', { name: 'Costs', level: 2 })).toBeVisible();
    // Both windows hold the same document.
    await expect.poll(() => blocks(second.editor)).toEqual(['p: Plant beds along the fence.', 'p: Ask the landlord for water.', 'h2: Costs']);
    expect(await blocks(first.editor)).toEqual(await blocks(second.editor));
  });

  await test.step('the text is found by search once the core has stored it', async () => {
    await checkScreen(page, 'proposal-editor');
    await screenshotBothSchemes(page, testInfo, 'proposal-editor');
    const board = new ProposalsBoard(page);
    await board.open();
    await board.search.fill('landlord');
    await expect(board.item('Community garden')).toBeVisible();
    await board.search.fill('nothing-like-this');
    await expect(page.getByRole('heading', { name: 'No proposals match' })).toBeVisible();
  });

  await other.close();
});
