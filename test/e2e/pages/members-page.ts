// The roster (renderer/src/screens/members/members-screen.tsx, member-table.tsx).
import type { Locator, Page } from '@playwright/test';

export class MembersPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly tagFilter: Locator;
  readonly statusFilter: Locator;
  /** "24 members", "1 member". */
  readonly count: Locator;
  readonly exportButton: Locator;
  readonly importButton: Locator;
  readonly addMember: Locator;
  readonly grid: Locator;
  /** Member rows only (the header row holds column headers, not cells). */
  readonly rows: Locator;
  /** The highlighted row, the one Enter opens. */
  readonly activeRow: Locator;
  readonly emptyHeading: Locator;
  readonly noResultsHeading: Locator;
  readonly clearSearch: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Members', exact: true, level: 1 });
    this.search = main.getByRole('searchbox', { name: 'Search members' });
    this.tagFilter = main.getByRole('combobox', { name: 'Tag', exact: true });
    this.statusFilter = main.getByRole('combobox', { name: 'Status', exact: true });
    this.count = main.getByRole('status').filter({ hasText: /\bmembers?$/ });
    this.exportButton = main.getByRole('button', { name: 'Export', exact: true });
    this.importButton = main.getByRole('button', { name: 'Import', exact: true });
    this.addMember = main.getByRole('button', { name: 'Add member' });
    this.grid = main.getByRole('grid', { name: 'Members' });
    this.rows = this.grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
    this.activeRow = this.grid.getByRole('row', { selected: true });
    this.emptyHeading = main.getByRole('heading', { name: /^No members yet/ });
    this.noResultsHeading = main.getByRole('heading', { name: 'No members match' });
    this.clearSearch = main.getByRole('button', { name: 'Clear search' });
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
  }
}
