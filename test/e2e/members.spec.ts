// The Members workflow end to end, against the real browser host on a fresh data dir per test:
// first start, the import wizard (with a remapped column, and a file with bad rows), search as you
// type, editing a profile that survives a restart of the app, delete with Undo, and export.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { sampleCsv, seedRoster, setUpChapter } from './support/seed';
import { ExportDialog } from './pages/export-dialog';
import { ImportPage } from './pages/import-page';
import { MembersPage } from './pages/members-page';
import { ProfilePage } from './pages/profile-page';
import { SetupPage } from './pages/setup-page';
import { ShellPage } from './pages/shell-page';

const OURS_HEADER =
  'id,first_name,last_name,email,phone,street,city,region,postal_code,country,email_consent,sms_consent,tags,status,joined_on,recruited_by,notes';

test('first start: setting up the chapter leads to an empty roster', async ({ page }) => {
  const setup = new SetupPage(page);
  const shell = new ShellPage(page);
  const members = new MembersPage(page);

  await expect(setup.heading).toBeVisible();
  await expect(setup.chapterName).toBeFocused();
  await setup.start.click();
  // Nothing typed: the form says what is missing instead of starting.
  await expect(setup.chapterName).toHaveAttribute('aria-invalid', 'true');
  await expect(setup.organiserName).toHaveAttribute('aria-invalid', 'true');

  await setup.setUp({ chapterName: 'Riverside Tenants', countryCode: 'US', organiserName: 'Robin Organiser' });

  await expect(members.heading).toBeVisible();
  await expect(members.emptyHeading).toBeVisible();
  await expect(shell.sidebar).toContainText('Riverside Tenants');
  await expect(shell.sidebar).toContainText('Using as Robin Organiser');
  for (const screen of ['Members', 'Duplicates', 'Import', 'Settings'] as const) await expect(shell.navLink(screen)).toBeVisible();
});

test('imports a NationBuilder export through the wizard, with one column remapped', async ({ page }) => {
  await setUpChapter(page);
  await page.reload();
  const shell = new ShellPage(page);
  const wizard = new ImportPage(page);
  const members = new MembersPage(page);
  const profile = new ProfilePage(page);

  await shell.goTo('Import');
  await expect(wizard.heading).toBeVisible();
  await expect(wizard.currentStep).toContainText('Choose file');
  await expect(wizard.previewButton).toBeDisabled();
  await wizard.chooseFile(sampleCsv('nationbuilder'));
  await expect(page.getByRole('main')).toContainText('nationbuilder-sample.csv');
  await wizard.format.selectOption({ label: 'NationBuilder export' });
  await wizard.previewButton.click();

  // Step 2: the preview counts, and one column sent somewhere else.
  await expect(wizard.currentStep).toContainText('Map columns');
  await expect(wizard.count('To create')).toHaveText('24');
  await expect(wizard.count('To update')).toHaveText('0');
  await expect(wizard.count('Rejected')).toHaveText('0');
  const donations = wizard.columnMapping('donations_pledged_amount');
  await expect(donations).toHaveValue('custom:donations_pledged_amount');
  await expect(wizard.columnMapping('email')).toHaveValue('email');
  await donations.selectOption({ label: 'Don’t import' });
  await expect(donations).toHaveValue('ignore');
  await expect(wizard.continueButton).toBeEnabled();
  await expect(wizard.count('To create')).toHaveText('24');
  await wizard.continueButton.click();

  // Step 3: review.
  await expect(wizard.currentStep).toContainText('Review');
  await expect(wizard.sampleTable).toContainText('kasia.eriksen0@example.org');
  await expect(wizard.leftOutTable).toHaveCount(0);
  await expect(wizard.importButton).toHaveText('Import 24 members');

  // Step 4: progress, then the report.
  const progressSeen = await wizard.recordProgress();
  await wizard.importButton.click();
  await expect(wizard.finished).toBeVisible();
  // The bar was there while importing, and said what it was doing ("Checking rows: 24 of 24", …).
  const [first, ...then] = await progressSeen();
  expect(first, 'the progress bar was shown while importing').toBe('Starting…');
  for (const text of then) expect(text).toMatch(/^(Reading the file|Checking rows|Saving members|Finishing): \d+ of 24$/);
  await expect(wizard.currentStep).toContainText('Import');
  await expect(wizard.summary).toHaveText('24 members created, 0 updated, 0 rejected.');
  await expect(wizard.rejectedTable).toHaveCount(0);
  await expect(wizard.downloadReportButton).toHaveCount(0);

  await wizard.showMembers.click();
  await expect(members.count).toHaveText('24 members');
  await expect(members.rows.first()).toBeVisible();

  // The remapped column was left out; the one left as it was became a custom field as usual.
  await members.searchFor('noor');
  await expect(members.rows).toHaveCount(1);
  await members.open('Noor Eriksen');
  await expect(profile.heading).toHaveText('Noor Eriksen');
  await expect(profile.email).toHaveValue('noor.eriksen3@example.org');
  await expect(profile.customField('nationbuilder_id').getByRole('textbox', { name: 'Custom field value' })).toHaveValue('1003');
  await expect(profile.customField('donations_pledged_amount')).toHaveCount(0);
});

test('a file with bad rows: the preview, the report and its download give each line and reason', async ({ page, tempDir }) => {
  await setUpChapter(page);
  await page.reload();
  const bad = path.join(tempDir, 'bad-rows.csv');
  fs.writeFileSync(
    bad,
    [
      'Name,E-mail,Phone,Tags,Joined',
      'Ada Lovelace,ada.lovelace@example.org,,,2025-01-05',
      'Bea Badmail,not-an-email,,,2025-01-06',
      'Cy Baddate,cy.baddate@example.org,,,31/02/2025',
      'Dee Fine,dee.fine@example.org,,,2025-02-01',
      '',
    ].join('\n'),
  );
  const shell = new ShellPage(page);
  const wizard = new ImportPage(page);

  await shell.goTo('Import');
  await wizard.chooseFile(bad);
  await wizard.previewButton.click();
  await expect(wizard.count('To create')).toHaveText('2');
  await expect(wizard.count('Rejected')).toHaveText('2');
  await wizard.continueButton.click();

  await expect(wizard.leftOutTable).toHaveAccessibleName('2 rows will be left out');
  expect(await wizard.rejectedRows(wizard.leftOutTable)).toEqual([
    ['3', expect.stringMatching(/'E-mail' is not an email address: .*not-an-email/)],
    ['4', expect.stringMatching(/'Joined' is not a real date: .*31\/02\/2025/)],
  ]);

  await wizard.importButton.click();
  await expect(wizard.finished).toBeVisible();
  await expect(wizard.summary).toHaveText('2 members created, 0 updated, 2 rejected.');
  const reported = await wizard.rejectedRows();
  expect(reported.map(([line]) => line)).toEqual(['3', '4']);
  expect(reported[0]![1]).toContain('not an email address');
  expect(reported[1]![1]).toContain('not a real date');

  const download = await wizard.downloadReport();
  expect(download.suggestedFilename()).toBe('bad-rows-rejected-rows.csv');
  const report = fs.readFileSync(await download.path(), 'utf8').split(/\r?\n/).filter(Boolean);
  expect(report[0]).toBe('line,reason');
  expect(report).toHaveLength(3);
  expect(report[1]).toMatch(/^3,.*not an email address.*not-an-email/);
  expect(report[2]).toMatch(/^4,.*not a real date.*31\/02\/2025/);

  // "Import another file" starts the wizard again.
  await wizard.importAnother.click();
  await expect(wizard.currentStep).toContainText('Choose file');
  await expect(wizard.previewButton).toBeDisabled();
});

test('search narrows the roster as you type; an edit to phone and tags survives a restart', async ({ page, host, consoleGuard }) => {
  await seedRoster(page, 'nationbuilder');
  const shell = new ShellPage(page);
  const members = new MembersPage(page);
  const profile = new ProfilePage(page);

  await expect(members.count).toHaveText('24 members');
  await members.search.pressSequentially('eri', { delay: 30 });
  await expect(members.count).toHaveText('3 members');
  await members.search.pressSequentially('ksen n', { delay: 30 });
  await expect(members.rows).toHaveCount(1);
  await expect(members.rows).toContainText('Noor Eriksen');
  await members.search.pressSequentially('x');
  await expect(members.noResultsHeading).toBeVisible();
  await members.clearSearch.click();
  await expect(members.count).toHaveText('24 members');
  await expect(members.search).toHaveValue('');

  await members.searchFor('noor');
  await members.open('Noor Eriksen');
  await expect(profile.heading).toHaveText('Noor Eriksen');
  await expect(profile.save).toBeDisabled();
  // A local number is turned into +E.164 for the chapter's country (US) when the field is left.
  await profile.phone.fill('(555) 010-2030');
  await profile.phone.blur();
  await expect(profile.phone).toHaveValue('+15550102030');
  await expect(profile.tag('transit')).toBeVisible();
  await profile.tag('transit').click();
  await profile.addTag('press');
  await expect(profile.tag('press')).toBeVisible();
  await expect(profile.tag('transit')).toHaveCount(0);
  await profile.save.click();
  await expect(shell.toast('Saved Noor Eriksen')).toBeVisible();
  await expect(profile.save).toBeDisabled();

  // Quit and open again: a new host process on the same data dir (new port, new key).
  // The page still open on the old address retries its socket; Chromium logs those failures.
  consoleGuard.allow(/^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/core\?key=.*' failed/);
  const stopped = host.stop();
  await expect(shell.connectionLost).toBeVisible();
  await stopped;
  const url = await host.restart();
  await page.goto(url);

  await expect(members.count).toHaveText('24 members');
  await members.searchFor('noor');
  await expect(members.rows).toHaveCount(1);
  await expect(members.row('Noor Eriksen')).toContainText('+1 555 010 2030');
  await expect(members.row('Noor Eriksen')).toContainText('press');
  await members.open('Noor Eriksen');
  await expect(profile.phone).toHaveValue('+15550102030');
  await expect(profile.tag('press')).toBeVisible();
  await expect(profile.tag('transit')).toHaveCount(0);
  // The new tag is searchable too.
  await profile.backToMembers.click();
  await members.searchFor('press');
  await expect(members.row('Noor Eriksen')).toBeVisible();
});

test('a deleted member comes back with Undo', async ({ page }) => {
  await seedRoster(page, 'nationbuilder');
  const shell = new ShellPage(page);
  const members = new MembersPage(page);
  const profile = new ProfilePage(page);

  await expect(members.count).toHaveText('24 members');
  await members.searchFor('rosa');
  await members.open('Rosa Wójcik');
  await profile.delete.click();

  await expect(members.heading).toBeVisible();
  const deleted = shell.toast('Deleted Rosa Wójcik');
  await expect(deleted).toBeVisible();
  // The roster comes back with the search it had: nobody is called Rosa any more.
  await expect(members.noResultsHeading).toBeVisible();
  await members.clearSearch.click();
  await expect(members.count).toHaveText('23 members');
  await expect(members.row('Rosa Wójcik')).toHaveCount(0);

  await deleted.getByRole('button', { name: 'Undo' }).click();
  await expect(shell.toast('Restored Rosa Wójcik')).toBeVisible();
  await expect(members.count).toHaveText('24 members');
  await members.searchFor('rosa');
  await expect(members.row('Rosa Wójcik')).toBeVisible();
});

test('export downloads a CSV of the search, or of everyone in another tool’s format', async ({ page }) => {
  await seedRoster(page, 'nationbuilder');
  const shell = new ShellPage(page);
  const members = new MembersPage(page);
  const exporter = new ExportDialog(page);

  await members.searchFor('eriksen');
  await expect(members.count).toHaveText('3 members');
  await members.exportButton.click();
  await expect(exporter.dialog).toBeVisible();
  // With a search on screen, the search is what is offered first.
  await expect(exporter.matchingSearch).toBeChecked();
  await expect(exporter.chapterhouseCsv).toBeChecked();
  const ours = await exporter.download();
  expect(ours.suggestedFilename()).toMatch(/^members-ours-.*\.csv$/);
  const oursText = fs.readFileSync(await ours.path(), 'utf8');
  expect(oursText.startsWith('\uFEFF'), 'our own format starts with a BOM for Excel').toBe(true);
  const oursLines = oursText.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(oursLines[0]!.startsWith(OURS_HEADER)).toBe(true);
  expect(oursLines).toHaveLength(1 + 3);
  expect(oursLines.slice(1).every((line) => line.includes('Eriksen'))).toBe(true);
  await expect(exporter.dialog).toBeHidden();
  await expect(shell.toast(/^Exported 3 members to members-ours-/)).toBeVisible();

  await members.exportButton.click();
  await exporter.allMembers.check();
  await exporter.nationBuilderCsv.check();
  const nb = await exporter.download();
  expect(nb.suggestedFilename()).toMatch(/^members-nationbuilder-.*\.csv$/);
  const nbLines = fs.readFileSync(await nb.path(), 'utf8').split('\r\n').filter(Boolean);
  expect(nbLines[0]!.startsWith('first_name,last_name,email,email_opt_in,phone_number,mobile_opt_in,tag_list,created_at,')).toBe(true);
  expect(nbLines).toHaveLength(1 + 24);
});
