// Settings (renderer/src/screens/settings/settings-screen.tsx, backups-section.tsx).
import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly heading: Locator;
  readonly organiserName: Locator;
  readonly yourMemberRecord: Locator;
  readonly save: Locator;
  readonly backUpNow: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Settings', level: 1 });
    this.organiserName = main.getByRole('textbox', { name: 'Organiser name' });
    this.yourMemberRecord = main.getByRole('combobox', { name: 'Your member record' });
    this.save = main.getByRole('button', { name: 'Save' });
    this.backUpNow = main.getByRole('button', { name: 'Back up now' });
  }
}
