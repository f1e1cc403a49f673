// thermometers_ms: the chapter's, every campaign's and every affinity group's totals as the
// renderer asks for them (`thermometers.overview`, a request frame through a core connection, JSON
// both ways) on the N-member roster with 300,000 pledge instalments due so far; p95 of 100 calls
// after a warm-up. Baseline: the core's own function (`thermometerOverview`, the same SQL and the
// same mapping) on a bare PGlite opened on the same data dir after the core has closed.
// Seeding (untimed): the roster imported through the app (shared with the other figures), then on
// a bare PGlite, by bulk SQL (jsonb_to_recordset in batches, not one contract call per row):
// 10 campaigns (USD, EUR, hours), 40 affinity groups with 24,000 memberships, and generated pledges
// (monthly and weekly money over the last two years, one-offs, EUR, hours, actions, some paused or
// cancelled) until their schedules hold 300,000 instalments due by today, with ~90% of those
// marked (paid, missed, waived). The rows are written as the apply path would leave them; they are
// not in the change log (nothing here syncs).
// Also reported: the first read after seeding (every pledge's tally counted from nothing), reads
// right after a payment (one tally recounted each time), the SQL alone per statement, and a check
// of the chapter's and campaigns' totals against the shared rules (pledgeTotals) over the same data.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { startCore } from '../../electron/core/start-core.js';
import type { Core } from '../../electron/core/core-api.js';
import { pgliteExtensions } from '../../electron/core/db/db-template.js';
import { localToday } from '../../electron/core/pledges/pledge-rows.js';
import { thermometerOverview } from '../../electron/core/pledges/thermometer-overview.js';
import type { MethodOutput } from '../../shared/contract/index.js';
import type { Db } from '../../shared/db/db.js';
import { pgliteDb } from '../../shared/db/pglite-db.js';
import { formatHlc } from '../../shared/hlc.js';
import { dayNumber, isoDateOfDay } from '../../shared/pledges/calendar-date.js';
import type { InstalmentStatus, Pledge } from '../../shared/pledges/pledge.js';
import { compileSchedule } from '../../shared/pledges/schedule.js';
import { pledgeTotals } from '../../shared/pledges/totals.js';
import { FrameClient } from '../frame-client.js';
import { seconds } from '../sync-fixture.js';
import { percentile } from '../stats.js';
import { copyDataDir, discard, dirSize } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';
import { seededRandom } from '../seeded-random.js';

const INSTALMENTS = 300_000;
const CAMPAIGNS = 10;
const GROUPS = 40;
const MEMBERSHIPS = 24_000;
const CALLS = 100;
const WARMUP = 10;
const AFTER_PAYMENT_CALLS = 30;
const PHASE_CALLS = 20;
const MAX_P95_MS = 50;
const BATCH = 20_000;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const p = (samples: number[], q: number) => percentile(samples, q);

interface CampaignSeed {
  id: string;
  name: string;
  kind: Pledge['kind'];
  currency: string | null;
  goal: number;
}

interface SeededPledge {
  pledge: Pledge;
  memberId: string;
  campaignId: string | null;
}

interface Seed {
  chapterId: string;
  campaigns: CampaignSeed[];
  groups: string[];
  memberships: { group: string; member: string }[];
  pledges: SeededPledge[];
  statuses: InstalmentStatus[];
  instalments: number;
}

/** Generates the campaigns, groups and pledges, and the marks on their instalments due by today. */
function generate(chapterId: string, memberIds: readonly string[], today: string, targetInstalments: number): Seed {
  const random = seededRandom(6000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const todayDay = dayNumber(today);
  const campaigns: CampaignSeed[] = [
    ...Array.from({ length: CAMPAIGNS - 2 }, (_, i) => ({ id: randomUUID(), name: `USD campaign ${i + 1}`, kind: 'money' as const, currency: 'USD', goal: int(5_000, 50_000) * 100 })),
    { id: randomUUID(), name: 'EUR campaign', kind: 'money', currency: 'EUR', goal: 2_000_000 },
    { id: randomUUID(), name: 'Volunteer hours', kind: 'hours', currency: null, goal: 20_000 },
  ];
  const usd = campaigns.filter((c) => c.currency === 'USD');
  const groups = Array.from({ length: GROUPS }, () => randomUUID());
  const memberships = new Map<string, { group: string; member: string }>();
  while (memberships.size < MEMBERSHIPS) {
    const entry = { group: pick(groups), member: pick(memberIds) };
    memberships.set(`${entry.group}/${entry.member}`, entry);
  }

  const pledges: SeededPledge[] = [];
  const statuses: InstalmentStatus[] = [];
  let instalments = 0;
  while (instalments < targetInstalments) {
    const r = random();
    const memberId = pick(memberIds);
    let pledge: Pledge;
    let campaignId: string | null = null;
    const id = randomUUID();
    if (r < 0.85) {
      const recurrence = r < 0.55 ? 'monthly' : r < 0.7 ? 'weekly' : 'once';
      const back = recurrence === 'monthly' ? int(0, 730) : int(0, 365);
      pledge = { id, kind: 'money', amount: int(5, 100) * 100, currency: 'USD', recurrence, startOn: isoDateOfDay(todayDay - back) };
      if (random() < 0.6) campaignId = pick(usd).id;
    } else if (r < 0.92) {
      pledge = { id, kind: 'money', amount: int(5, 50) * 100, currency: 'EUR', recurrence: 'monthly', startOn: isoDateOfDay(todayDay - int(0, 730)) };
      if (random() < 0.5) campaignId = campaigns[CAMPAIGNS - 2]!.id;
    } else if (r < 0.97) {
      pledge = { id, kind: 'hours', amount: int(1, 5), recurrence: 'weekly', startOn: isoDateOfDay(todayDay - int(0, 365)) };
      if (random() < 0.5) campaignId = campaigns[CAMPAIGNS - 1]!.id;
    } else {
      pledge = { id, kind: 'actions', amount: int(10, 200), recurrence: 'once', startOn: isoDateOfDay(todayDay - int(0, 365)) };
    }
    if (pledge.recurrence !== 'once') {
      const startDay = dayNumber(pledge.startOn);
      const s = random();
      if (s < 0.05 && todayDay - startDay > 60) {
        const from = int(startDay + 1, todayDay);
        pledge.pausedRanges = [{ from: isoDateOfDay(from), to: random() < 0.5 ? null : isoDateOfDay(from + int(7, 90)) }];
      } else if (s < 0.1 && todayDay - startDay > 30) {
        pledge.cancelledOn = isoDateOfDay(int(startDay + 1, todayDay));
      }
    }
    const days = compileSchedule(pledge).daysUntil(pledge.recurrence === 'once' ? Infinity : todayDay);
    instalments += days.length;
    for (const day of days) {
      if (day > todayDay) continue;
      const m = random();
      const instalmentId = `${id}_${isoDateOfDay(day)}`;
      if (m < 0.85) statuses.push({ instalmentId, status: 'paid', paidOn: isoDateOfDay(Math.min(todayDay, day + int(0, 5))) });
      else if (m < 0.9) statuses.push({ instalmentId, status: 'missed' });
      else if (m < 0.92) statuses.push({ instalmentId, status: 'waived' });
    }
    pledges.push({ pledge, memberId, campaignId });
  }
  return { chapterId, campaigns, groups, memberships: [...memberships.values()], pledges, statuses, instalments };
}

/** Inserts rows as the apply path would leave them (a clock stamp, no per-column clocks), in batches. */
async function insertRows(db: Db, table: string, columns: Record<string, string>, rows: Record<string, unknown>[], hlc: string): Promise<void> {
  const names = Object.keys(columns);
  const record = [...names.map((n) => `${n} ${columns[n]}`)].join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await db.query(
      `insert into ${table} (${names.join(', ')}, updated_hlc) select ${names.join(', ')}, $2 from jsonb_to_recordset($1::jsonb) as x(${record})`,
      [JSON.stringify(batch), hlc],
    );
  }
}

async function seedPledges(dataDir: string, targetInstalments: number, progress: (message: string) => void): Promise<Seed & { seedMs: number }> {
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  try {
    const db = pgliteDb(pg);
    const { rows: chapters } = await db.query<{ id: string }>('select id from chapters');
    const chapterId = chapters[0]!.id;
    const { rows: members } = await db.query<{ id: string }>('select id from members where chapter_id = $1 order by id', [chapterId]);
    let start = performance.now();
    const seed = generate(chapterId, members.map((m) => m.id), localToday(), targetInstalments);
    progress(`generated ${seed.pledges.length.toLocaleString('en')} pledges with ${seed.instalments.toLocaleString('en')} instalments due and ${seed.statuses.length.toLocaleString('en')} marks in ${seconds(performance.now() - start)}`);
    start = performance.now();
    const hlc = formatHlc({ millis: Date.now() - 3_600_000, counter: 0, node: 'bench' });
    const now = new Date().toISOString();
    await db.transaction(async (tx) => {
      await insertRows(
        tx,
        'campaigns',
        { id: 'text', chapter_id: 'text', name: 'text', goal_kind: 'text', currency: 'text', goal: 'bigint', created_at: 'text' },
        seed.campaigns.map((c) => ({ id: c.id, chapter_id: chapterId, name: c.name, goal_kind: c.kind, currency: c.currency, goal: c.goal, created_at: now })),
        hlc,
      );
      await insertRows(
        tx,
        'affinity_groups',
        { id: 'text', chapter_id: 'text', name: 'text', created_at: 'text' },
        seed.groups.map((id, i) => ({ id, chapter_id: chapterId, name: `Group ${String(i + 1).padStart(2, '0')}`, created_at: now })),
        hlc,
      );
      await insertRows(
        tx,
        'group_members',
        { id: 'text', chapter_id: 'text', group_id: 'text', member_id: 'text', active: 'boolean', at: 'text' },
        seed.memberships.map((m) => ({ id: randomUUID(), chapter_id: chapterId, group_id: m.group, member_id: m.member, active: true, at: now })),
        hlc,
      );
      await insertRows(
        tx,
        'pledges',
        { id: 'text', chapter_id: 'text', member_id: 'text', campaign_id: 'text', kind: 'text', amount: 'bigint', currency: 'text', recurrence: 'text', start_on: 'text', paused_ranges: 'jsonb', cancelled_on: 'text', created_at: 'text' },
        seed.pledges.map(({ pledge, memberId, campaignId }) => ({
          id: pledge.id,
          chapter_id: chapterId,
          member_id: memberId,
          campaign_id: campaignId,
          kind: pledge.kind,
          amount: pledge.amount,
          currency: pledge.currency ?? null,
          recurrence: pledge.recurrence,
          start_on: pledge.startOn,
          paused_ranges: pledge.pausedRanges ?? [],
          cancelled_on: pledge.cancelledOn ?? null,
          created_at: now,
        })),
        hlc,
      );
      await insertRows(
        tx,
        'instalment_marks',
        { id: 'text', chapter_id: 'text', pledge_id: 'text', due_on: 'text', status: 'text', paid_on: 'text', method: 'text' },
        seed.statuses.map((s) => ({
          id: s.instalmentId,
          chapter_id: chapterId,
          pledge_id: s.instalmentId.slice(0, -11),
          due_on: s.instalmentId.slice(-10),
          status: s.status,
          paid_on: s.paidOn ?? null,
          method: s.status === 'paid' ? 'transfer' : null,
        })),
        hlc,
      );
    });
    // As the app does after a bulk write: PGlite runs no autovacuum, so statistics come from here.
    await db.exec('analyze');
    return { ...seed, seedMs: performance.now() - start };
  } finally {
    await pg.close();
  }
}

type Overview = MethodOutput<'thermometers.overview'>;

interface CoreRun {
  firstMs: number;
  samples: number[];
  afterPayment: number[];
  last: Overview;
  bytes: number;
}

async function throughCore(dataDir: string, seed: Seed): Promise<CoreRun> {
  const core: Core = await startCore({ dataDir, log: (message, error) => console.error(`[core] ${message}`, error ?? '') });
  const client = new FrameClient(core);
  try {
    const overview = () => client.call('thermometers.overview', {}) as Promise<Overview>;
    let start = performance.now();
    let last = await overview();
    const firstMs = performance.now() - start;
    for (let i = 0; i < WARMUP; i++) last = await overview();
    const samples: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      start = performance.now();
      last = await overview();
      samples.push(performance.now() - start);
    }
    const bytes = Buffer.byteLength(JSON.stringify({ id: 1, ok: true, result: last }));
    // A payment between reads: its pledge's tally is stale, recounted by the next read. The totals
    // of the earlier samples are kept for the check below, so the payments come last.
    const afterPayment: number[] = [];
    const random = seededRandom(7000);
    for (let i = 0; i < AFTER_PAYMENT_CALLS; i++) {
      const recurring = seed.pledges.filter((s) => s.pledge.recurrence !== 'once' && !s.pledge.cancelledOn && !s.pledge.pausedRanges);
      const target = recurring[Math.floor(random() * recurring.length)]!;
      await client.call('pledges.pay', { pledgeId: target.pledge.id, method: 'cash' });
      start = performance.now();
      await overview();
      afterPayment.push(performance.now() - start);
    }
    return { firstMs, samples, afterPayment, last, bytes };
  } finally {
    client.close();
    await core.close();
  }
}

/** A Db that notes the statements run through it. */
function recording(db: Db, seen: { sql: string; params: unknown[] }[]): Db {
  const wrapped: Db = {
    query: (sql, params) => {
      seen.push({ sql, params: params ?? [] });
      return db.query(sql, params);
    },
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction((tx) => fn(recording(tx, seen))),
  };
  return wrapped;
}

interface RawRun {
  samples: number[];
  statements: { what: string; p50: number; p95: number }[];
}

/** What a statement is, for the notes: its first words after select, shortened. */
function describe(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  const from = /from (\w+)/.exec(flat)?.[1] ?? '';
  const by = /group by ([\w., ]+?)(?: order| limit|$)/.exec(flat)?.[1];
  return `${flat.split(' ')[0]} ${from}${by ? ` by ${by.replace(/\w+\./g, '')}` : ''}`.slice(0, 60);
}

async function throughRawSql(dataDir: string, chapterId: string, today: string): Promise<RawRun> {
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  try {
    const db = pgliteDb(pg);
    for (let i = 0; i < WARMUP; i++) await thermometerOverview(db, chapterId, today);
    const samples: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      await thermometerOverview(db, chapterId, today);
      samples.push(performance.now() - start);
    }
    const seen: { sql: string; params: unknown[] }[] = [];
    await thermometerOverview(recording(db, seen), chapterId, today);
    const statements = [];
    for (const statement of seen) {
      const times: number[] = [];
      for (let i = 0; i < PHASE_CALLS; i++) {
        const start = performance.now();
        await pg.query(statement.sql, statement.params);
        times.push(performance.now() - start);
      }
      statements.push({ what: describe(statement.sql), p50: p(times, 50), p95: p(times, 95) });
    }
    return { samples, statements: statements.sort((a, b) => b.p50 - a.p50) };
  } finally {
    await pg.close();
  }
}

/** Differences between the overview and the shared rules over the seeded data (empty when none). */
function checkTotals(overview: Overview, seed: Seed, today: string): string[] {
  const problems: string[] = [];
  const expected = pledgeTotals(seed.pledges.map((s) => s.pledge), seed.statuses, today);
  const shown = (kind: string, currency: string | null) => overview.chapter.thermometers.find((t) => t.kind === kind && t.currency === currency);
  for (const [currency, pledged] of Object.entries(expected.pledged.money)) {
    const t = shown('money', currency);
    if (t?.pledged !== pledged || t.fulfilled !== expected.fulfilled.money[currency]) {
      problems.push(`chapter ${currency}: shown ${t?.pledged}/${t?.fulfilled}, the rules say ${pledged}/${expected.fulfilled.money[currency]}`);
    }
  }
  for (const kind of ['hours', 'actions'] as const) {
    const t = shown(kind, null);
    if ((t?.pledged ?? 0) !== expected.pledged[kind] || (t?.fulfilled ?? 0) !== expected.fulfilled[kind]) problems.push(`chapter ${kind}: shown ${t?.pledged}, the rules say ${expected.pledged[kind]}`);
  }
  for (const campaign of seed.campaigns) {
    const own = pledgeTotals(seed.pledges.filter((s) => s.campaignId === campaign.id).map((s) => s.pledge), seed.statuses, today);
    const pledged = campaign.kind === 'money' ? (own.pledged.money[campaign.currency!] ?? 0) : own.pledged[campaign.kind];
    const t = overview.campaigns.find((c) => c.id === campaign.id)?.thermometer;
    if (t?.pledged !== pledged) problems.push(`${campaign.name}: shown ${t?.pledged}, the rules say ${pledged}`);
  }
  return problems;
}

export const thermometers: Figure = {
  name: 'thermometers_ms',
  description: `thermometers.overview (chapter, ${CAMPAIGNS} campaigns, ${GROUPS} groups; ${INSTALMENTS.toLocaleString('en')} instalments) through a JSON frame connection vs thermometerOverview on bare PGlite`,
  async run(ctx): Promise<FigureResult> {
    const target = ctx.quick ? INSTALMENTS / 10 : INSTALMENTS;
    const dataDir = copyDataDir(await ctx.roster(), 'thermometers');
    try {
      ctx.progress(`seeding campaigns, groups and pledges with ${target.toLocaleString('en')} instalments by bulk SQL on bare PGlite (untimed)`);
      const seed = await seedPledges(dataDir, target, ctx.progress);
      const today = localToday();
      ctx.progress(`reading the thermometers ${CALLS} times through the core, then after ${AFTER_PAYMENT_CALLS} payments, then on bare PGlite`);
      const core = await throughCore(dataDir, seed);
      const raw = await throughRawSql(dataDir, seed.chapterId, today);
      const problems = checkTotals(core.last, seed, today);
      const value = p(core.samples, 95);
      const baseline = p(raw.samples, 95);
      const slowest = [...core.samples].sort((x, y) => y - x).slice(0, 3);
      return {
        name: 'thermometers_ms',
        value,
        unit: 'ms',
        baseline,
        baselineLabel: 'thermometerOverview on bare PGlite',
        ratio: ratioOf(value, baseline),
        target: `p95 < ${MAX_P95_MS} ms`,
        met: value < MAX_P95_MS && problems.length === 0,
        notes: [
          `p50 core ${ms(p(core.samples, 50))}, raw ${ms(p(raw.samples, 50))}; slowest through the core ${slowest.map(ms).join(', ')}; ${(core.bytes / 1024).toFixed(1)} KB of JSON per answer`,
          `${seed.pledges.length.toLocaleString('en')} pledges holding ${seed.instalments.toLocaleString('en')} instalments due by today, ${seed.statuses.length.toLocaleString('en')} of them marked; ${ctx.memberCount.toLocaleString('en')} members, ${GROUPS} groups with ${seed.memberships.length.toLocaleString('en')} memberships${ctx.quick ? ' (--quick: a tenth of the instalments)' : ''}`,
          `right after a payment (its tally recounted by the read): p50 ${ms(p(core.afterPayment, 50))}, p95 ${ms(p(core.afterPayment, 95))} over ${AFTER_PAYMENT_CALLS} reads`,
          `first read after seeding, every tally counted from nothing by the shared rules: ${seconds(core.firstMs)}`,
          `the SQL alone on bare PGlite (p50 / p95 of ${PHASE_CALLS}), slowest first: ${raw.statements.slice(0, 5).map((s) => `${s.what} ${ms(s.p50)} / ${ms(s.p95)}`).join('; ')}`,
          `seeding (untimed): bulk SQL ${seconds(seed.seedMs)}; data dir ${(dirSize(dataDir) / 2 ** 20).toFixed(0)} MB`,
          problems.length === 0
            ? 'totals checked: the chapter and every campaign match pledgeTotals (shared rules) over the seeded pledges and marks'
            : `WARNING: totals differ from the shared rules: ${problems.join('; ')}`,
        ],
      };
    } finally {
      discard(dataDir);
    }
  },
};
