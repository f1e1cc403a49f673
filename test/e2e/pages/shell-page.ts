// The frame around every screen (renderer/src/app/shell.tsx, sidebar.tsx, command-palette.tsx,
// status-line.tsx, connection-lost.tsx): skip link, sidebar, "Go to…" palette, status line.
import type { Locator, Page } from '@playwright/test';

export type ScreenName = 'Members' | 'Duplicates' | 'Import' | 'Settings';

export class ShellPage {
  readonly skipLink: Locator;
  readonly main: Locator;
  readonly sidebar: Locator;
  readonly nav: Locator;
  readonly goToButton: Locator;
  readonly palette: Locator;
  readonly paletteInput: Locator;
  readonly paletteResults: Locator;
  readonly savedStatus: Locator;
  readonly connectionLost: Locator;
  readonly notifications: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
    this.main = page.getByRole('main');
    this.sidebar = page.getByRole('complementary', { name: 'Sidebar' });
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.goToButton = page.getByRole('button', { name: /^Go to…/ });
    this.palette = page.getByRole('dialog', { name: 'Go to', exact: true });
    this.paletteInput = page.getByRole('combobox', { name: 'Go to a member or screen' });
    this.paletteResults = page.getByRole('listbox', { name: 'Results' });
    this.savedStatus = page.getByRole('contentinfo').getByRole('status').first();
    this.connectionLost = page.getByRole('alertdialog', { name: /core stopped|cannot be reached/ });
    this.notifications = page.getByRole('region', { name: 'Notifications' });
  }

  navLink(screen: ScreenName): Locator {
    return this.nav.getByRole('link', { name: screen });
  }

  async goTo(screen: ScreenName): Promise<void> {
    await this.navLink(screen).click();
  }

  paletteOption(name: string | RegExp): Locator {
    return this.paletteResults.getByRole('option', { name });
  }

  /** A toast in the notifications region, by its text. */
  toast(text: string | RegExp): Locator {
    return this.notifications.getByRole('status').filter({ hasText: text });
  }
}
