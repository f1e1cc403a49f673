// The import wizard (renderer/src/screens/import/*): choose file → map columns → review → import.
import type { Download, Locator, Page } from '@playwright/test';

export class ImportPage {
  readonly heading: Locator;
  readonly currentStep: Locator;
  // 1. Choose file
  readonly fileInput: Locator;
  readonly format: Locator;
  readonly previewButton: Locator;
  // 2. Map columns, 3. Review
  readonly counts: Locator;
  readonly back: Locator;
  readonly continueButton: Locator;
  readonly sampleTable: Locator;
  readonly leftOutTable: Locator;
  readonly importButton: Locator;
  // 4. Import
  readonly progress: Locator;
  readonly finished: Locator;
  readonly rejectedTable: Locator;
  readonly downloadReportButton: Locator;
  readonly importAnother: Locator;
  readonly showMembers: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Import members', level: 1 });
    this.currentStep = main.getByRole('list', { name: 'Steps' }).locator('[aria-current="step"]');
    this.fileInput = main.getByLabel('CSV file');
    this.format = main.getByRole('combobox', { name: 'Format' });
    this.previewButton = main.getByRole('button', { name: 'Preview' });
    this.counts = main.getByLabel('Import counts');
    this.back = main.getByRole('button', { name: 'Back', exact: true });
    this.continueButton = main.getByRole('button', { name: 'Continue' });
    this.sampleTable = main.getByRole('table', { name: 'The first rows, as they will be saved' });
    this.leftOutTable = main.getByRole('table', { name: /will be left out$/ });
    this.importButton = main.getByRole('button', { name: /^Import [\d,]+ members?$/ });
    this.progress = main.getByRole('progressbar', { name: 'Import progress' });
    this.finished = main.getByRole('heading', { name: 'Import finished' });
    this.rejectedTable = main.getByRole('table', { name: 'Rejected rows' });
    this.downloadReportButton = main.getByRole('button', { name: 'Download report' });
    this.importAnother = main.getByRole('button', { name: 'Import another file' });
    this.showMembers = main.getByRole('button', { name: 'Show members' });
    this.alert = main.getByRole('alert');
  }

  /** The number under "To create", "To update" or "Rejected". */
  count(label: 'To create' | 'To update' | 'Rejected'): Locator {
    return this.counts.locator('div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  columnMapping(header: string): Locator {
    return this.page.getByRole('main').getByRole('combobox', { name: `Import column “${header}” as` });
  }

  /** The summary line under "Import finished": "24 members created, 0 updated, 0 rejected." */
  get summary(): Locator {
    return this.finished.locator('xpath=..').getByText(/created, .* updated, .* rejected\./);
  }

  /** Rows of a rejected-rows table as [line, reason] pairs. */
  async rejectedRows(table: Locator = this.rejectedTable): Promise<[string, string][]> {
    const rows = table.locator('tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') as [string, string]));
  }

  async chooseFile(file: string): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /**
   * Records every state the progress bar shows from now on (its aria-valuetext), so a test can
   * check the bar was there even when an import of a few rows finishes within one frame.
   */
  async recordProgress(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __importProgress: string[] }).__importProgress = seen;
      const look = () => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Import progress"]');
        const text = bar?.getAttribute('aria-valuetext');
        if (bar && text && seen[seen.length - 1] !== text) seen.push(text);
      };
      new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { __importProgress: string[] }).__importProgress);
  }

  async downloadReport(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadReportButton.click()]);
    return download;
  }
}
