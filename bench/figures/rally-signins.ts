// rally_signins_per_s: the phone sign-in page under a rally's load — 200 simulated phones at once,
// each with its own device cookie (so the per-device limit applies to each), 2,000 sign-ins over
// 127.0.0.1 into a meeting of the N-member chapter: a fifth of them members already on the roster
// (found again by e-mail), the rest new people. Afterwards every sign-in must be recorded exactly
// once: 2,000 on the attendance list, and no person twice on the roster.
// Baseline: the same rally against the same page with a desk that only keeps sign-ins in memory
// (what the page and HTTP cost without the core).
import { startCore } from '../../electron/core/start-core.js';
import { startSignInServer } from '../../electron/core/meetings/signin-server.js';
import type { SignInSubmission } from '../../shared/meetings/signin-form.js';
import { MemorySignInDesk } from '../../test/support/memory-signin-desk.js';
import type { GeneratedMember } from '../member-data.js';
import { runRally, type RallyResult } from '../rally-phones.js';
import { copyDataDir, discard } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';

const PHONES = 200;
const PER_PHONE = 10;
const MIN_PER_SECOND = 100;

function people(members: readonly GeneratedMember[]): SignInSubmission[] {
  return Array.from({ length: PHONES * PER_PHONE }, (_, i) => {
    if (i % 5 === 0) {
      const m = members[(i * 7919) % members.length]!;
      return { name: `${m.firstName} ${m.lastName}`, email: m.email, consent: true };
    }
    return { name: `Rally Guest ${i}`, email: `rally.guest.${i}@example.net`, consent: i % 2 === 0 };
  });
}

export const rallySignins: Figure = {
  name: 'rally_signins_per_s',
  description: `${PHONES} phones × ${PER_PHONE} sign-ins on the phone sign-in page into the core vs the same page with an in-memory desk`,
  async run(ctx): Promise<FigureResult> {
    const persons = people(ctx.members);
    const dataDir = copyDataDir(await ctx.roster(), 'rally');
    let rally: RallyResult;
    let recorded: number;
    let duplicated: number;
    try {
      const core = await startCore({ dataDir, log: (message, error) => console.error(`[core] ${message}`, error ?? '') });
      try {
        const meeting = await core.call('meetings.create', { title: 'Rally', startsAt: '2026-06-01T18:00:00Z' });
        await core.call('meetings.open', { id: meeting.id });
        const page = await core.call('meetings.signInPage', { meetingId: meeting.id });
        const url = page.urls.find((u) => u.includes('127.0.0.1')) ?? page.urls[0]!;
        ctx.progress(`${PHONES} phones signing in ${persons.length} people through the core's page`);
        rally = await runRally({ url, phones: PHONES, signInsPerPhone: PER_PHONE, makePerson: (i) => persons[i]! });
        recorded = (await core.call('meetings.get', { id: meeting.id })).attendanceCount;
        const guests = await core.call('members.search', { query: 'rally guest', offset: 0, limit: 1 });
        duplicated = guests.total - persons.filter((p) => p.name.startsWith('Rally Guest')).length;
        await core.call('meetings.stopSignInPage', { meetingId: meeting.id });
      } finally {
        await core.close();
      }
    } finally {
      discard(dataDir);
    }

    const desk = new MemorySignInDesk('bench');
    const server = await startSignInServer({ meeting: { id: 'bench', title: 'Rally', chapterName: 'Bench' }, desk, host: '127.0.0.1' });
    let raw: RallyResult;
    try {
      ctx.progress('the same rally against an in-memory desk');
      raw = await runRally({ url: server.urls[0]!, phones: PHONES, signInsPerPhone: PER_PHONE, makePerson: (i) => persons[i]! });
    } finally {
      await server.close();
    }
    const exact = rally.ok === persons.length && recorded === persons.length && duplicated === 0;
    return {
      name: 'rally_signins_per_s',
      value: rally.perSecond,
      unit: '/s',
      baseline: raw.perSecond,
      baselineLabel: 'same page, in-memory desk',
      ratio: ratioOf(rally.perSecond, raw.perSecond),
      target: `>= ${MIN_PER_SECOND}/s, every sign-in recorded once`,
      met: rally.perSecond >= MIN_PER_SECOND && exact,
      notes: [
        `${rally.ok} of ${rally.total} answered in ${(rally.elapsedMs / 1000).toFixed(1)} s; ${rally.retried} told to wait (429); attendance list ${recorded}; new people added twice: ${duplicated}`,
        ...(rally.failures.length ? [`failures: ${rally.failures.join('; ')}`] : []),
      ],
    };
  },
};
