// A whole meeting on one computer with no network but its own app, then its sealed record on a
// second computer. Device A: the page may reach nothing but its browser host (every other request is
// aborted and counted, and no hub is joined while the meeting runs). A meeting is scheduled with an
// agenda (reordered, an item added, notes taken), started, ten people checked in (eight found as you
// type, two walk-ins: one already a member by e-mail, found and not duplicated, and one new), a motion
// counted by hands with quorum and another without, the minutes written, the meeting closed and
// sealed, the minutes exported as Markdown and shown printable. Then A joins a hub, device B joins
// the same hub, and B's Meetings and Decisions screens show the same sealed meeting with the same
// record and decision hashes, and the records verify. Any console error fails the test.
import fs from 'node:fs';
import { importCsv, sampleCsv } from '../support/seed';
import { setUpIfAsked } from '../sync/device-steps';
import { expect, test } from '../sync/sync-fixtures';
import { DecisionsPage, MeetingPage, MeetingsPage } from './meetings-pages';

const TITLE = 'March general meeting';
const FUND = 'That the chapter starts a rent strike fund';
const PAINT = 'That the hall is painted purple';
const MINUTES_LINE = 'Quorum was reached at 19:10; the treasurer reported a balance of 1,200.';

test('a whole meeting offline, then a second computer sees the same sealed record', async ({ hub, openDevice }) => {
  test.setTimeout(240_000);
  const a = await openDevice('A');
  const hostOrigin = new URL(a.host.url).origin;
  const blocked: string[] = [];
  await a.page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === hostOrigin) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  await a.page.reload();
  await setUpIfAsked(a.page, { chapterName: 'Riverside Tenants', organiserName: 'Ana Lead' });
  await importCsv(a.page, sampleCsv('nationbuilder'));
  await a.page.reload();

  const meetings = new MeetingsPage(a.page);
  const meeting = new MeetingPage(a.page);
  let recordHash = '';
  const decisionHashes: Record<string, string> = {};

  await test.step('no hub is joined', async () => {
    await expect(a.sync.statusLine).toHaveText('Sync not set up');
  });

  await test.step('schedule a meeting with an agenda; reorder it, add an item, take a note', async () => {
    await meetings.open();
    await expect(meetings.emptyHeading).toBeVisible();
    await meetings.scheduleMeeting({ title: TITLE, place: 'Community hall', agenda: ['Welcome', 'Any other business', 'Rent strike fund'] });
    await expect(meeting.heading(TITLE)).toBeVisible();
    await expect(meeting.facts).toContainText('Community hall');
    await expect(meeting.agenda.getByRole('listitem')).toHaveText([/Welcome/, /Any other business/, /Rent strike fund/]);

    // Alt+Up from the item's own button moves it, and focus stays on it.
    await meeting.agendaItem('Rent strike fund').getByRole('button', { name: 'Move Rent strike fund up' }).focus();
    await a.page.keyboard.press('Alt+ArrowUp');
    await expect(meeting.agenda.getByRole('listitem')).toHaveText([/Welcome/, /Rent strike fund/, /Any other business/]);
    await expect(meeting.agendaItem('Rent strike fund').getByRole('button', { name: 'Move Rent strike fund up' })).toBeFocused();
    await meeting.newItem.fill('Treasurer report');
    await meeting.addItem.click();
    await expect(meeting.agenda.getByRole('listitem')).toHaveCount(4);
    await meeting.agendaItem('Treasurer report').getByRole('button', { name: 'Move Treasurer report up' }).click();
    await expect(meeting.agenda.getByRole('listitem')).toHaveText([/Welcome/, /Rent strike fund/, /Treasurer report/, /Any other business/]);

    await meeting.agendaItem('Rent strike fund').getByRole('textbox', { name: 'Notes on Rent strike fund' }).fill('Proposed by the housing committee.');
    await meeting.agendaItem('Welcome').getByRole('checkbox', { name: 'Done: Welcome' }).check();
    await expect(meeting.agendaItem('Rent strike fund')).toContainText('Notes saved');
  });

  await test.step('start the meeting', async () => {
    await meeting.start.click();
    await expect(meeting.status).toHaveText('In progress');
  });

  await test.step('check in ten people: eight found as you type, two walk-ins', async () => {
    await meeting.showTab('Attendance');
    await expect(meeting.finder).toBeFocused();
    for (const [typed, name] of [
      ['noor', 'Noor Eriksen'],
      ['rosa', 'Rosa Wójcik'],
      ['sven', 'Sven O’Brien'.replace('’', "'")],
      ['xoch', 'Xochitl O’Brien'.replace('’', "'")],
      ['grace', 'Grace Yilmaz'],
      ['eitan', 'Eitan Rossi'],
      ['priya', 'Priya Jones'],
    ] as const) {
      await meeting.checkIn(typed, name);
    }
    // Two Hiros: the arrow key picks the second match.
    await meeting.checkIn('hiro', /^Checked in Hiro (Uçar|Abara)$/, { arrowDown: 1 });
    // Already in: said, not counted again.
    await meeting.finder.fill('noor');
    await expect(meeting.matches.getByRole('option', { name: /Noor Eriksen/ })).toContainText('Checked in');
    await meeting.finder.press('Enter');
    await expect(meeting.checkInSaid).toHaveText('Noor Eriksen is already checked in');

    // A member who forgot they are one, found again by e-mail (in capitals), not added twice.
    await meeting.signUpWalkIn({ name: 'Q. Lopez', email: 'QUINN.LOPEZ18@example.org' });
    await expect(a.page.getByRole('status').filter({ hasText: 'Quinn López was already a member: checked in' })).toBeVisible();
    await meeting.signUpWalkIn({ name: 'Gus Newcomer', phone: '(555) 201-3344', consent: true, pledge: '10' });
    await expect(a.page.getByRole('status').filter({ hasText: 'Gus Newcomer added as a new member and checked in' })).toBeVisible();

    await expect(meeting.present.getByRole('listitem')).toHaveCount(10);
    await expect(meeting.presentSummary).toHaveText('10 present, 1 signed up at the door');
    await expect(meeting.facts).toContainText('10 present');
    await meeting.finder.fill('quinn');
    await expect(meeting.matches.getByRole('option')).toHaveCount(1);
    await meeting.finder.fill('');
  });

  await test.step('a motion counted by hands passes with quorum; a wrong count is caught first', async () => {
    await meeting.showTab('Motions');
    await meeting.putAMotion({ text: FUND, agendaItem: '2. Rent strike fund' });
    const fund = meeting.motion(FUND);
    await expect(fund).toContainText('Under 2. Rent strike fund');
    await meeting.count(FUND, { for: 12, against: 2, abstain: 1 });
    await expect(fund.getByRole('region', { name: 'Preview' })).toContainText('15 votes counted but only 10 present: count again');
    await expect(fund.getByRole('button', { name: 'Close and record the decision' })).toBeDisabled();
    await meeting.count(FUND, { for: 6, against: 2, abstain: 1, proxies: 1 });
    const preview = fund.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('Passes');
    await expect(preview).toContainText('6 for, 2 against, 1 abstaining (1 by proxy); 9 of 10 present voted');
    await expect(preview).toContainText('Quorum met: 9 voted, 5 votes needed (50% of 10 present)');
    await meeting.recordDecision(FUND);
    await expect(fund.getByRole('region', { name: 'Decision' })).toContainText('Decided: Passed');
    decisionHashes[FUND] = (await meeting.decisionHash(FUND).textContent())!.trim();
    expect(decisionHashes[FUND]).toMatch(/^[0-9a-f]{64}$/);
  });

  await test.step('a motion on paper ballots without quorum is recorded as no quorum', async () => {
    await meeting.putAMotion({ text: PAINT, counting: 'Paper ballots' });
    await meeting.count(PAINT, { for: 2, against: 1, abstain: 0 });
    const preview = meeting.motion(PAINT).getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('No quorum');
    await expect(preview).toContainText('Quorum not met yet: 3 voted, 5 votes needed (50% of 10 present); 2 more to go');
    await meeting.recordDecision(PAINT);
    await expect(meeting.motion(PAINT).getByRole('region', { name: 'Decision' })).toContainText('Decided: No quorum');
    decisionHashes[PAINT] = (await meeting.decisionHash(PAINT).textContent())!.trim();
  });

  await test.step('the minutes, pre-filled from the agenda, are written in', async () => {
    await meeting.showTab('Minutes');
    await expect(meeting.minutesEditor).toContainText('1. Welcome');
    await expect(meeting.minutesEditor).toContainText('4. Any other business');
    await meeting.minutesEditor.getByText('1. Welcome').click();
    await a.page.keyboard.press('End');
    await a.page.keyboard.press('Enter');
    await a.page.keyboard.type(MINUTES_LINE);
    await expect(meeting.minutesEditor).toContainText(MINUTES_LINE);
  });

  await test.step('closing seals the meeting: read-only, with its record hash', async () => {
    await meeting.closeMeeting.click();
    await expect(meeting.closeDialog).toContainText('10 present');
    await meeting.closeDialog.getByRole('button', { name: 'Close and seal' }).click();
    await expect(meeting.sealedRecord).toBeVisible();
    recordHash = (await meeting.recordHash.textContent())!.trim();
    expect(recordHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(meeting.status).toHaveText('Closed and sealed');
    await expect(meeting.closeMeeting).toHaveCount(0);
    await expect(meeting.minutesEditor).toHaveCount(0);
    await expect(meeting.sealedMinutes).toContainText(MINUTES_LINE);
    await meeting.showTab('Agenda');
    await expect(meeting.newItem).toHaveCount(0);
    await expect(meeting.agendaItem('Rent strike fund')).toContainText('Proposed by the housing committee.');
    await meeting.showTab('Attendance');
    await expect(meeting.finder).toHaveCount(0);
    await expect(meeting.present.getByRole('listitem')).toHaveCount(10);
  });

  await test.step('the minutes export as Markdown and as a printable page', async () => {
    const download = a.page.waitForEvent('download');
    await meeting.exportMinutes.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-March-general-meeting\.md$/);
    const markdown = fs.readFileSync(await file.path(), 'utf8');
    expect(markdown).toContain('# March general meeting');
    expect(markdown).toContain('- Attendance: 10 present');
    expect(markdown).toContain('- Outcome: **passed**');
    expect(markdown).toContain('- Outcome: **no quorum**');
    expect(markdown).toContain(`- Record hash: \`${recordHash}\``);
    expect(markdown).not.toContain('Not sealed yet');
    for (const hash of Object.values(decisionHashes)) expect(markdown).toContain(hash);
    expect(markdown).toContain(MINUTES_LINE);

    await meeting.printable.click();
    await expect(meeting.printDialog).toBeVisible();
    const printed = a.page.frameLocator('iframe[title="Minutes to print"]').locator('body');
    await expect(printed.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    await expect(printed).toContainText('10 present');
    await expect(printed).toContainText(recordHash);
    await expect(meeting.printDialog.getByRole('button', { name: 'Print…' })).toBeEnabled();
    await meeting.printDialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expect(meeting.printDialog).toBeHidden();
  });

  await test.step('the records verify on A, with no hub to compare with', async () => {
    const decisions = new DecisionsPage(a.page);
    await decisions.open();
    await expect(decisions.list.getByRole('listitem')).toHaveCount(2);
    await decisions.verify.click();
    await expect(decisions.verification).toContainText('All 3 sealed records check out, in 1 chain.');
    await expect(decisions.verification).toContainText('No hub to compare with');
  });

  await test.step('nothing left this computer while the meeting ran', async () => {
    expect(blocked).toEqual([]);
  });

  const { chapterId, invite: inviteA } = await hub.createChapter('Riverside Tenants');
  const inviteB = await hub.invite('organiser', chapterId);

  await test.step('after the meeting, A joins a hub and sends its chapter', async () => {
    await a.sync.open();
    await a.sync.join({ address: hub.url, invite: inviteA, link: true });
    await expect(a.sync.hub(hub.url).getByText('Connected', { exact: true })).toBeVisible();
    await expect(a.sync.statusLine).toHaveText('In sync', { timeout: 30_000 });
  });

  const b = await openDevice('B');
  await test.step('B joins the same hub and works on the chapter', async () => {
    await setUpIfAsked(b.page, { chapterName: 'Scratch pad', organiserName: 'Ben Organiser' });
    await b.sync.open();
    await b.sync.join({ address: hub.url, invite: inviteB });
    const card = b.sync.hub(hub.url);
    await expect(card.getByText('Connected', { exact: true })).toBeVisible();
    await card.getByRole('button', { name: 'Work on Riverside Tenants' }).click();
    await expect(card).toContainText('Riverside Tenants (the chapter you are working on)');
    await expect(b.sync.statusLine).toHaveText('In sync', { timeout: 30_000 });
  });

  await test.step('B’s Meetings screen shows the same meeting, sealed, with the same hashes', async () => {
    const meetingsB = new MeetingsPage(b.page);
    const meetingB = new MeetingPage(b.page);
    await meetingsB.open();
    await expect(meetingsB.item(TITLE)).toContainText('Closed and sealed', { timeout: 30_000 });
    await expect(meetingsB.item(TITLE)).toContainText('10 present');
    await meetingsB.item(TITLE).getByRole('link', { name: TITLE }).click();
    await expect(meetingB.recordHash).toHaveText(recordHash);
    await expect(meetingB.closeMeeting).toHaveCount(0);
    await meetingB.showTab('Motions');
    await expect(meetingB.decisionHash(FUND)).toHaveText(decisionHashes[FUND]!);
    await expect(meetingB.decisionHash(PAINT)).toHaveText(decisionHashes[PAINT]!);
    await meetingB.showTab('Minutes');
    await expect(meetingB.sealedMinutes).toContainText(MINUTES_LINE);
  });

  await test.step('B’s Decisions screen lists both decisions with their hashes, and the records verify', async () => {
    const decisions = new DecisionsPage(b.page);
    await decisions.open();
    await expect(decisions.list.getByRole('listitem')).toHaveCount(2);
    await expect(decisions.entry(FUND)).toContainText('Decided: Passed');
    await expect(decisions.entry(FUND)).toContainText(`${TITLE} · Rent strike fund`);
    await expect(decisions.hash(FUND)).toHaveText(decisionHashes[FUND]!);
    await expect(decisions.entry(PAINT)).toContainText('Decided: No quorum');
    await expect(decisions.hash(PAINT)).toHaveText(decisionHashes[PAINT]!);
    await decisions.search.fill('purple');
    await expect(decisions.list.getByRole('listitem')).toHaveCount(1);
    await decisions.search.fill('');
    await decisions.verify.click();
    // A's chapter took the hub's id when it was linked: its records verify all the same.
    await expect(decisions.verification).toContainText('All 3 sealed records check out, in 1 chain; 1 chain head recorded by hubs agree.');
    await expect(decisions.verification).toContainText(`${hub.url}: reached, 1 chain head`);
  });
});
