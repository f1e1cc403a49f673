// One member's profile (renderer/src/screens/members/member-profile-screen.tsx, member-form-fields.tsx,
// member-dialogs.tsx).
import type { Locator, Page } from '@playwright/test';

export class ProfilePage {
  /** The member's name. */
  readonly heading: Locator;
  readonly backToMembers: Locator;
  readonly firstName: Locator;
  readonly lastName: Locator;
  readonly email: Locator;
  readonly phone: Locator;
  readonly emailConsent: Locator;
  readonly smsConsent: Locator;
  readonly street: Locator;
  readonly city: Locator;
  readonly region: Locator;
  readonly postalCode: Locator;
  readonly country: Locator;
  readonly status: Locator;
  readonly joined: Locator;
  readonly recruitedBy: Locator;
  readonly tags: Locator;
  readonly notes: Locator;
  readonly save: Locator;
  readonly discard: Locator;
  readonly mergeInto: Locator;
  readonly delete: Locator;
  readonly erase: Locator;
  readonly mergeDialog: Locator;
  readonly memberToKeep: Locator;
  readonly confirmMerge: Locator;
  readonly eraseDialog: Locator;
  readonly erasePermanently: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.backToMembers = main.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Members' });
    this.firstName = main.getByLabel('First name');
    this.lastName = main.getByLabel('Last name');
    this.email = main.getByLabel('E-mail', { exact: true });
    this.phone = main.getByLabel('Phone');
    this.emailConsent = main.getByLabel('Consent to e-mail');
    this.smsConsent = main.getByLabel('Consent to SMS');
    this.street = main.getByLabel('Street');
    this.city = main.getByLabel('City');
    this.region = main.getByLabel('Region');
    this.postalCode = main.getByLabel('Postal code');
    this.country = main.getByLabel('Country');
    this.status = main.getByLabel('Status', { exact: true });
    this.joined = main.getByLabel('Joined');
    this.recruitedBy = main.getByRole('combobox', { name: 'Recruited by' });
    this.tags = main.getByRole('combobox', { name: 'Tags' });
    this.notes = main.getByLabel('Notes');
    this.save = main.getByRole('button', { name: 'Save' });
    this.discard = main.getByRole('button', { name: 'Discard changes' });
    this.mergeInto = main.getByRole('button', { name: 'Merge into…' });
    this.delete = main.getByRole('button', { name: 'Delete', exact: true });
    this.erase = main.getByRole('button', { name: 'Erase personal data…' });
    this.mergeDialog = page.getByRole('dialog', { name: /^Merge .* into…$/ });
    this.memberToKeep = this.mergeDialog.getByRole('combobox', { name: 'Member to keep' });
    this.confirmMerge = this.mergeDialog.getByRole('button', { name: 'Merge', exact: true });
    this.eraseDialog = page.getByRole('alertdialog', { name: /^Erase .* personal data\?$/ });
    this.erasePermanently = this.eraseDialog.getByRole('button', { name: 'Erase permanently' });
  }

  /** The tags shown as tokens, each with its own remove button. */
  tag(name: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name: `Remove tag ${name}` });
  }

  /** One custom field row, holding textboxes "Custom field name" and "Custom field value". */
  customField(key: string): Locator {
    return this.page.getByRole('main').getByRole('group', { name: `Custom field ${key}`, exact: true });
  }

  async addTag(name: string): Promise<void> {
    await this.tags.fill(name);
    await this.tags.press('Enter');
  }
}
