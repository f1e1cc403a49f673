// Two organisers on two computers (two browser hosts, each its own core and data dir) co-edit one
// proposal through a hub: each sees the other's text and caret live; with the hub gone both keep
// typing, and when it is back both end with the same text holding both edits.
import type { Locator, Page } from '@playwright/test';
import { coreCall, ProposalPage, ProposalsBoard } from '../proposals/proposals-pages';
import { setUpIfAsked } from './device-steps';
import { expect, test } from './sync-fixtures';

async function openProposal(page: Page, title: string): Promise<ProposalPage> {
  const board = new ProposalsBoard(page);
  await board.open();
  await board.item(title).getByRole('link', { name: title }).click();
  const proposal = new ProposalPage(page);
  await expect(proposal.heading(title)).toBeVisible();
  await expect(proposal.editor).toBeVisible();
  return proposal;
}

/** Click, wait out ProseMirror's own selection restore (20 ms), then go to the end and type. */
async function typeAtEnd(page: Page, editor: Locator, text: string): Promise<void> {
  await page.bringToFront();
  await editor.click();
  await expect(editor).toBeFocused();
  await page.waitForTimeout(60);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The editor's text without the other people's caret labels drawn inside it. */
function text(editor: Locator): Promise<string> {
  return editor.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  });
}

test('two computers co-edit a proposal through a hub, live and after a time apart', async ({ hub, openDevice }) => {
  const { chapterId, invite } = await hub.createChapter('Riverside Tenants');
  const [a, b] = [await openDevice('lead'), await openDevice('volunteer')];

  await test.step('both join the chapter; the lead drafts a proposal', async () => {
    await setUpIfAsked(a.page, { chapterName: 'Riverside Tenants', organiserName: 'Ana Lead' });
    await a.sync.open();
    await a.sync.join({ address: hub.url, invite, link: true });
    await coreCall(a.page, 'proposals.create', { title: 'Community garden', body: 'Start.' });
    await setUpIfAsked(b.page, { chapterName: 'Scratch pad', organiserName: 'Bo Volunteer' });
    await b.sync.open();
    await b.sync.join({ address: hub.url, invite: await hub.invite('organiser', chapterId) });
    await expect.poll(async () => (await coreCall<{ chapters: { id: string }[] }>(b.page, 'session.get', {})).chapters.map((c) => c.id)).toContain(chapterId);
    await coreCall(b.page, 'session.switchChapter', { chapterId });
    await b.page.reload();
  });

  const first = await openProposal(a.page, 'Community garden');
  const second = await openProposal(b.page, 'Community garden');

  await test.step('text and carets cross live through the hub', async () => {
    await typeAtEnd(a.page, first.editor, ' Beds by the fence.');
    await expect.poll(() => text(second.editor)).toContain('Beds by the fence.');
    await typeAtEnd(b.page, second.editor, ' And a tap.');
    await expect.poll(() => text(first.editor)).toContain('And a tap.');
    await expect(first.editor.locator('.collaboration-carets__caret', { hasText: 'Bo Volunteer' })).toBeVisible();
    await expect(second.editor.locator('.collaboration-carets__caret', { hasText: 'Ana Lead' })).toBeVisible();
  });

  await test.step('apart, both keep typing; together again, both hold both edits', async () => {
    await hub.stop();
    await typeAtEnd(a.page, first.editor, ' Lead wrote this apart.');
    await typeAtEnd(b.page, second.editor, ' Volunteer wrote this apart.');
    await expect.poll(() => text(second.editor)).not.toContain('Lead wrote this apart.');
    await hub.start();
    for (const editor of [first.editor, second.editor]) {
      await expect.poll(() => text(editor), { timeout: 30_000 }).toContain('Lead wrote this apart.');
      await expect.poll(() => text(editor), { timeout: 30_000 }).toContain('Volunteer wrote this apart.');
    }
    expect(await text(first.editor)).toBe(await text(second.editor));
  });
});
