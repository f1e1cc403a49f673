// The phone sign-in page, driven by a "phone": a browser context of its own, with no app key, that
// goes to the address the meeting's Attendance tab shows in big type beside the QR code. It signs
// in; the same person again (another spelling of the name, the e-mail in capitals) is counted once
// and found once in the roster; once the lead closes the meeting, the page refuses. Console errors
// on the lead's page or the phone fail the test.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { setUpChapter } from '../support/seed';
import { MembersPage } from '../pages/members-page';
import { coreCall } from '../proposals/proposals-pages';
import { MeetingPage, MeetingsPage } from './meetings-pages';

const TITLE = 'Spring rally';

test('a phone signs in from the page the meeting shows; twice is once; the page closes with the meeting', async ({ page, browser }) => {
  await setUpChapter(page);
  const created = await coreCall<{ id: string }>(page, 'meetings.create', { title: TITLE, startsAt: '2026-04-01T18:00:00Z', agenda: ['Welcome'] });
  await coreCall(page, 'meetings.open', { id: created.id });
  await page.reload();
  const meetings = new MeetingsPage(page);
  const meeting = new MeetingPage(page);
  let phoneContext: BrowserContext | null = null;
  const phoneProblems: string[] = [];

  try {
    let address = '';
    await test.step('the lead shows the phone sign-in page: a QR code and the short address', async () => {
      await meetings.open();
      await meetings.item(TITLE).getByRole('link', { name: TITLE }).click();
      await meeting.showTab('Attendance');
      await meeting.showPhonePage.click();
      await expect(meeting.phoneQr).toBeVisible();
      await expect(meeting.phoneQr.locator('svg path, svg rect').first()).toBeAttached();
      await expect(meeting.phoneAddress).toHaveText(/^[\d.]+:\d+\/m\/\w+$/);
      address = (await meeting.phoneAddress.textContent())!.trim();
    });

    const phone = await (async (): Promise<Page> => {
      phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      phoneContext.on('console', (m) => m.type() === 'error' && phoneProblems.push(m.text()));
      phoneContext.on('weberror', (e) => phoneProblems.push(e.error().message));
      return phoneContext.newPage();
    })();
    const url = `http://${address}`;

    await test.step('the phone opens the address and signs in', async () => {
      await phone.goto(url);
      await expect(phone.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
      await phone.getByLabel('Your name').fill('Rosa Phone');
      await phone.getByLabel('E-mail').fill('rosa@example.org');
      await phone.getByLabel(/may contact me/).check();
      await phone.getByRole('button', { name: 'Sign in' }).click();
      await expect(phone.getByRole('status')).toContainText("Welcome, Rosa Phone — you're signed in");
      // The lead's list updates by itself.
      await expect(meeting.present.getByRole('listitem', { name: 'Rosa Phone' })).toContainText('by phone');
    });

    await test.step('the same person again is counted once', async () => {
      await phone.getByRole('link', { name: 'Sign in someone else' }).click();
      await phone.getByLabel('Your name').fill('Rosa P.');
      await phone.getByLabel('E-mail').fill('ROSA@example.org');
      await phone.getByRole('button', { name: 'Sign in' }).click();
      await expect(phone.getByRole('status')).toContainText('You had already signed in to this meeting: you are counted once.');
      await expect(meeting.present.getByRole('listitem')).toHaveCount(1);
      await expect(meeting.presentSummary).toHaveText('1 present, 1 signed up at the door');
      await meeting.finder.fill('rosa');
      await expect(meeting.matches.getByRole('option')).toHaveCount(1);
      await expect(meeting.matches.getByRole('option')).toContainText('Checked in');
      await meeting.finder.fill('');
    });

    await test.step('the member search finds one Rosa', async () => {
      const members = new MembersPage(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members', exact: true }).click();
      await members.searchFor('rosa');
      await expect(members.rows).toHaveCount(1);
      await expect(members.row('Rosa Phone')).toBeVisible();
    });

    await test.step('once the meeting is closed, the page refuses', async () => {
      await meetings.open();
      await meetings.item(TITLE).getByRole('link', { name: TITLE }).click();
      await meeting.closeAndSeal();
      await meeting.showTab('Attendance');
      await expect(meeting.showPhonePage).toHaveCount(0);
      const refused = await phone.goto(url).then(
        async (response) => ({ status: response?.status() ?? 0, text: await phone.locator('body').innerText() }),
        (error: Error) => ({ status: 0, text: error.message }),
      );
      if (refused.status === 0) expect(refused.text).toMatch(/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_EMPTY_RESPONSE/);
      else {
        expect(refused.status).toBe(410);
        expect(refused.text).toContain("This meeting's sign-in is closed");
      }
      expect((await coreCall<{ total: number }>(page, 'members.search', { query: 'rosa' })).total).toBe(1);
    });
  } finally {
    await (phoneContext as BrowserContext | null)?.close();
  }
  // The refused navigation is the only failure the phone is expected to log.
  expect(phoneProblems.filter((p) => !/ERR_CONNECTION_REFUSED|410|Failed to load resource/.test(p))).toEqual([]);
});
