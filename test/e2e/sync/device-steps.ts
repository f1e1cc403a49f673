// What a person does on one computer in the sync specs, through the screens: first start, adding
// a member, changing one field of a member. Locators come from the screens' page models.
import { expect, type Page } from '@playwright/test';
import { MembersPage } from '../pages/members-page';
import { NewMemberPage } from '../pages/new-member-page';
import { ProfilePage } from '../pages/profile-page';
import { SetupPage } from '../pages/setup-page';

function membersNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members', exact: true });
}

/** First start on a fresh data dir: names the chapter and the organiser, if the app asks. */
export async function setUpIfAsked(page: Page, { chapterName, organiserName }: { chapterName: string; organiserName: string }): Promise<void> {
  const setup = new SetupPage(page);
  const members = new MembersPage(page);
  await expect(setup.heading.or(members.heading)).toBeVisible();
  if (await setup.heading.isVisible()) await setup.setUp({ chapterName, countryCode: 'US', organiserName });
  await expect(members.heading).toBeVisible();
}

export async function openRoster(page: Page): Promise<MembersPage> {
  await membersNav(page).click();
  const members = new MembersPage(page);
  await expect(members.heading).toBeVisible();
  return members;
}

/** Members → Add member → the new member's profile. */
export async function addMember(page: Page, firstName: string, lastName: string): Promise<void> {
  const members = await openRoster(page);
  await members.addMember.click();
  const form = new NewMemberPage(page);
  await form.firstName.fill(firstName);
  await form.lastName.fill(lastName);
  await form.add.click();
  await expect(new ProfilePage(page).heading).toHaveText(`${firstName} ${lastName}`);
}

/** Opens a member from the roster, changes one field and saves. */
export async function changeMember(page: Page, name: string, field: 'city' | 'email', value: string): Promise<void> {
  const members = await openRoster(page);
  await members.open(name);
  const profile = new ProfilePage(page);
  await expect(profile.heading).toHaveText(name);
  await profile[field].fill(value);
  await profile.save.click();
  await expect(profile.save).toBeDisabled();
}
