// Every main screen, and the overlays on them: one level-1 heading, no control without an
// accessible name, and a screenshot in light and dark under test-results/ for a person to look at.
import type { Page, TestInfo } from '@playwright/test';
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
import { DecisionsPage, MeetingPage, MeetingsPage } from './meetings/meetings-pages';
import { coreCall } from './proposals/proposals-pages';
import { CampaignPage, DuePage, MemberPagePage, PledgeDialog, PledgeImportPage, PledgeListPage, PledgePage, PledgesPage, ReceiptDialog } from './pledges/pledges-pages';

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

  await test.step('meetings, empty', async () => {
    const meetings = new MeetingsPage(page);
    await meetings.open();
    await expect(meetings.emptyHeading).toBeVisible();
    await look('meetings-empty');
    await meetings.schedule.click();
    await expect(meetings.dialog).toBeVisible();
    await look('meetings-schedule');
    await page.keyboard.press('Escape');
    await expect(meetings.dialog).toBeHidden();
  });

  await test.step('a meeting: agenda, attendance, motions, minutes', async () => {
    const { id } = await coreCall<{ id: string }>(page, 'meetings.create', {
      title: 'March general meeting',
      startsAt: '2026-03-05T19:00:00Z',
      place: 'Community hall',
      agenda: ['Welcome', 'Rent strike fund', 'Any other business'],
    });
    await coreCall(page, 'meetings.open', { id });
    const found = await coreCall<{ memberId: string }[]>(page, 'attendance.find', { meetingId: id, query: 'noor' });
    await coreCall(page, 'attendance.checkIn', { meetingId: id, memberId: found[0]!.memberId });
    await coreCall(page, 'attendance.signUp', { meetingId: id, name: 'Gus Newcomer', email: 'gus@example.org', consent: true });
    const motion = await coreCall<{ id: string }>(page, 'motions.put', { meetingId: id, text: 'That the chapter starts a rent strike fund' });
    await coreCall(page, 'motions.count', { id: motion.id, votesFor: 2, votesAgainst: 0, votesAbstain: 0 });
    const meetings = new MeetingsPage(page);
    const meeting = new MeetingPage(page);
    await meetings.open();
    await look('meetings');
    await meetings.item('March general meeting').getByRole('link', { name: 'March general meeting' }).click();
    await expect(meeting.agenda.getByRole('listitem')).toHaveCount(3);
    await look('meeting-agenda');
    await meeting.showTab('Attendance');
    await meeting.finder.fill('kasia');
    await expect(meeting.matches.getByRole('option')).toHaveCount(2);
    await look('meeting-attendance');
    await meeting.finder.fill('');
    await meeting.showPhonePage.click();
    await expect(meeting.phoneQr).toBeVisible();
    await look('meeting-phone-page');
    await meeting.showTab('Motions');
    await expect(meeting.motion('That the chapter starts a rent strike fund').getByRole('region', { name: 'Preview' })).toContainText('Passes');
    await look('meeting-motions');
    await coreCall(page, 'motions.close', { id: motion.id });
    await meeting.showTab('Minutes');
    await expect(meeting.minutesEditor).toContainText('1. Welcome');
    await look('meeting-minutes');
    await meeting.closeMeeting.click();
    await expect(meeting.closeDialog).toBeVisible();
    await look('meeting-close');
    await meeting.closeDialog.getByRole('button', { name: 'Close and seal' }).click();
    await expect(meeting.sealedRecord).toBeVisible();
    await expect(meeting.sealedMinutes).toContainText('March general meeting');
    await look('meeting-sealed');
  });

  await test.step('decisions', async () => {
    const decisions = new DecisionsPage(page);
    await decisions.open();
    await expect(decisions.list.getByRole('listitem')).toHaveCount(1);
    await decisions.verify.click();
    await expect(decisions.verification).toContainText('All 2 sealed records check out, in 1 chain.');
    await look('decisions');
  });

  await test.step('settings', async () => {
    await shell.goTo('Settings');
    await expect(new SettingsPage(page).heading).toBeVisible();
    await expect(new SettingsPage(page).organiserName).toHaveValue('Robin Organiser');
    await look('settings');
  });
});

// The pledges and network screens, each group on a roster of its own: tests of their own keep each
// within the usual minute on a busy machine.
async function seededLook(page: Page, testInfo: TestInfo): Promise<(screen: string) => Promise<void>> {
  await setUpChapter(page);
  await importCsv(page, sampleCsv('nationbuilder'));
  await page.reload();
  return async (screen: string) => {
    await checkScreen(page, screen);
    await screenshotBothSchemes(page, testInfo, screen);
  };
}

test('pledges: overview, campaign, pledge, receipt, due, all pledges, import: one h1, named controls, light and dark', async ({ page }, testInfo) => {
  const look = await seededLook(page, testInfo);

  await test.step('pledges, empty, and a new campaign', async () => {
    const pledges = new PledgesPage(page);
    await pledges.open();
    await expect(pledges.emptyCampaigns).toBeVisible();
    await look('pledges-empty');
    await pledges.newCampaign.click();
    await expect(pledges.campaignDialog).toBeVisible();
    await look('pledges-new-campaign');
    await page.keyboard.press('Escape');
    await expect(pledges.campaignDialog).toBeHidden();
  });

  await test.step('pledges: overview, a campaign, a pledge, its receipt, due this week, all pledges, the import', async () => {
    const found = async (query: string) => (await coreCall<{ rows: { id: string }[] }>(page, 'members.search', { query, limit: 1 })).rows[0]!.id;
    const noor = await found('noor');
    const kasia = await found('kasia');
    const fund = await coreCall<{ id: string }>(page, 'campaigns.create', { name: 'Rent strike fund', goal: '5000.00', currency: 'USD', description: 'Legal costs and hardship grants.' });
    await coreCall(page, 'pledges.create', { memberId: noor, campaignId: fund.id, amount: '25.00', recurrence: 'monthly' });
    await coreCall(page, 'pledges.create', { memberId: kasia, campaignId: fund.id, amount: '100.00', paidNow: { method: 'cash' } });
    await coreCall(page, 'pledges.create', { memberId: kasia, amount: '3', kind: 'hours', recurrence: 'weekly' });
    await coreCall(page, 'thermometers.setChapterGoal', { currency: 'USD', goal: '12000.00' });
    const pledges = new PledgesPage(page);
    await pledges.open();
    await expect(pledges.campaign('Rent strike fund')).toBeVisible();
    await look('pledges');
    await pledges.recordPledge.click();
    await expect(new PledgeDialog(page).dialog).toBeVisible();
    await look('pledges-record');
    await page.keyboard.press('Escape');

    const campaign = new CampaignPage(page);
    await pledges.campaign('Rent strike fund').getByRole('link', { name: 'Rent strike fund' }).click();
    await expect(campaign.figure('Pledges')).toHaveText('2 pledges');
    await look('campaign');

    const pledge = new PledgePage(page);
    await campaign.pledges('Rent strike fund').getByRole('link', { name: '$25.00 monthly' }).click();
    await expect(pledge.instalments).toBeVisible();
    await look('pledge');
    await pledge.instalments.getByRole('row', { name: /^Instalment due / }).first().getByRole('button', { name: 'Mark paid' }).click();
    await expect(pledge.markPaidDialog).toBeVisible();
    await look('pledge-mark-paid');
    await pledge.markPaidDialog.getByRole('button', { name: 'Mark paid' }).click();
    const receipt = new ReceiptDialog(page);
    await expect(receipt.body()).toContainText('Received from');
    await look('pledge-receipt');
    await page.keyboard.press('Escape');
    await expect(receipt.dialog).toBeHidden();

    const due = new DuePage(page);
    await due.open();
    await expect(due.table).toBeVisible();
    await look('pledges-due');

    const list = new PledgeListPage(page);
    await list.open();
    await expect(list.count).toHaveText('3 pledges');
    await look('pledges-all');
    await list.importPledges.click();
    const wizard = new PledgeImportPage(page);
    await expect(wizard.heading).toBeVisible();
    await look('pledges-import');
  });
});

test('groups, partners, the leaderboard and a member page: one h1, named controls, light and dark', async ({ page }, testInfo) => {
  const look = await seededLook(page, testInfo);
  await test.step('groups, partners, the leaderboard and a member page', async () => {
    const noor = (await coreCall<{ rows: { id: string }[] }>(page, 'members.search', { query: 'noor', limit: 1 })).rows[0]!.id;
    await coreCall(page, 'pledges.create', { memberId: noor, amount: '25.00', currency: 'USD', paidNow: { method: 'cash' } });
    const group = await coreCall<{ id: string }>(page, 'groups.create', { name: 'Northside team', description: 'Door knocking north of the river.' });
    await coreCall(page, 'groups.addMember', { groupId: group.id, memberId: noor });
    await coreCall(page, 'partners.create', {
      name: 'Eastside Tenants Union',
      worksOn: ['housing', 'legal aid'],
      contacts: [{ name: 'Marisol Vega', role: 'Organiser', email: 'marisol@eastside.example.org' }],
    });
    const main = page.getByRole('main');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Groups', exact: true }).click();
    await expect(main.getByRole('list', { name: 'Affinity groups' })).toBeVisible();
    await look('groups');
    await main.getByRole('link', { name: 'Northside team' }).click();
    await expect(main.getByRole('list', { name: 'Members of Northside team' })).toBeVisible();
    await look('group');
    await nav.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(main.getByRole('list', { name: 'Partners' })).toBeVisible();
    await look('partners');
    await main.getByRole('link', { name: 'Eastside Tenants Union' }).click();
    await expect(main.getByRole('table', { name: 'Contacts' })).toBeVisible();
    await look('partner');
    await main.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit partner' })).toBeVisible();
    await look('partner-edit');
    await page.keyboard.press('Escape');
    await nav.getByRole('link', { name: 'Leaderboard', exact: true }).click();
    await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'All time' });
    await expect(main.getByRole('table', { name: 'Fundraisers, USD' })).toBeVisible();
    await look('leaderboard');
    await main.getByRole('table', { name: 'Fundraisers, USD' }).getByRole('link').first().click();
    const memberPage = new MemberPagePage(page);
    await expect(memberPage.views).toBeVisible();
    await look('member-page');
  });
});
