// Page models for the Proposals screens (renderer/src/screens/proposals/): the board of proposals,
// one proposal's page with its co-editor, and its vote board. Locators by accessible name only.
import type { Locator, Page } from '@playwright/test';

type Call = (method: string, input: unknown) => Promise<unknown>;

/** A contract call through the page's own window.chapterhouse, for putting data in place. */
export async function coreCall<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    ([m, i]) => (window as unknown as { chapterhouse: { call: Call } }).chapterhouse.call(m as string, i) as Promise<T>,
    [method, input] as const,
  );
}

/** Closes every notification, so a screenshot shows the screen and not the toasts over it. */
export async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss notification' });
  while ((await buttons.count()) > 0) await buttons.first().click();
}

export class ProposalsBoard {
  readonly heading: Locator;
  readonly newProposal: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly tagFilter: Locator;
  readonly list: Locator;
  readonly emptyHeading: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Proposals', exact: true, level: 1 });
    this.newProposal = main.getByRole('button', { name: 'New proposal' });
    this.search = main.getByRole('searchbox', { name: 'Search proposals' });
    this.statusFilter = main.getByRole('combobox', { name: 'Status', exact: true });
    this.tagFilter = main.getByRole('combobox', { name: 'Tag', exact: true });
    this.list = main.getByRole('list', { name: 'Proposals' });
    this.emptyHeading = main.getByRole('heading', { name: 'No proposals yet' });
    this.dialog = page.getByRole('dialog', { name: 'New proposal' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Proposals' }).click();
  }

  item(title: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true });
  }

  /** Fills and sends the "New proposal" form; the advocate is picked by typing part of a name. */
  async create(p: { title: string; summary?: string; tags?: string[]; advocate?: string; body?: string }): Promise<void> {
    await this.newProposal.click();
    const d = this.dialog;
    await d.getByRole('textbox', { name: 'Title' }).fill(p.title);
    if (p.summary) await d.getByRole('textbox', { name: 'Summary' }).fill(p.summary);
    for (const tag of p.tags ?? []) {
      await d.getByRole('combobox', { name: 'Tags' }).fill(tag);
      await d.getByRole('combobox', { name: 'Tags' }).press('Enter');
    }
    if (p.advocate) await pickMember(d.getByRole('combobox', { name: 'Advocate' }), this.page, p.advocate);
    if (p.body) await d.getByRole('textbox', { name: 'Body' }).fill(p.body);
    await d.getByRole('button', { name: 'Create proposal' }).click();
  }
}

/** Types into a member picker and chooses the first match. */
export async function pickMember(picker: Locator, page: Page, name: string): Promise<void> {
  await picker.fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().click();
}

export class ProposalPage {
  readonly editor: Locator;
  readonly editorRegion: Locator;
  readonly toolbar: Locator;
  readonly caretLabels: Locator;
  readonly openVote: Locator;
  readonly openVoteDialog: Locator;
  readonly tally: Locator;
  readonly decision: Locator;
  readonly castVote: Locator;
  readonly votingAs: Locator;
  readonly closeVote: Locator;
  readonly exportMarkdown: Locator;
  readonly support: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.editorRegion = main.getByRole('region', { name: 'Proposal text' });
    this.editor = this.editorRegion.getByRole('textbox', { name: 'Proposal text' });
    this.toolbar = this.editorRegion.getByRole('toolbar', { name: 'Formatting' });
    this.caretLabels = this.editorRegion.locator('.collaboration-carets__label');
    this.openVote = main.getByRole('button', { name: 'Open a vote' });
    this.openVoteDialog = page.getByRole('dialog', { name: 'Open a vote' });
    this.tally = main.getByRole('region', { name: 'Tally' });
    this.decision = main.getByRole('region', { name: 'Decision' });
    this.castVote = main.getByRole('button', { name: 'Cast vote' });
    this.votingAs = main.getByRole('combobox', { name: 'Voting as' });
    this.closeVote = main.getByRole('button', { name: 'Close the vote' });
    this.exportMarkdown = main.getByRole('button', { name: 'Export as Markdown' });
    this.support = main.getByRole('button', { name: 'Support', exact: true });
  }

  heading(title: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { name: title, level: 1 });
  }

  async openBoard(board: { method: string; options?: string[]; quorumPercent?: string }): Promise<void> {
    await this.openVote.click();
    const d = this.openVoteDialog;
    await d.getByRole('combobox', { name: 'Method' }).selectOption(board.method);
    if (board.options) await d.getByRole('textbox', { name: /^Options/ }).fill(board.options.join('\n'));
    if (board.quorumPercent) await d.getByRole('textbox', { name: 'Quorum (% of members)' }).fill(board.quorumPercent);
    await d.getByRole('button', { name: 'Open vote' }).click();
  }

  /** Casts a ranked ballot for a member, choosing options in order of preference. */
  async voteRanked(member: string, ranking: string[]): Promise<void> {
    await pickMember(this.votingAs, this.page, member);
    for (const option of ranking) await this.page.getByRole('main').getByRole('button', { name: `Rank ${option}`, exact: true }).click();
    await this.castVote.click();
  }
}
