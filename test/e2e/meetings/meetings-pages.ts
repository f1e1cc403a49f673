// Page models for the meetings screens (renderer/src/screens/meetings/, kiosk/, decisions/): the
// list of meetings, one meeting's tabs, the kiosk, and the decisions register. Locators by
// accessible name only, as each screen's header comment lists them.
import { expect, type Locator, type Page } from '@playwright/test';

function mainOf(page: Page): Locator {
  return page.getByRole('main');
}

export class MeetingsPage {
  readonly heading: Locator;
  readonly schedule: Locator;
  readonly dialog: Locator;
  readonly search: Locator;
  readonly list: Locator;
  readonly emptyHeading: Locator;

  constructor(readonly page: Page) {
    const main = mainOf(page);
    this.heading = main.getByRole('heading', { name: 'Meetings', exact: true, level: 1 });
    this.schedule = main.getByRole('button', { name: /^Schedule a meeting/ }).first();
    this.dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
    this.search = main.getByRole('searchbox', { name: 'Search meetings' });
    this.list = main.getByRole('list', { name: 'Meetings' });
    this.emptyHeading = main.getByRole('heading', { name: 'No meetings yet' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }

  item(title: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true });
  }

  async scheduleMeeting(m: { title: string; place?: string; onlineLink?: string; quorum?: string; agenda?: string[] }): Promise<void> {
    await this.schedule.click();
    const d = this.dialog;
    await d.getByRole('textbox', { name: 'Title' }).fill(m.title);
    if (m.place) await d.getByRole('textbox', { name: 'Place' }).fill(m.place);
    if (m.onlineLink) await d.getByRole('textbox', { name: 'Online link' }).fill(m.onlineLink);
    if (m.quorum !== undefined) await d.getByRole('textbox', { name: 'Quorum (% of those present)' }).fill(m.quorum);
    if (m.agenda) await d.getByRole('textbox', { name: 'Agenda' }).fill(m.agenda.join('\n'));
    await d.getByRole('button', { name: 'Schedule meeting' }).click();
  }
}

export class MeetingPage {
  readonly main: Locator;
  readonly start: Locator;
  readonly closeMeeting: Locator;
  readonly closeDialog: Locator;
  readonly exportMinutes: Locator;
  readonly printable: Locator;
  readonly printDialog: Locator;
  readonly sealedRecord: Locator;
  readonly recordHash: Locator;
  readonly facts: Locator;
  /** The badge beside the title: "Scheduled", "In progress" or "Closed and sealed". */
  readonly status: Locator;
  // Agenda
  readonly agenda: Locator;
  readonly newItem: Locator;
  readonly newItemProposal: Locator;
  readonly addItem: Locator;
  // Attendance
  readonly finder: Locator;
  readonly matches: Locator;
  readonly checkInSaid: Locator;
  readonly walkIn: Locator;
  readonly present: Locator;
  readonly presentSummary: Locator;
  readonly showPhonePage: Locator;
  readonly phoneAddress: Locator;
  readonly phoneQr: Locator;
  readonly kioskButton: Locator;
  readonly kioskDialog: Locator;
  // Motions
  readonly putMotion: Locator;
  readonly motions: Locator;
  // Minutes
  readonly minutesEditor: Locator;
  readonly sealedMinutes: Locator;

  constructor(readonly page: Page) {
    const main = mainOf(page);
    this.main = main;
    this.start = main.getByRole('button', { name: 'Start the meeting' }).first();
    this.closeMeeting = main.getByRole('button', { name: 'Close the meeting' });
    this.closeDialog = page.getByRole('alertdialog', { name: 'Close and seal this meeting?' });
    this.exportMinutes = main.getByRole('button', { name: 'Export minutes' });
    this.printable = main.getByRole('button', { name: 'Printable minutes' });
    this.printDialog = page.getByRole('dialog', { name: 'Printable minutes' });
    this.sealedRecord = main.getByRole('region', { name: 'Sealed record' });
    this.recordHash = this.sealedRecord.locator('code.hash');
    this.facts = main.getByRole('list', { name: 'About this meeting' });
    this.status = main.locator('.screen-header .badge-status');
    this.agenda = main.getByRole('list', { name: 'Agenda' });
    this.newItem = main.getByRole('textbox', { name: 'New agenda item' });
    this.newItemProposal = main.getByRole('combobox', { name: 'Tied to a proposal' });
    this.addItem = main.getByRole('button', { name: 'Add item' });
    this.finder = main.getByRole('combobox', { name: 'Find a member to check in' });
    this.matches = main.getByRole('listbox', { name: 'Matching members' });
    this.checkInSaid = main.locator('.check-in-said');
    this.walkIn = main.getByRole('form', { name: 'Walk-in' });
    this.present = main.getByRole('list', { name: 'Present' });
    this.presentSummary = main.locator('.present-summary');
    this.showPhonePage = main.getByRole('button', { name: 'Show the phone sign-in page' });
    this.phoneAddress = main.getByLabel('Address of the phone sign-in page');
    this.phoneQr = main.getByRole('img', { name: 'QR code of the phone sign-in page' });
    this.kioskButton = main.getByRole('button', { name: 'Kiosk mode', exact: true });
    this.kioskDialog = page.getByRole('dialog', { name: 'Kiosk mode' });
    this.putMotion = main.getByRole('form', { name: 'Put a motion' });
    this.motions = main.getByRole('list', { name: 'Motions' });
    this.minutesEditor = main.getByRole('region', { name: 'Minutes' }).getByRole('textbox', { name: 'Minutes' });
    this.sealedMinutes = page.frameLocator('iframe[title="Sealed minutes"]').locator('body');
  }

  heading(title: string): Locator {
    return this.main.getByRole('heading', { name: title, level: 1 });
  }

  tab(name: 'Agenda' | 'Attendance' | 'Motions' | 'Minutes'): Locator {
    return this.main.getByRole('tablist', { name: 'Meeting' }).getByRole('tab', { name });
  }

  async showTab(name: 'Agenda' | 'Attendance' | 'Motions' | 'Minutes'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  agendaItem(title: string): Locator {
    return this.agenda.getByRole('listitem', { name: title, exact: true });
  }

  /** Checks in the top match for what is typed, with Enter, and waits for the desk to say so. */
  async checkIn(typed: string, expectName: string | RegExp, options: { arrowDown?: number } = {}): Promise<void> {
    await this.finder.fill(typed);
    if (options.arrowDown) {
      await expect(this.matches.getByRole('option').nth(options.arrowDown)).toBeVisible();
      for (let i = 0; i < options.arrowDown; i++) await this.finder.press('ArrowDown');
    }
    await this.finder.press('Enter');
    await expect(this.checkInSaid).toHaveText(typeof expectName === 'string' ? `Checked in ${expectName}` : expectName);
    await expect(this.finder).toHaveValue('');
  }

  async signUpWalkIn(w: { name: string; email?: string; phone?: string; consent?: boolean; pledge?: string }): Promise<void> {
    const f = this.walkIn;
    await f.getByRole('textbox', { name: 'Name' }).fill(w.name);
    if (w.email) await f.getByRole('textbox', { name: 'E-mail' }).fill(w.email);
    if (w.phone) await f.getByRole('textbox', { name: 'Phone' }).fill(w.phone);
    if (w.consent) await f.getByRole('checkbox').check();
    if (w.pledge) await f.getByRole('textbox', { name: 'Monthly pledge, if you like' }).fill(w.pledge);
    await f.getByRole('button', { name: 'Sign up and check in' }).click();
  }

  async putAMotion(m: { text: string; agendaItem?: string; counting?: 'Show of hands' | 'Paper ballots' }): Promise<void> {
    const f = this.putMotion;
    await f.getByRole('textbox', { name: 'Motion', exact: true }).fill(m.text);
    if (m.agendaItem) await f.getByRole('combobox', { name: 'Agenda item' }).selectOption({ label: m.agendaItem });
    if (m.counting) await f.getByRole('radio', { name: m.counting }).check();
    await f.getByRole('button', { name: 'Put the motion' }).click();
    await expect(this.motion(m.text)).toBeVisible();
  }

  motion(text: string): Locator {
    return this.motions.getByRole('listitem', { name: text, exact: true });
  }

  async count(text: string, c: { for: number; against: number; abstain: number; proxies?: number }): Promise<void> {
    const m = this.motion(text);
    await m.getByRole('spinbutton', { name: 'For' }).fill(String(c.for));
    await m.getByRole('spinbutton', { name: 'Against' }).fill(String(c.against));
    await m.getByRole('spinbutton', { name: 'Abstain' }).fill(String(c.abstain));
    await m.getByRole('spinbutton', { name: 'Proxies' }).fill(String(c.proxies ?? 0));
  }

  async recordDecision(text: string): Promise<void> {
    await this.motion(text).getByRole('button', { name: 'Close and record the decision' }).click();
    await this.page.getByRole('alertdialog', { name: 'Record the decision?' }).getByRole('button', { name: 'Record the decision' }).click();
    await expect(this.motion(text).getByRole('region', { name: 'Decision' })).toBeVisible();
  }

  /** The record hash of a decided motion. */
  decisionHash(text: string): Locator {
    return this.motion(text).getByRole('region', { name: 'Decision' }).locator('code.hash').first();
  }

  async closeAndSeal(): Promise<void> {
    await this.closeMeeting.click();
    await this.closeDialog.getByRole('button', { name: 'Close and seal' }).click();
    await expect(this.sealedRecord).toBeVisible();
  }
}

export class KioskPage {
  readonly form: Locator;
  readonly welcome: Locator;
  readonly leave: Locator;
  readonly leaveDialog: Locator;
  readonly pin: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Your details' });
    this.welcome = page.locator('.kiosk-welcome');
    this.leave = page.getByRole('button', { name: 'Leave kiosk mode' });
    this.leaveDialog = page.getByRole('dialog', { name: 'Leave kiosk mode' });
    this.pin = this.leaveDialog.getByLabel("Lead's PIN");
  }

  heading(meetingTitle: string): Locator {
    return this.page.getByRole('heading', { name: `Sign in to ${meetingTitle}`, level: 1 });
  }

  async signIn(p: { name: string; email?: string; phone?: string }): Promise<void> {
    await this.form.getByRole('textbox', { name: 'Name' }).fill(p.name);
    if (p.email) await this.form.getByRole('textbox', { name: 'E-mail' }).fill(p.email);
    if (p.phone) await this.form.getByRole('textbox', { name: 'Phone' }).fill(p.phone);
    await this.form.getByRole('button', { name: 'Sign in' }).click();
  }

  async leaveWith(pin: string): Promise<void> {
    if (!(await this.leaveDialog.isVisible())) await this.leave.click();
    await this.pin.fill(pin);
    await this.leaveDialog.getByRole('button', { name: 'Leave', exact: true }).click();
  }
}

export class DecisionsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly meetingFilter: Locator;
  readonly verify: Locator;
  readonly verification: Locator;

  constructor(readonly page: Page) {
    const main = mainOf(page);
    this.heading = main.getByRole('heading', { name: 'Decisions', exact: true, level: 1 });
    this.list = main.getByRole('list', { name: 'Decisions' });
    this.search = main.getByRole('searchbox', { name: 'Search decisions' });
    this.meetingFilter = main.getByRole('combobox', { name: 'Meeting' });
    this.verify = main.getByRole('button', { name: 'Verify records' });
    this.verification = main.getByRole('region', { name: 'Verification' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions', exact: true }).click();
    await expect(this.heading).toBeVisible();
  }

  entry(title: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true });
  }

  hash(title: string): Locator {
    return this.entry(title).locator('code.hash');
  }
}
