// An observer's computer may read a chapter but not change it: an edit made there anyway is refused
// by the hub, the computer puts the hub's values back, and the Sync screen lists what was refused,
// why and when (the status line says so too).
import { addMember, changeMember, openRoster, setUpIfAsked } from './device-steps';
import { expect, test } from './sync-fixtures';

test('a change the hub refused is listed on the Sync screen, and the hub’s value is back', async ({ hub, openDevice }, testInfo) => {
  const { chapterId, invite } = await hub.createChapter('Riverside Tenants');
  const [observerInvite, lead, observer] = await Promise.all([hub.invite('observer', chapterId), openDevice('lead'), openDevice('observer')]);

  await setUpIfAsked(lead.page, { chapterName: 'Riverside Tenants', organiserName: 'Ana Lead' });
  await lead.sync.open();
  await lead.sync.join({ address: hub.url, invite, link: true });
  await addMember(lead.page, 'Maya', 'Lopez');
  await expect(lead.sync.statusLine).toHaveText('In sync');

  await setUpIfAsked(observer.page, { chapterName: 'Scratch pad', organiserName: 'Olu Observer' });
  await observer.sync.open();
  await observer.sync.join({ address: hub.url, invite: observerInvite });
  const card = observer.sync.hub(hub.url);
  await expect(card).toContainText('Observer (reads only)');
  await card.getByRole('button', { name: 'Work on Riverside Tenants' }).click();
  await expect((await openRoster(observer.page)).row('Maya Lopez')).toBeVisible();

  await changeMember(observer.page, 'Maya Lopez', 'city', 'Nowhere');
  const refusedButton = observer.page.getByRole('contentinfo').getByRole('button', { name: '1 change refused by a hub' });
  await expect(refusedButton).toBeVisible();
  await refusedButton.click();
  const refused = observer.page.getByRole('table', { name: 'Changes a hub refused' });
  await expect(refused.getByRole('row')).toHaveCount(2);
  await expect(refused.getByRole('row').nth(1)).toContainText('The member Maya Lopez');
  await expect(refused.getByRole('row').nth(1)).toContainText(hub.url);
  await expect(observer.page.getByRole('main')).toContainText('this computer put back the hub’s values');
  for (const colorScheme of ['light', 'dark'] as const) {
    await observer.page.emulateMedia({ colorScheme });
    await observer.page.screenshot({ path: testInfo.outputPath(`sync-refused-${colorScheme}.png`), animations: 'disabled', caret: 'hide' });
  }

  // The hub's value is back on the observer's computer, and the lead never saw the refused one.
  const observerRoster = await openRoster(observer.page);
  await expect(observerRoster.row('Maya Lopez')).not.toContainText('Nowhere');
  await expect((await openRoster(lead.page)).row('Maya Lopez')).not.toContainText('Nowhere');
  await expect(observer.sync.statusLine).toHaveText('In sync');
});
