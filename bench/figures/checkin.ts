// checkin_p95_ms: finding and checking in one attendee among the N-member roster, as the check-in
// screen does it — `attendance.find` with what the lead types (the attendee's name), then
// `attendance.checkIn` of the match — through a core connection (JSON frames both ways), for 200
// attendees of one meeting. Baseline: the same find SQL (the core's own doorSearch), the same
// already-checked-in lookup and the same attendance change message through
// applyMessages, on a bare PGlite opened on the same data dir after the core has closed.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { startCore } from '../../electron/core/start-core.js';
import { pgliteExtensions } from '../../electron/core/db/db-template.js';
import { attendanceId } from '../../electron/core/meetings/attendance-id.js';
import { doorSearch } from '../../electron/core/meetings/door-search.js';
import { RosterSizeCache } from '../../electron/core/members/member-queries.js';
import { pgliteDb } from '../../shared/db/pglite-db.js';
import { formatHlc } from '../../shared/hlc.js';
import { applyMessages } from '../../shared/replication/apply.js';
import type { GeneratedMember } from '../member-data.js';
import { FrameClient } from '../frame-client.js';
import { percentile } from '../stats.js';
import { copyDataDir, discard } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';

const ATTENDEES = 200;
const WARMUP = 20;
const LIMIT = 8;
const MAX_P95_MS = 30;

function attendees(members: readonly GeneratedMember[]): GeneratedMember[] {
  return Array.from({ length: ATTENDEES + WARMUP }, (_, i) => members[(i * 4099 + 17) % members.length]!);
}

/**
 * What the lead types: the attendee's name, and when the name is common (the generated roster
 * repeats names, as real ones do) and the person is not among the first matches, their e-mail.
 * Both searches count in the time.
 */
const typedFor = (m: GeneratedMember) => [`${m.firstName} ${m.lastName}`, m.email];

async function throughCore(dataDir: string, people: GeneratedMember[]): Promise<{ ms: number[]; missed: number }> {
  const core = await startCore({ dataDir, log: (message, error) => console.error(`[core] ${message}`, error ?? '') });
  const client = new FrameClient(core);
  try {
    const meeting = (await client.call('meetings.create', { title: 'Bench meeting', startsAt: '2026-06-01T18:00:00Z' })) as { id: string };
    const ms: number[] = [];
    let missed = 0;
    for (const [i, person] of people.entries()) {
      const start = performance.now();
      let match: { memberId: string; email: string | null } | undefined;
      for (const query of typedFor(person)) {
        const found = (await client.call('attendance.find', { meetingId: meeting.id, query, limit: LIMIT })) as { memberId: string; email: string | null }[];
        match = found.find((c) => c.email === person.email);
        if (match) break;
      }
      if (!match) {
        missed++;
        continue;
      }
      await client.call('attendance.checkIn', { meetingId: meeting.id, memberId: match.memberId });
      if (i >= WARMUP) ms.push(performance.now() - start);
    }
    return { ms, missed };
  } finally {
    client.close();
    await core.close();
  }
}

async function throughRawSql(dataDir: string, people: GeneratedMember[]): Promise<number[]> {
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  const db = pgliteDb(pg);
  try {
    const { rows } = await pg.query<{ current_chapter: string; id: string }>('select current_chapter, id from device');
    const chapterId = rows[0]!.current_chapter;
    const device = rows[0]!.id;
    const meetingId = randomUUID();
    const sizes = new RosterSizeCache();
    const ms: number[] = [];
    let tick = Date.now();
    for (const [i, person] of people.entries()) {
      const start = performance.now();
      let match: { id: string; email: string | null } | undefined;
      for (const query of typedFor(person)) {
        const found = await doorSearch(db, chapterId, query, LIMIT, sizes);
        match = found.find((r) => r.email === person.email);
        if (match) break;
      }
      if (!match) continue;
      const id = attendanceId(meetingId, match.id);
      await pg.query('select 1 from attendance where id = $1 and checked_in_at is not null and left_at is null', [id]);
      await applyMessages(db, [
        {
          id: randomUUID(),
          hlc: formatHlc({ millis: tick++, counter: 0, node: device }),
          chapter: chapterId,
          table: 'attendance',
          row: id,
          values: { meeting_id: meetingId, member_id: match.id, checked_in_at: new Date().toISOString(), via: 'desk', walk_in: false, left_at: null },
          device,
          author: null,
        },
      ]);
      if (i >= WARMUP) ms.push(performance.now() - start);
    }
    return ms;
  } finally {
    await pg.close();
  }
}

export const checkin: Figure = {
  name: 'checkin_p95_ms',
  description: `attendance.find + attendance.checkIn through a JSON frame connection for ${ATTENDEES} attendees vs the same SQL and apply on bare PGlite`,
  async run(ctx): Promise<FigureResult> {
    const people = attendees(ctx.members);
    const dataDir = copyDataDir(await ctx.roster(), 'checkin');
    try {
      ctx.progress(`checking in ${ATTENDEES} attendees (after ${WARMUP} untimed) through the core, then on bare PGlite`);
      const core = await throughCore(dataDir, people);
      const raw = await throughRawSql(dataDir, people);
      const value = percentile(core.ms, 95);
      const baseline = percentile(raw, 95);
      return {
        name: 'checkin_p95_ms',
        value,
        unit: 'ms',
        baseline,
        baselineLabel: 'same SQL + apply on bare PGlite',
        ratio: ratioOf(value, baseline),
        target: `p95 < ${MAX_P95_MS} ms`,
        met: value < MAX_P95_MS && core.missed === 0,
        notes: [
          `p50 core ${percentile(core.ms, 50).toFixed(1)} ms, raw ${percentile(raw, 50).toFixed(1)} ms; typed: the attendee's name, then their e-mail when the name is not enough; ${ctx.memberCount.toLocaleString('en')} members`,
          ...(core.missed > 0 ? [`WARNING: ${core.missed} attendees were not found by their name or e-mail`] : []),
        ],
      };
    } finally {
      discard(dataDir);
    }
  },
};
