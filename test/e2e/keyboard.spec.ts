// The Members screen with the keyboard alone: skip link, tab order, "/" to search, the grid's arrow
// keys, Enter to open a profile and Escape to come back, Ctrl-K to jump anywhere, and a visible
// focus indicator at every stop.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { focusInfo } from './support/focus';
import { seedRoster } from './support/seed';
import { MembersPage } from './pages/members-page';
import { ProfilePage } from './pages/profile-page';
import { ShellPage } from './pages/shell-page';

async function expectFocusVisible(page: Page): Promise<void> {
  const focus = await focusInfo(page);
  expect(focus.visible, `focus on ${focus.element} is visible (${focus.style})`).toBe(true);
}

test.beforeEach(async ({ page }) => {
  await seedRoster(page, 'nationbuilder');
  await expect(new MembersPage(page).count).toHaveText('24 members');
});

test('Tab reaches the skip link first, and from the main content the search box, focus visible at each stop', async ({ page }) => {
  const shell = new ShellPage(page);
  const members = new MembersPage(page);

  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
  await expect(shell.skipLink).toBeInViewport();
  await expectFocusVisible(page);

  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();

  // From the top of the main content, every stop up to the search box is in the main area and shows.
  const stops: string[] = [];
  for (let i = 0; i < 6 && !(await members.search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    const focus = await focusInfo(page);
    stops.push(focus.element);
    expect(focus.visible, `focus on ${focus.element} is visible (${focus.style})`).toBe(true);
    expect(await shell.main.evaluate((main) => main.contains(document.activeElement)), `${focus.element} is in the main area`).toBe(true);
  }
  await expect(members.search, `tab stops after the skip link: ${stops.join(' → ')}`).toBeFocused();

  // One more Tab leaves the search for the filters, then the grid: one stop for the whole table.
  await page.keyboard.press('Tab');
  await expect(members.tagFilter).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Tab');
  await expect(members.statusFilter).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(members.grid).toBeFocused();
  await expectFocusVisible(page);
  await expect(members.activeRow).toHaveCount(1);
});

test('"/" searches, arrows move through the grid, Enter opens the profile and Escape comes back', async ({ page }) => {
  const members = new MembersPage(page);
  const profile = new ProfilePage(page);

  await page.keyboard.press('/');
  await expect(members.search).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type('eriksen');
  await expect(members.count).toHaveText('3 members');
  await expect(members.rows).toHaveCount(3);

  await page.keyboard.press('ArrowDown');
  await expect(members.grid).toBeFocused();
  await expectFocusVisible(page);
  await expect(members.activeRow).toHaveAttribute('aria-rowindex', '2');
  await expect(members.grid).toHaveAttribute('aria-activedescendant', 'member-row-0');

  await page.keyboard.press('ArrowDown');
  await expect(members.activeRow).toHaveAttribute('aria-rowindex', '3');
  await expect(members.grid).toHaveAttribute('aria-activedescendant', 'member-row-1');
  await page.keyboard.press('End');
  await expect(members.activeRow).toHaveAttribute('aria-rowindex', '4');
  await page.keyboard.press('Home');
  await expect(members.activeRow).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('ArrowUp');
  await expect(members.activeRow, 'ArrowUp on the first row stays there').toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('ArrowDown');
  await expectFocusVisible(page);

  const chosen = (await members.activeRow.getByRole('gridcell').first().textContent())!.trim();
  expect(chosen).toMatch(/Eriksen$/);
  await page.keyboard.press('Enter');
  await expect(profile.heading).toHaveText(chosen);

  await page.keyboard.press('Escape');
  await expect(members.heading).toBeVisible();
  await expect(members.search).toHaveValue('eriksen');
  // Back where we were: the grid has focus and the same row is highlighted.
  await expect(members.grid).toBeFocused();
  await expect(members.activeRow).toHaveAttribute('aria-rowindex', '3');
  await expectFocusVisible(page);

  // Escape inside a profile field leaves the field first, then the profile.
  await page.keyboard.press('Enter');
  await expect(profile.heading).toHaveText(chosen);
  await profile.firstName.focus();
  await expectFocusVisible(page);
  await page.keyboard.press('Escape');
  await expect(profile.firstName).not.toBeFocused();
  await expect(profile.heading).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(members.heading).toBeVisible();
});

test('Ctrl-K opens the palette and jumps to a member by name', async ({ page }) => {
  const shell = new ShellPage(page);
  const profile = new ProfilePage(page);
  const members = new MembersPage(page);

  await page.keyboard.press('Control+K');
  await expect(shell.palette).toBeVisible();
  // The palette's input draws no ring of its own (overlays.css): the open dialog and the highlighted
  // result show where the keyboard is, so the check here is the highlighted option.
  await expect(shell.paletteInput).toBeFocused();
  await expect(shell.paletteOption('Members')).toHaveAttribute('aria-selected', 'true');
  // Escape closes it and gives nothing away.
  await page.keyboard.press('Escape');
  await expect(shell.palette).toBeHidden();
  await expect(members.heading).toBeVisible();

  await page.keyboard.press('Control+K');
  await expect(shell.paletteInput).toBeFocused();
  await page.keyboard.type('grace yil');
  await expect(shell.paletteOption(/Grace Yilmaz/)).toBeVisible();
  await expect(shell.paletteOption(/Grace Yilmaz/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(shell.palette).toBeHidden();
  await expect(profile.heading).toHaveText('Grace Yilmaz');
  await expect(profile.email).toHaveValue('grace.yilmaz10@example.org');

  // A screen by name.
  await page.keyboard.press('Control+K');
  await expect(shell.paletteInput).toHaveValue('');
  await page.keyboard.type('sett');
  await expect(shell.paletteOption('Settings')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

// Regression: the profile's heading appears only once the member has loaded, after the shell's
// "focus the new screen's heading" step has run, and the grid that had focus is gone by then. Focus
// used to fall to <body>, so a screen reader announced nothing and Tab started over.
test('opening a profile from the grid with Enter moves focus to the profile heading', async ({ page }) => {
  const members = new MembersPage(page);
  const profile = new ProfilePage(page);

  await page.keyboard.press('/');
  await page.keyboard.type('noor');
  await expect(members.rows).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(members.grid).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(profile.heading).toHaveText('Noor Eriksen');
  await expect(profile.heading, 'focus moves to the new screen\'s heading, not to <body>').toBeFocused({ timeout: 2000 });
});

// Regression: the palette used to keep its last search while closed and clear it only after it had
// opened, so it opened showing the old text for a moment and keys typed straight after Ctrl-K were
// added to the old search ("grace yil" + "sett": nothing found). Checked without a race: the text the
// input holds at the moment the dialog opens.
test('the palette opens with an empty search, so keys typed at once start a new search', async ({ page }) => {
  const shell = new ShellPage(page);
  const profile = new ProfilePage(page);

  await page.keyboard.press('Control+K');
  await page.keyboard.type('grace yil');
  await expect(shell.paletteOption(/Grace Yilmaz/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(profile.heading).toHaveText('Grace Yilmaz');

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __paletteOnOpen: string[] }).__paletteOnOpen = seen;
    new MutationObserver(() => {
      const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
      const input = dialog?.querySelector('input');
      if (input && seen.length === 0) seen.push(input.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
  });
  await page.keyboard.press('Control+K');
  await expect(shell.paletteInput).toBeFocused();
  const onOpen = await page.evaluate(() => (window as unknown as { __paletteOnOpen: string[] }).__paletteOnOpen);
  expect(onOpen, 'the search box as the palette opens').toEqual(['']);
});
