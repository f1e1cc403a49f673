// Page models for the pledges and network screens (renderer/src/screens/pledges/, network/): the
// overview with its thermometers, a campaign, a pledge with its instalments, "Due this week", "All
// pledges" with export, the pledge import, and a member's page. Locators by accessible name only,
// as each screen's header comment lists them.
import { expect, type Locator, type Page } from '@playwright/test';

function mainOf(page: Page): Locator {
  return page.getByRole('main');
}

function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** A thermometer drawn by the shared SVG: an img named by its title and its sentence. */
export function thermometer(scope: Locator, title: string): Locator {
  // The sentence starts with an amount, never a word: "Ann" does not match "Ann with their network …".
  return scope.getByRole('img', { name: new RegExp(`^${escapeRegExp(title)} (?![a-z])`) });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PledgeEntry {
  member: string;
  /** Typed into the member picker to find them. */
  find: string;
  amount: string;
  campaign?: string;
  recurrence?: 'One-off' | 'Weekly' | 'Monthly';
  kind?: 'Money' | 'Hours of time' | 'Actions';
  currency?: string;
  paidNow?: { method?: 'Cash' | 'Cheque' | 'Card' | 'Bank transfer' | 'Other'; reference?: string };
}

export class PledgeDialog {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Record a pledge' });
  }

  async fill(p: PledgeEntry): Promise<void> {
    const d = this.dialog;
    await expect(d).toBeVisible();
    const member = d.getByRole('combobox', { name: 'Member' });
    await member.fill(p.find);
    await d.getByRole('option', { name: new RegExp(escapeRegExp(p.member)) }).first().click();
    await expect(member).toHaveValue(p.member);
    if (p.campaign) await d.getByRole('combobox', { name: 'Pledged to' }).selectOption({ label: p.campaign });
    if (p.kind) await d.getByRole('combobox', { name: 'Pledge of' }).selectOption({ label: p.kind });
    if (p.currency) await d.getByRole('textbox', { name: 'Currency' }).fill(p.currency);
    await d.getByRole('textbox', { name: 'Amount' }).fill(p.amount);
    if (p.recurrence) await d.getByRole('combobox', { name: 'How often' }).selectOption({ label: p.recurrence });
    if (p.paidNow) {
      await d.getByRole('checkbox', { name: /^Paid now/ }).check();
      if (p.paidNow.method) await d.getByRole('combobox', { name: 'Paid by' }).selectOption({ label: p.paidNow.method });
      if (p.paidNow.reference) await d.getByRole('textbox', { name: 'Reference' }).fill(p.paidNow.reference);
    }
  }

  async record(p: PledgeEntry): Promise<void> {
    await this.fill(p);
    await this.dialog.getByRole('button', { name: /^Record (pledge|and make receipt)$/ }).click();
    await expect(this.dialog).toBeHidden();
  }
}

export class ReceiptDialog {
  readonly dialog: Locator;
  readonly frame: Locator;
  readonly print: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Receipt' });
    this.frame = this.dialog.locator('iframe[title^="Receipt "]');
    this.print = this.dialog.getByRole('button', { name: 'Print receipt…' });
  }

  /** The receipt's own page, inside its sandboxed frame. */
  body(): Locator {
    return this.page.frameLocator('dialog iframe[title^="Receipt "]').locator('body');
  }
}

export class PledgesPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly recordPledge: Locator;
  readonly newCampaign: Locator;
  readonly campaigns: Locator;
  readonly chapter: Locator;
  readonly week: Locator;
  readonly emptyCampaigns: Locator;
  readonly campaignDialog: Locator;

  constructor(readonly page: Page) {
    const main = mainOf(page);
    this.main = main;
    this.heading = main.getByRole('heading', { name: 'Pledges', exact: true, level: 1 });
    this.recordPledge = main.getByRole('button', { name: /^Record a pledge/ }).first();
    this.newCampaign = main.getByRole('button', { name: 'New campaign' }).first();
    this.campaigns = main.getByRole('list', { name: 'Campaigns' });
    this.chapter = main.getByRole('region', { name: 'Chapter' });
    this.week = main.getByRole('region', { name: 'This week' });
    this.emptyCampaigns = main.getByRole('heading', { name: 'No campaigns yet' });
    this.campaignDialog = page.getByRole('dialog', { name: 'New campaign' });
  }

  async open(): Promise<void> {
    await navLink(this.page, 'Pledges').click();
    await expect(this.heading).toBeVisible();
  }

  campaign(name: string): Locator {
    return this.campaigns.getByRole('listitem', { name, exact: true });
  }

  async createCampaign(c: { name: string; goal: string; currency?: string; kind?: 'Money' | 'Hours of time' | 'Actions'; description?: string; ends?: string }): Promise<void> {
    await this.newCampaign.click();
    const d = this.campaignDialog;
    await d.getByRole('textbox', { name: 'Name' }).fill(c.name);
    if (c.kind) await d.getByRole('combobox', { name: 'The goal counts' }).selectOption({ label: c.kind });
    if (c.currency) await d.getByRole('textbox', { name: 'Currency' }).fill(c.currency);
    await d.getByRole('textbox', { name: 'Goal' }).fill(c.goal);
    if (c.ends) await d.getByLabel('Ends').fill(c.ends);
    if (c.description) await d.getByRole('textbox', { name: 'Description' }).fill(c.description);
    await d.getByRole('button', { name: 'Create campaign' }).click();
  }
}

export class CampaignPage {
  readonly main: Locator;
  readonly figures: Locator;
  readonly recordPledge: Locator;
  readonly print: Locator;

  constructor(readonly page: Page) {
    this.main = mainOf(page);
    this.figures = this.main.getByLabel('Campaign figures');
    this.recordPledge = this.main.getByRole('button', { name: 'Record a pledge' }).first();
    this.print = this.main.getByRole('button', { name: 'Print…' });
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { name, level: 1 });
  }

  /** The value beside a figure's term: "Goal", "Pledged", "Fulfilled", "Pledges". */
  figure(term: 'Goal' | 'Pledged' | 'Fulfilled' | 'Pledges'): Locator {
    return this.figures.locator('div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
  }

  pledges(name: string): Locator {
    return this.main.getByRole('table', { name: `Pledges to ${name}` });
  }
}

export class PledgePage {
  readonly main: Locator;
  readonly facts: Locator;
  readonly instalments: Locator;
  readonly markPaidDialog: Locator;

  constructor(readonly page: Page) {
    this.main = mainOf(page);
    this.facts = this.main.getByLabel('About this pledge');
    this.instalments = this.main.getByRole('table', { name: 'Instalments' });
    this.markPaidDialog = page.getByRole('dialog', { name: 'Mark paid' });
  }

  instalment(dueText: string | RegExp): Locator {
    return this.instalments.getByRole('row', { name: typeof dueText === 'string' ? `Instalment due ${dueText}` : dueText });
  }
}

export class DuePage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly table: Locator;
  readonly behind: Locator;
  readonly hideNames: Locator;

  constructor(readonly page: Page) {
    this.main = mainOf(page);
    this.heading = this.main.getByRole('heading', { name: 'Due this week', level: 1 });
    this.table = this.main.getByRole('table', { name: 'Due' });
    this.behind = this.main.getByRole('table', { name: 'Behind' });
    this.hideNames = this.main.getByRole('checkbox', { name: 'Hide names' });
  }

  async open(): Promise<void> {
    await navLink(this.page, 'Due this week').click();
    await expect(this.heading).toBeVisible();
  }

  row(name: string | RegExp): Locator {
    return this.table.getByRole('row', { name });
  }

  /** Picks "This week" or "Owed up to today" as a person does: by its label (the radio is drawn as a segment). */
  async show(range: 'This week' | 'Owed up to today'): Promise<void> {
    await this.main.getByRole('radiogroup', { name: 'Show' }).locator('label', { hasText: range }).click();
    await expect(this.main.getByRole('radio', { name: range })).toBeChecked();
  }
}

export class PledgeListPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly count: Locator;
  readonly table: Locator;
  readonly importPledges: Locator;
  readonly exportPledges: Locator;
  readonly exportFulfilments: Locator;

  constructor(readonly page: Page) {
    this.main = mainOf(page);
    this.heading = this.main.getByRole('heading', { name: 'All pledges', level: 1 });
    this.count = this.main.getByRole('status');
    this.table = this.main.getByRole('table', { name: 'Pledges' });
    this.importPledges = this.main.getByRole('button', { name: 'Import pledges' }).first();
    this.exportPledges = this.main.getByRole('button', { name: 'Export pledges' });
    this.exportFulfilments = this.main.getByRole('button', { name: 'Export fulfilments' });
  }

  async open(): Promise<void> {
    await navLink(this.page, 'All pledges').click();
    await expect(this.heading).toBeVisible();
  }
}

export class PledgeImportPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly file: Locator;
  readonly preview: Locator;
  readonly counts: Locator;
  readonly rejected: Locator;
  readonly sample: Locator;
  readonly columns: Locator;
  readonly downloadReport: Locator;
  readonly chooseAnother: Locator;
  readonly importButton: Locator;
  readonly problem: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.main = mainOf(page);
    this.heading = this.main.getByRole('heading', { name: 'Import pledges', level: 1 });
    this.file = this.main.getByLabel('CSV file of pledges');
    this.preview = this.main.getByRole('button', { name: 'Preview' });
    this.counts = this.main.getByLabel('Import counts');
    this.rejected = this.main.getByRole('table', { name: /fixing$/ });
    this.sample = this.main.getByRole('table', { name: 'The first rows, as they will be saved' });
    this.columns = this.main.getByRole('table', { name: 'Columns' });
    this.downloadReport = this.main.getByRole('button', { name: 'Download report' });
    this.chooseAnother = this.main.getByRole('button', { name: 'Choose another file' });
    this.importButton = this.main.getByRole('button', { name: /^(Import \d+ pledges?|Fix the rejected rows to import|Nothing new to import)$/ });
    this.problem = this.main.getByRole('alert');
    this.done = this.main.getByRole('status').filter({ hasText: /^Imported/ });
  }

  count(term: 'To create' | 'Already recorded' | 'Rejected'): Locator {
    return this.counts.locator('div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
  }
}

export class MemberPagePage {
  readonly main: Locator;
  readonly views: Locator;
  readonly recruitsPledged: Locator;
  readonly networkPledged: Locator;

  constructor(readonly page: Page) {
    this.main = mainOf(page);
    this.views = this.main.getByRole('navigation', { name: 'Member views' });
    this.recruitsPledged = this.main.getByRole('list', { name: 'Recruits pledged' });
    this.networkPledged = this.main.getByRole('list', { name: 'Network pledged' });
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { name, level: 1 });
  }

  /** The recruits a member brought in, one nested list per level. */
  recruitsOf(name: string): Locator {
    return this.main.getByRole('list', { name: `Recruited by ${name}`, exact: true });
  }

  pledges(name: string): Locator {
    return this.main.getByRole('table', { name: `Pledges by ${name}` });
  }
}
