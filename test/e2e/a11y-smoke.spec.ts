// Every main screen, and the overlays on them: one level-1 heading, no control without an
// accessible name, and a screenshot in light and dark under test-results/ for a person to look at.
import { expect, test } from './support/fixtures';
import { checkScreen, screenshotBothSchemes } from './support/a11y';
import { createMember, importCsv, sampleCsv, setUpChapter } from './support/seed';
import { DuplicatesPage } from './pages/duplicates-page';
import { ExportDialog } from './pages/export-dialog';
import { ImportPage } from './pages/import-page';
import { MembersPage } from './pages/members-page';
import { NewMemberPage } from './pages/new-member-page';
import { ProfilePage } from './pages/profile-page';
import { SettingsPage } from './pages/settings-page';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';

test('every screen has one h1, named controls, and looks right in light and dark', async ({ page }, testInfo) => {
  const shell = new ShellPage(page);
  const members = new MembersPage(page);
  const look = async (screen: string) => {
    await checkScreen(page, screen);
    await screenshotBothSchemes(page, testInfo, screen);
  };

  await test.step('setup', async () => {
    await expect(new SetupPage(page).heading).toBeVisible();
    await look('setup');
  });

  await test.step('members, empty', async () => {
    await setUpChapter(page);
    await page.reload();
    await expect(members.emptyHeading).toBeVisible();
    await look('members-empty');
  });

  await test.step('members', async () => {
    await importCsv(page, sampleCsv('nationbuilder'));
    await page.reload();
    await expect(members.count).toHaveText('24 members');
    await expect(members.rows.first()).toBeVisible();
    await look('members');
  });

  await test.step('export dialog', async () => {
    await members.exportButton.click();
    await expect(new ExportDialog(page).dialog).toBeVisible();
    await look('members-export');
    await page.keyboard.press('Escape');
    await expect(new ExportDialog(page).dialog).toBeHidden();
  });

  await test.step('command palette', async () => {
    await shell.goToButton.click();
    await expect(shell.palette).toBeVisible();
    await page.keyboard.type('kasia');
    await expect(shell.paletteOption(/Kasia Eriksen/).first()).toBeVisible();
    await look('palette');
    await page.keyboard.press('Escape');
    await expect(shell.palette).toBeHidden();
  });

  await test.step('profile', async () => {
    await members.searchFor('noor');
    await members.open('Noor Eriksen');
    await expect(new ProfilePage(page).heading).toHaveText('Noor Eriksen');
    await look('profile');
  });

  await test.step('add member', async () => {
    await shell.goTo('Members');
    await expect(members.heading).toBeVisible();
    await members.addMember.click();
    await expect(new NewMemberPage(page).heading).toBeVisible();
    await look('new-member');
  });

  await test.step('duplicates', async () => {
    // A second record with Noor's e-mail, so the screen shows a group to merge.
    await createMember(page, { firstName: 'Noor', lastName: 'E.', email: 'noor.eriksen3@example.org' });
    const duplicates = new DuplicatesPage(page);
    await shell.goTo('Duplicates');
    await expect(duplicates.heading).toBeVisible();
    await expect(duplicates.group(/noor\.eriksen3@example\.org/)).toBeVisible();
    await look('duplicates');
  });

  await test.step('import, choose file and map columns', async () => {
    const wizard = new ImportPage(page);
    await shell.goTo('Import');
    await expect(wizard.heading).toBeVisible();
    await look('import-file');
    await wizard.chooseFile(sampleCsv('actionnetwork'));
    await wizard.previewButton.click();
    await expect(wizard.columnMapping('email')).toBeVisible();
    await look('import-mapping');
  });

  await test.step('settings', async () => {
    await shell.goTo('Settings');
    await expect(new SettingsPage(page).heading).toBeVisible();
    await expect(new SettingsPage(page).organiserName).toHaveValue('Robin Organiser');
    await look('settings');
  });
});
