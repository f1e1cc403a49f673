// Kiosk mode on one browser host: the lead starts it from a meeting's Attendance tab with a PIN, the
// window then shows only the sign-in form (also after a reload, since the core holds the state), an
// attendee signs in there, a wrong PIN is refused, and the right one brings the app back with the
// kiosk's sign-in on the attendance list. Any console error fails the test (fixtures.ts).
import { checkScreen } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { createMember, setUpChapter } from '../support/seed';
import { coreCall } from '../proposals/proposals-pages';
import { KioskPage, MeetingPage, MeetingsPage } from './meetings-pages';

const TITLE = 'April general meeting';

test('kiosk mode: entered with a PIN, kept across a reload, left only with the right PIN', async ({ page }) => {
  await setUpChapter(page);
  await createMember(page, { firstName: 'Ana', lastName: 'Lima', email: 'ana@example.org' });
  await coreCall(page, 'meetings.create', { title: TITLE, startsAt: '2026-04-02T18:00:00Z', agenda: ['Welcome'] });
  await page.reload();
  const meetings = new MeetingsPage(page);
  const meeting = new MeetingPage(page);
  const kiosk = new KioskPage(page);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await test.step('the lead starts kiosk mode from the Attendance tab with a PIN', async () => {
    await meetings.open();
    await meetings.item(TITLE).getByRole('link', { name: TITLE }).click();
    await expect(meeting.heading(TITLE)).toBeVisible();
    await meeting.showTab('Attendance');
    await meeting.kioskButton.click();
    const dialog = meeting.kioskDialog;
    await dialog.getByLabel('PIN', { exact: true }).fill('2468');
    await dialog.getByLabel('PIN again').fill('2486');
    await dialog.getByRole('button', { name: 'Start kiosk mode' }).click();
    await expect(dialog).toContainText('The two PINs differ');
    await dialog.getByLabel('PIN again').fill('2468');
    await dialog.getByRole('button', { name: 'Start kiosk mode' }).click();
    await expect(kiosk.heading(TITLE)).toBeVisible();
    await expect(nav).toHaveCount(0);
    await checkScreen(page, 'kiosk');
  });

  await test.step('an attendee signs in at the kiosk; a member is found again by e-mail', async () => {
    await kiosk.signIn({ name: 'Ana L.', email: 'ANA@example.org' });
    await expect(kiosk.welcome).toHaveText("Welcome, Ana Lima! You're signed in.");
    await expect(kiosk.form.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await kiosk.form.getByRole('button', { name: 'Sign in' }).click();
    await expect(kiosk.form).toContainText('Give a name');
  });

  await test.step('a reload stays in kiosk mode', async () => {
    await page.reload();
    await expect(kiosk.heading(TITLE)).toBeVisible();
    await expect(nav).toHaveCount(0);
  });

  await test.step('a wrong PIN is refused and the kiosk stays', async () => {
    await kiosk.leaveWith('1111');
    await expect(kiosk.leaveDialog).toContainText('That is not the PIN');
    await expect(kiosk.pin).toHaveValue('');
    await kiosk.leaveDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(kiosk.heading(TITLE)).toBeVisible();
    await expect(nav).toHaveCount(0);
  });

  await test.step('the right PIN brings the app back, with the kiosk’s sign-in on the list', async () => {
    await kiosk.leaveWith('2468');
    await expect(nav).toBeVisible();
    await expect(meeting.heading(TITLE)).toBeVisible();
    await expect(meeting.tab('Attendance')).toHaveAttribute('aria-selected', 'true');
    await expect(meeting.present.getByRole('listitem', { name: 'Ana Lima' })).toContainText('at the kiosk');
    await page.reload();
    await expect(nav).toBeVisible();
  });
});
