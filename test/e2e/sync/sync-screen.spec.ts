// The Sync screen on one computer, without a hub of its own: the empty state, the join form's
// checks (including the second confirmation for an unencrypted address outside private networks),
// and hosting sync for a meeting (address, invite code, QR code, a new invite, stopping). Each state
// is checked for one h1 and named controls, and saved in light and dark for a person to look at.
import { checkScreen, screenshotBothSchemes } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { setUpChapter } from '../support/seed';
import { SyncPage } from './sync-page';

const INVITE_CODE = /^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){4}$/;

test('the Sync screen: empty, joining with checks, and hosting sync for a meeting', async ({ page, host }, testInfo) => {
  const sync = new SyncPage(page);
  await setUpChapter(page);
  await page.reload();

  await test.step('with no hub, it says what a hub is and points to joining and hosting', async () => {
    await expect(sync.statusLine).toHaveText('Sync not set up');
    await sync.open();
    await expect(sync.emptyHeading).toBeVisible();
    await expect(page.getByRole('main')).toContainText('A hub is where the copies of a chapter meet and merge');
    await expect(sync.hubs).toHaveCount(0);
    await checkScreen(page, 'sync-empty');
    await screenshotBothSchemes(page, testInfo, 'sync-empty');
    await page.getByRole('main').getByRole('link', { name: 'Join a hub' }).click();
    await expect(sync.hubAddress).toBeFocused();
  });

  await test.step('the join form says how to fix what was typed', async () => {
    await sync.hubAddress.fill('hq.example.org');
    await sync.inviteCode.focus();
    await expect(sync.hubAddress).toHaveAttribute('aria-invalid', 'true');
    await expect(sync.hubAddress).toHaveAccessibleDescription(/^Start the address with https:\/\//);
    await sync.joinButton.click();
    await expect(sync.inviteCode).toHaveAttribute('aria-invalid', 'true');
    await expect(sync.hubAddress).toBeFocused();
  });

  await test.step('an unencrypted address outside private networks needs a second word, then joins allowing it', async () => {
    // An IPv4-mapped IPv6 address is not one the core counts as loopback or private, yet it reaches
    // this computer: the browser host answers it (it is not a hub), so the second try fails fast.
    const port = new URL(host.url).port;
    await sync.join({ address: `http://[::ffff:127.0.0.1]:${port}`, invite: 'ABCD-EFGH-JKMN-PQRS-TUVW' });
    const refusal = page.getByRole('alert').filter({ hasText: 'This address is not encrypted' });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText('must use TLS (https://)');
    await refusal.getByRole('button', { name: 'Cancel' }).click();
    await expect(refusal).toHaveCount(0);
    await sync.joinButton.click();
    await expect(sync.allowInsecure).toBeVisible();
    await sync.allowInsecure.click();
    await expect(refusal).toHaveCount(0);
    // Past the TLS rule: now it is the (non-)hub at that address that says no, or the network.
    await expect(page.getByRole('alert').filter({ hasText: /^(The hub refused the invite|Cannot reach the hub)/ })).toBeVisible();
    await expect(sync.hubs).toHaveCount(0);
  });

  await test.step('hosting sync for this meeting shows the address, the invite code and a QR code', async () => {
    await sync.hostButton.click();
    await expect(sync.meetingInvite).toHaveText(INVITE_CODE);
    await expect(sync.meetingAddresses.getByRole('listitem').first()).toHaveText(/^http:\/\/[\d.]+:\d+$/);
    await expect(sync.meetingQr).toBeVisible();
    await expect(sync.meetingQr.locator('svg path')).not.toHaveCount(0);
    await expect(sync.meetingQr.locator('script, foreignObject, image, a')).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('On each other laptop, open Sync');
    // This computer joins its own meeting hub; it is left by stopping, not with "Leave".
    const own = sync.hubs.getByRole('listitem').filter({ hasText: 'This computer’s meeting hub' });
    await expect(own.getByText('Connected', { exact: true })).toBeVisible();
    await expect(own.getByRole('button', { name: /^Leave/ })).toHaveCount(0);
    await expect(sync.statusLine).toHaveText('In sync');
    await checkScreen(page, 'sync-hosting');
    await screenshotBothSchemes(page, testInfo, 'sync-hosting');
  });

  await test.step('each device gets a new invite; stopping ends the meeting hub', async () => {
    const first = (await sync.meetingInvite.textContent())!;
    await sync.newInviteButton.click();
    await expect(sync.meetingInvite).not.toHaveText(first);
    await expect(sync.meetingInvite).toHaveText(INVITE_CODE);
    await sync.stopHostingButton.click();
    await expect(sync.hostButton).toBeVisible();
    await expect(sync.meetingInvite).toHaveCount(0);
    await expect(sync.emptyHeading).toBeVisible();
    await expect(sync.statusLine).toHaveText('Sync not set up');
  });
});
