// Duplicates (renderer/src/screens/members/duplicates-screen.tsx).
import type { Locator, Page } from '@playwright/test';

export class DuplicatesPage {
  readonly heading: Locator;
  readonly noneFound: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Duplicates', level: 1 });
    this.noneFound = main.getByRole('heading', { name: 'No duplicates found' });
  }

  /** One group of members sharing something, e.g. group('same e-mail ann@example.org'). */
  group(reason: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('region', { name: reason });
  }
}
