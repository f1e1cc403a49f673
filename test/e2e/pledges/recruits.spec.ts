// Recruitment through the screens: one "recruited by" set on a profile by hand, the rest as a
// sign-up would set them, then the recruiter's member page (reached from the roster's profile)
// shows the tree two levels deep, what their recruits and their whole network pledged, and their
// thermometer with the network added; the leaderboard ranks the recruiters.
import { expect, test } from '../support/fixtures';
import { coreCall } from '../proposals/proposals-pages';
import { createMember, setUpChapter } from '../support/seed';
import { MembersPage } from '../pages/members-page';
import { ProfilePage } from '../pages/profile-page';
import { MemberPagePage, thermometer } from './pledges-pages';

test.use({ locale: 'en-US' });

test('a recruiter’s tree two levels deep, their network’s pledges and the leaderboard', async ({ page }) => {
  await setUpChapter(page);
  const ann = await createMember(page, { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' });
  const bo = await createMember(page, { firstName: 'Bo', lastName: 'Chen', email: 'bo@example.org' });
  const recruited = async (firstName: string, by: string) => (await coreCall<{ id: string }>(page, 'members.create', { firstName, lastName: 'Recruit', recruitedBy: by })).id;
  await recruited('Fay', ann);
  await recruited('Gus', ann);
  const cy = await recruited('Cy', bo);
  await recruited('Dee', bo);
  await coreCall(page, 'pledges.create', { memberId: ann, amount: '5.00', currency: 'USD' });
  await coreCall(page, 'pledges.create', { memberId: bo, amount: '10.00', currency: 'USD' });
  await coreCall(page, 'pledges.create', { memberId: cy, amount: '20.00', currency: 'USD' });
  await coreCall(page, 'pledges.create', { memberId: cy, amount: '2', kind: 'hours', recurrence: 'once' });
  await page.reload();

  const members = new MembersPage(page);
  const profile = new ProfilePage(page);
  const memberPage = new MemberPagePage(page);

  await test.step('Bo was recruited by Ann: set by hand on his profile', async () => {
    await members.searchFor('bo chen');
    await members.open('Bo Chen');
    await profile.recruitedBy.fill('ann');
    await page.getByRole('option', { name: /Ann Lee/ }).click();
    await profile.save.click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Saved Bo Chen');
  });

  await test.step("Ann's member page, from her profile: the tree two levels deep", async () => {
    await profile.backToMembers.click();
    await members.searchFor('ann');
    await members.open('Ann Lee');
    await page.getByRole('navigation', { name: 'Member views' }).getByRole('link', { name: 'Member page' }).click();
    await expect(memberPage.heading('Ann Lee')).toBeVisible();

    const top = memberPage.recruitsOf('Ann Lee');
    await expect(top.locator('> li')).toHaveCount(3);
    await expect(top.locator('> li > .recruit-node').getByRole('link')).toHaveText(['Bo Chen', 'Fay Recruit', 'Gus Recruit']);
    const second = memberPage.recruitsOf('Bo Chen');
    await expect(second.getByRole('listitem')).toHaveCount(2);
    await expect(second.getByRole('link')).toHaveText(['Cy Recruit', 'Dee Recruit']);
    await expect(second.getByRole('listitem').filter({ hasText: 'Cy Recruit' })).toContainText('$20.00 pledged, $0.00 fulfilled; 2 hours pledged, 0 hours fulfilled');

    // Her recruits (Bo, Fay and Gus) pledged $10; her whole network (with Cy and Dee) $30 and 2 hours.
    await expect(memberPage.recruitsPledged.getByRole('listitem')).toHaveText(['$10.00 pledged, $0.00 fulfilled']);
    await expect(memberPage.networkPledged.getByRole('listitem')).toHaveText(['$30.00 pledged, $0.00 fulfilled', '2 hours pledged, 0 hours fulfilled']);
    await expect(memberPage.main).toContainText('5 people in their network, 3 recruited directly.');
    // Her thermometer rises as her network kicks in: one per unit, never one mixed total.
    await expect(thermometer(memberPage.main, 'Ann Lee')).toHaveAccessibleName('Ann Lee $5.00 pledged, $0.00 fulfilled');
    await expect(thermometer(memberPage.main, 'With network, USD')).toHaveAccessibleName('With network, USD $35.00 pledged, $0.00 fulfilled');
    await expect(thermometer(memberPage.main, 'With network, hours')).toHaveAccessibleName('With network, hours 2 hours pledged, 0 hours fulfilled');
  });

  await test.step("a recruit's page links back to who recruited them", async () => {
    await memberPage.recruitsOf('Bo Chen').getByRole('link', { name: 'Cy Recruit' }).click();
    await expect(memberPage.heading('Cy Recruit')).toBeVisible();
    await expect(memberPage.main.locator('.profile-summary')).toContainText('Recruited by Bo Chen');
    await expect(memberPage.main).toContainText('Cy Recruit has not recruited anyone yet.');
    await memberPage.main.locator('.profile-summary').getByRole('link', { name: 'Bo Chen' }).click();
    await expect(memberPage.heading('Bo Chen')).toBeVisible();
    await expect(memberPage.recruitsOf('Bo Chen').getByRole('listitem')).toHaveCount(2);
  });

  await test.step('the leaderboard ranks recruiters over the period', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboard' }).click();
    await expect(page.getByRole('heading', { name: 'Leaderboard', level: 1 })).toBeVisible();
    await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'All time' });
    const recruiters = page.getByRole('table', { name: 'Recruiters' });
    await expect(recruiters.getByRole('row')).toHaveCount(3);
    await expect(recruiters.getByRole('row').nth(1)).toContainText('Ann Lee');
    await expect(recruiters.getByRole('row').nth(1)).toContainText('3');
    await expect(recruiters.getByRole('row').nth(2)).toContainText('Bo Chen');
    await page.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Between dates' });
    await page.getByLabel('From').fill('2030-01-01');
    await page.getByLabel('To', { exact: true }).fill('2029-01-01');
    await expect(page.getByLabel('To', { exact: true })).toHaveAccessibleDescription('The period ends before it starts: swap the dates');
  });
});
