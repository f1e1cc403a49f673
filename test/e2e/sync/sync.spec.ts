// Two computers and a hub, all real processes: each computer is a browser host (`cli serve`) on a
// data dir of its own, joined to one hub from its Sync screen. An edit on one shows on the other
// without a reload; with the hub stopped both keep working and say "Offline — N changes saved on
// this computer"; when the hub is back, both show the merged result, again without a reload.
import { addMember, changeMember, openRoster, setUpIfAsked } from './device-steps';
import { expect, test } from './sync-fixtures';

// Sync happens within a moment; a reconnection after the hub's restart waits for the device's
// backoff (a few seconds by then), so the checks after it wait longer.
const RECONNECT = { timeout: 25_000 };

test('two computers joined to one hub: a live edit, then offline edits merged when the hub is back', async ({ hub, openDevice }, testInfo) => {
  const { chapterId, invite: inviteA } = await hub.createChapter('Riverside Tenants');
  const [inviteB, a, b] = await Promise.all([hub.invite('organiser', chapterId), openDevice('A'), openDevice('B')]);

  await test.step('A sets up its chapter, then links it to the hub’s from the Sync screen', async () => {
    await setUpIfAsked(a.page, { chapterName: 'Riverside Tenants', organiserName: 'Ana Lead' });
    await expect(a.sync.statusLine).toHaveText('Sync not set up');
    await a.sync.statusLine.click();
    await expect(a.sync.heading).toBeVisible();
    await expect(a.sync.emptyHeading).toBeVisible();
    await a.sync.join({ address: hub.url, invite: inviteA, link: true });
    const card = a.sync.hub(hub.url);
    await expect(card.getByText('Connected', { exact: true })).toBeVisible();
    await expect(card).toContainText('Riverside Tenants (the chapter you are working on)');
    await expect(a.sync.statusLine).toHaveText('In sync');
  });

  await test.step('B joins the hub and works on the hub’s chapter', async () => {
    await setUpIfAsked(b.page, { chapterName: 'Scratch pad', organiserName: 'Ben Organiser' });
    await b.sync.open();
    await b.sync.join({ address: hub.url, invite: inviteB });
    const card = b.sync.hub(hub.url);
    await expect(card.getByText('Connected', { exact: true })).toBeVisible();
    // The hub's chapter arrives with the first pull, beside the one made at first start.
    await card.getByRole('button', { name: 'Work on Riverside Tenants' }).click();
    await expect(card).toContainText('Riverside Tenants (the chapter you are working on)');
    await expect(b.sync.statusLine).toHaveText('In sync');
  });

  await test.step('a member added on A appears on B without a reload', async () => {
    const rosterB = await openRoster(b.page);
    await addMember(a.page, 'Maya', 'Lopez');
    await expect(rosterB.row('Maya Lopez')).toBeVisible();
    await expect(a.sync.statusLine).toHaveText('In sync');
  });

  await test.step('with the hub stopped, both keep working and say what waits on this computer', async () => {
    await hub.stop();
    for (const device of [a, b]) await expect(device.sync.statusLine).toHaveText('Offline — no changes waiting');
    // Different members, and different fields of one member.
    await changeMember(a.page, 'Maya Lopez', 'city', 'Springfield');
    await addMember(a.page, 'Ada', 'Okafor');
    await changeMember(b.page, 'Maya Lopez', 'email', 'maya@example.org');
    await addMember(b.page, 'Bo', 'Chen');
    for (const device of [a, b]) await expect(device.sync.statusLine).toHaveText(/^Offline — [2-9] changes saved on this computer$/);
  });

  await test.step('when the hub is back, both show the merged result without a reload', async () => {
    await hub.start();
    for (const device of [a, b]) {
      const roster = await openRoster(device.page);
      await expect(roster.row('Ada Okafor')).toBeVisible(RECONNECT);
      await expect(roster.row('Bo Chen')).toBeVisible(RECONNECT);
      await expect(roster.row('Maya Lopez')).toContainText('Springfield', RECONNECT);
      await expect(roster.row('Maya Lopez')).toContainText('maya@example.org', RECONNECT);
      await expect(roster.rows).toHaveCount(3);
      await expect(device.sync.statusLine).toHaveText('In sync', RECONNECT);
    }
  });

  await test.step('the Sync screen of a joined computer, for a person to look at', async () => {
    await b.sync.open();
    await expect(b.sync.hub(hub.url).getByText('Connected', { exact: true })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await b.page.emulateMedia({ colorScheme });
      await b.page.screenshot({ path: testInfo.outputPath(`sync-joined-${colorScheme}.png`), animations: 'disabled', caret: 'hide' });
    }
  });
});
