// The phone sign-in page served by a real core: a phone signs in, the same person again does not
// duplicate, and once the meeting closes the page refuses.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core-api.js';
import { closeAndRemove, openChapterCore } from '../../support/core-fixture.js';

let core: Core;
beforeEach(async () => {
  core = await openChapterCore();
});
afterEach(async () => {
  await closeAndRemove(core);
});

function signIn(url: string, person: Record<string, unknown>, cookie?: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(person),
  });
}

it('signs phones in once each and closes with the meeting', async () => {
  const meeting = await core.call('meetings.create', { title: 'Spring rally', startsAt: '2026-04-01T18:00:00Z' });
  await core.call('meetings.open', { id: meeting.id });
  const page = await core.call('meetings.signInPage', { meetingId: meeting.id });
  expect(page.shortAddress).toMatch(/^[\d.]+:\d+\/m\/\w{4}$/);
  expect(page.qrSvg).toMatch(/^<svg/);
  expect(await core.call('meetings.signInPageState', { meetingId: meeting.id })).toEqual(page);
  const url = page.urls[0]!;

  const form = await fetch(url);
  expect(form.status).toBe(200);
  expect(await form.text()).toContain('Spring rally');
  const cookie = form.headers.get('set-cookie')!.split(';')[0]!;

  const first = await signIn(url, { name: 'Rosa Phone', email: 'rosa@example.org', consent: true }, cookie);
  expect(first.status).toBe(200);
  expect(await first.json()).toMatchObject({ ok: true, result: { newMember: true, alreadyCheckedIn: false, displayName: 'Rosa Phone' } });
  const again = await signIn(url, { name: 'Rosa P.', email: 'ROSA@example.org', consent: true }, cookie);
  expect(await again.json()).toMatchObject({ ok: true, result: { newMember: false, alreadyCheckedIn: true } });

  const detail = await core.call('meetings.get', { id: meeting.id });
  expect(detail.attendees.map((a) => [a.name, a.via, a.walkIn])).toEqual([['Rosa Phone', 'phone', true]]);
  expect((await core.call('members.search', { query: 'rosa' })).total).toBe(1);

  await core.call('meetings.close', { id: meeting.id });
  const after = await signIn(url, { name: 'Late Larry', email: 'larry@example.org' }, cookie).then(
    (r) => r.status,
    () => 'refused',
  );
  expect([410, 'refused']).toContain(after);
  expect(await core.call('meetings.signInPageState', { meetingId: meeting.id })).toBeNull();
  expect((await core.call('members.search', { query: 'larry' })).total).toBe(0);
});
