// The Sync screen (renderer/src/screens/sync/sync-screen.tsx and the files beside it), the status
// line's word on sync (renderer/src/app/sync-status.tsx), and the Headquarters screen
// (renderer/src/screens/headquarters/headquarters-screen.tsx).
import type { Locator, Page } from '@playwright/test';

/** The five things the status line says about sync. */
const SYNC_PHRASES = /^(In sync|Syncing…|[\d,.\s]+ changes? waiting to sync|Offline — .+|Sync not set up)$/;

export class SyncPage {
  readonly navLink: Locator;
  readonly heading: Locator;
  /** The status line's sync button: one of the five phrases; a click opens this screen. */
  readonly statusLine: Locator;
  readonly hubs: Locator;
  readonly emptyHeading: Locator;
  readonly hubAddress: Locator;
  readonly inviteCode: Locator;
  readonly linkChapter: Locator;
  readonly joinButton: Locator;
  readonly allowInsecure: Locator;
  readonly hostButton: Locator;
  readonly newInviteButton: Locator;
  readonly stopHostingButton: Locator;
  readonly meetingAddresses: Locator;
  readonly meetingInvite: Locator;
  readonly meetingQr: Locator;
  readonly leaveDialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.navLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sync', exact: true });
    this.heading = main.getByRole('heading', { name: 'Sync', exact: true, level: 1 });
    this.statusLine = page.getByRole('contentinfo').getByRole('button', { name: SYNC_PHRASES });
    this.hubs = main.getByRole('list', { name: 'Hubs' });
    this.emptyHeading = main.getByRole('heading', { name: 'No hub yet' });
    this.hubAddress = main.getByRole('textbox', { name: 'Hub address' });
    this.inviteCode = main.getByRole('textbox', { name: 'Invite code', exact: true });
    this.linkChapter = main.getByRole('checkbox', { name: "Link this chapter to the hub's chapter" });
    this.joinButton = main.getByRole('button', { name: 'Join hub', exact: true });
    this.allowInsecure = main.getByRole('button', { name: 'Allow an unencrypted connection' });
    this.hostButton = main.getByRole('button', { name: 'Host sync for this meeting' });
    this.newInviteButton = main.getByRole('button', { name: 'New invite for the next device' });
    this.stopHostingButton = main.getByRole('button', { name: 'Stop hosting' });
    this.meetingAddresses = main.getByRole('list', { name: 'Addresses of this meeting hub' });
    this.meetingInvite = main.getByLabel('Invite code for this meeting');
    this.meetingQr = main.getByRole('img', { name: 'QR code with the address and invite code' });
    this.leaveDialog = page.getByRole('alertdialog', { name: 'Leave this hub?' });
  }

  /** One joined hub's card, by its address. */
  hub(url: string): Locator {
    return this.hubs.getByRole('listitem', { name: url, exact: true });
  }

  async open(): Promise<void> {
    await this.navLink.click();
    await this.heading.waitFor();
  }

  async join({ address, invite, link = false }: { address: string; invite: string; link?: boolean }): Promise<void> {
    await this.hubAddress.fill(address);
    await this.inviteCode.fill(invite);
    await this.linkChapter.setChecked(link);
    await this.joinButton.click();
  }
}

export class HeadquartersPage {
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly refresh: Locator;
  readonly chapters: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.navLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Headquarters', exact: true });
    this.heading = main.getByRole('heading', { name: 'Headquarters', exact: true, level: 1 });
    this.refresh = main.getByRole('button', { name: 'Refresh' });
    this.chapters = main.getByRole('table', { name: 'Chapters' });
  }

  /** A chapter's row: its name (a row header), then members and last sync. */
  chapter(name: string): Locator {
    return this.chapters.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
