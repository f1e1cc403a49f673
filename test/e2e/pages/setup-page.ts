// First start on an empty data dir (renderer/src/screens/setup/setup-screen.tsx).
import type { Locator, Page } from '@playwright/test';

export class SetupPage {
  readonly heading: Locator;
  readonly chapterName: Locator;
  readonly country: Locator;
  readonly organiserName: Locator;
  readonly start: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Set up Chapterhouse' });
    this.chapterName = page.getByRole('textbox', { name: 'Chapter name' });
    this.country = page.getByRole('combobox', { name: 'Country' });
    this.organiserName = page.getByRole('textbox', { name: 'Who is using this computer' });
    this.start = page.getByRole('button', { name: 'Start' });
  }

  async setUp({ chapterName, countryCode, organiserName }: { chapterName: string; countryCode: string; organiserName: string }): Promise<void> {
    await this.chapterName.fill(chapterName);
    await this.country.selectOption(countryCode);
    await this.organiserName.fill(organiserName);
    await this.start.click();
  }
}
