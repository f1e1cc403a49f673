// Add member (renderer/src/screens/members/new-member-screen.tsx): the profile's fields, for someone new.
import type { Locator, Page } from '@playwright/test';

export class NewMemberPage {
  readonly heading: Locator;
  readonly firstName: Locator;
  readonly lastName: Locator;
  readonly email: Locator;
  readonly add: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Add member', level: 1 });
    this.firstName = main.getByLabel('First name');
    this.lastName = main.getByLabel('Last name');
    this.email = main.getByLabel('E-mail', { exact: true });
    this.add = main.getByRole('button', { name: 'Add member' });
    this.cancel = main.getByRole('button', { name: 'Cancel' });
  }
}
