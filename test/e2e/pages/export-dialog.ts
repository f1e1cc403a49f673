// The Members screen's "Export members" dialog (renderer/src/screens/members/export-dialog.tsx).
import type { Download, Locator, Page } from '@playwright/test';

export class ExportDialog {
  readonly dialog: Locator;
  readonly allMembers: Locator;
  readonly matchingSearch: Locator;
  readonly chapterhouseCsv: Locator;
  readonly actionNetworkCsv: Locator;
  readonly nationBuilderCsv: Locator;
  readonly downloadButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export members' });
    this.allMembers = this.dialog.getByRole('radio', { name: /^All members/ });
    this.matchingSearch = this.dialog.getByRole('radio', { name: /^Members matching the current search/ });
    this.chapterhouseCsv = this.dialog.getByRole('radio', { name: /^Chapterhouse CSV/ });
    this.actionNetworkCsv = this.dialog.getByRole('radio', { name: /^Action Network CSV/ });
    this.nationBuilderCsv = this.dialog.getByRole('radio', { name: /^NationBuilder CSV/ });
    this.downloadButton = this.dialog.getByRole('button', { name: 'Download CSV' });
  }

  /** Clicks "Download CSV" and returns the file the browser saved. */
  async download(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadButton.click()]);
    return download;
  }
}
