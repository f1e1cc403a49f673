// Headquarters: a coordinator's computer joins the hub with a coordinator invite from its Sync
// screen; the Headquarters screen appears in the sidebar and lists every chapter with its members
// and last sync, refreshes on demand, keeps its figures when the hub stops answering, and goes
// away when the computer leaves the hub (after a confirmation).
import { checkScreen, screenshotBothSchemes } from '../support/a11y';
import { addMember, setUpIfAsked } from './device-steps';
import { HeadquartersPage } from './sync-page';
import { expect, test } from './sync-fixtures';

test('a coordinator sees every chapter on the Headquarters screen', async ({ hub, openDevice }, testInfo) => {
  const { chapterId, invite } = await hub.createChapter('Riverside Tenants');
  const [coordinatorInvite, chapter, hq] = await Promise.all([hub.invite('coordinator'), openDevice('chapter'), openDevice('headquarters')]);
  void chapterId;
  const headquarters = new HeadquartersPage(hq.page);

  await test.step('a chapter computer syncs one member', async () => {
    await setUpIfAsked(chapter.page, { chapterName: 'Riverside Tenants', organiserName: 'Ana Lead' });
    await chapter.sync.open();
    await chapter.sync.join({ address: hub.url, invite, link: true });
    await addMember(chapter.page, 'Maya', 'Lopez');
    await expect(chapter.sync.statusLine).toHaveText('In sync');
  });

  await test.step('the coordinator joins, and the Headquarters screen appears', async () => {
    await setUpIfAsked(hq.page, { chapterName: 'National office', organiserName: 'Chris Coordinator' });
    await expect(headquarters.navLink).toHaveCount(0);
    await hq.sync.open();
    await hq.sync.join({ address: hub.url, invite: coordinatorInvite });
    await expect(hq.sync.hub(hub.url)).toContainText('Headquarters coordinator');
    await headquarters.navLink.click();
    await expect(headquarters.heading).toBeVisible();
    const row = headquarters.chapter('Riverside Tenants');
    await expect(row.getByRole('cell').first()).toHaveText('1');
    await expect(row.getByRole('cell').nth(1)).not.toHaveText('Never');
    await checkScreen(hq.page, 'headquarters');
    await screenshotBothSchemes(hq.page, testInfo, 'headquarters');
  });

  await test.step('Refresh asks again; when headquarters does not answer, the last figures stay', async () => {
    await addMember(chapter.page, 'Ada', 'Okafor');
    await expect(chapter.sync.statusLine).toHaveText('In sync');
    await headquarters.refresh.click();
    await expect(headquarters.chapter('Riverside Tenants').getByRole('cell').first()).toHaveText('2');
    await hub.stop();
    await headquarters.refresh.click();
    await expect(hq.page.getByRole('alert')).toContainText('Headquarters did not answer the last refresh');
    await expect(headquarters.chapter('Riverside Tenants')).toBeVisible();
  });

  await test.step('leaving the hub asks first, then the Headquarters screen goes away', async () => {
    await hq.sync.open();
    await hq.sync.hub(hub.url).getByRole('button', { name: `Leave ${hub.url}` }).click();
    await expect(hq.sync.leaveDialog).toBeVisible();
    await hq.sync.leaveDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(hq.sync.hub(hub.url)).toBeVisible();
    await hq.sync.hub(hub.url).getByRole('button', { name: `Leave ${hub.url}` }).click();
    await hq.sync.leaveDialog.getByRole('button', { name: 'Leave hub' }).click();
    await expect(hq.sync.emptyHeading).toBeVisible();
    await expect(headquarters.navLink).toHaveCount(0);
  });
});
