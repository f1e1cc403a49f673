// board_ms: the board of all proposals — 1,000 proposals, each with a vote board of 200 votes and
// between 0 and 200 supporters — ranked and returned through the contract as the renderer asks for
// it (`proposals.list` with an empty search, a request frame through a core connection, JSON both
// ways); p95 of 100 calls after a warm-up. Baseline: the core's own query function
// (`listProposals`, the same SQL and the same row mapping) on a bare PGlite opened on the same data
// dir after the core has closed.
// Seeding (untimed), so that the data dir holds what the app would have written:
//   - the chapter, 200 members (`members.import`), the 1,000 proposals (`proposals.create` with a
//     title, summary, tags, an advocate and a body) and their boards (`proposals.openBoard`,
//     majority) through the contract, on a core;
//   - then, on a bare PGlite of the closed data dir, each board's Yjs document built with
//     `castVote` (200 members each voting yes, no or abstain) and stored as the core stores an
//     update (DocStore.append plus the core's own projection, which sets `vote_count`), and the
//     supports as `proposal_supports` change messages through `applyMessages`, the one apply path.
// Phases: the SQL alone on bare PGlite, the row mapping, the contract's output check, the frames'
// JSON, and the planner statistics (PGlite runs no autovacuum) with the same SQL after ANALYZE.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import * as Y from 'yjs';
import { startCore } from '../../electron/core/start-core.js';
import type { Core } from '../../electron/core/core-api.js';
import { pgliteExtensions } from '../../electron/core/db/db-template.js';
import { projectDocument } from '../../electron/core/docs/doc-projections.js';
import { boardRoom } from '../../electron/core/proposals/board-service.js';
import { listProposals } from '../../electron/core/proposals/proposal-queries.js';
import { proposalsContract } from '../../shared/contract/proposals.js';
import type { Db } from '../../shared/db/db.js';
import { pgliteDb } from '../../shared/db/pglite-db.js';
import { DocStore } from '../../shared/docs/doc-store.js';
import { formatHlc } from '../../shared/hlc.js';
import { castVote } from '../../shared/proposals/board-doc.js';
import type { ChangeMessage } from '../../shared/replication/messages.js';
import { applyMessages } from '../../shared/replication/apply.js';
import { FrameClient } from '../frame-client.js';
import { generateMembers } from '../member-data.js';
import { benchChapter } from '../roster-import.js';
import { importMembers, coreLog, seconds } from '../sync-fixture.js';
import { percentile } from '../stats.js';
import { discard, dirSize, freshDataDir } from '../temp-dirs.js';
import { ratioOf, type Figure, type FigureResult } from '../figure.js';
import { seededRandom } from '../seeded-random.js';

const PROPOSALS = 1_000;
const VOTERS = 200;
const CALLS = 100;
const WARMUP = 10;
const MAX_P95_MS = 50;
/** Diagnosis: calls of each phase measured on its own. */
const PHASE_CALLS = 30;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const p = (samples: number[], q: number) => percentile(samples, q);

const topics = ['bike lanes', 'rent strike fund', 'community garden', 'youth league', 'food bank shifts', 'tenant hotline', 'newsletter', 'phone bank', 'library hours', 'bus route 12'];
const verbs = ['Start', 'Fund', 'Expand', 'Review', 'Pilot', 'Organise', 'Campaign for', 'Survey'];
const tagPool = ['housing', 'transit', 'green', 'youth', 'budget', 'outreach', 'events', 'labour'];

function proposalText(i: number, random: () => number) {
  const topic = topics[i % topics.length]!;
  const title = `${verbs[Math.floor(random() * verbs.length)]} ${topic} #${i + 1}`;
  const summary = `What the chapter would do about ${topic}, who leads it and what it costs.`;
  // A few paragraphs, as a proposal's text tends to be (the board returns every body's plain text).
  const body = Array.from({ length: 3 }, (_, k) => `Paragraph ${k + 1} on ${topic}: we propose that the chapter ${verbs[(i + k) % verbs.length]!.toLowerCase()} ${topic} with volunteers from every neighbourhood, report back monthly and review it after a year.`).join('\n');
  const tags = [...new Set([tagPool[i % tagPool.length]!, tagPool[Math.floor(random() * tagPool.length)]!])];
  return { title, summary, body, tags };
}

interface Seeded {
  chapterId: string;
  deviceId: string;
  memberIds: string[];
  proposalIds: string[];
  contractMs: number;
  boardsMs: number;
  supportsMs: number;
  supports: number;
  dataMb: number;
}

/** The chapter, members, proposals and their boards, through the contract (untimed). */
async function seedThroughContract(dataDir: string, proposals: number, progress: (message: string) => void) {
  const core = await startCore({ dataDir, log: coreLog });
  try {
    await core.call('session.setup', benchChapter);
    const session = await core.call('session.get', {});
    const chapterId = session.current!.id;
    const deviceId = session.device.deviceId;
    await importMembers(core, chapterId, generateMembers(VOTERS, 4242));
    const memberIds = (await core.call('members.search', { query: '', offset: 0, limit: VOTERS })).rows.map((r) => r.id);
    if (memberIds.length !== VOTERS) throw new Error(`seeding: ${memberIds.length} members, expected ${VOTERS}`);
    const random = seededRandom(1000);
    const proposalIds: string[] = [];
    const start = performance.now();
    let shown = start;
    for (let i = 0; i < proposals; i++) {
      const text = proposalText(i, random);
      const advocateId = memberIds[Math.floor(random() * memberIds.length)]!;
      const created = await core.call('proposals.create', { ...text, advocateId });
      await core.call('proposals.openBoard', { id: created.id, board: { method: 'majority', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false } });
      proposalIds.push(created.id);
      if (performance.now() - shown > 5000) {
        shown = performance.now();
        progress(`  seeding: ${i + 1} of ${proposals} proposals created and their boards opened`);
      }
    }
    return { chapterId, deviceId, memberIds, proposalIds, contractMs: performance.now() - start, core };
  } catch (error) {
    await core.close().catch(() => {});
    throw error;
  }
}

/** Votes (board documents) and supports, on a bare PGlite of the closed data dir. */
async function seedVotesAndSupports(dataDir: string, seeded: Omit<Seeded, 'boardsMs' | 'supportsMs' | 'supports' | 'dataMb'>): Promise<{ boardsMs: number; supportsMs: number; supports: number }> {
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  try {
    const db = pgliteDb(pg);
    const random = seededRandom(2000);
    const choices = ['yes', 'yes', 'no', 'abstain'];
    let start = performance.now();
    const castAt = new Date(Date.now() - 86_400_000).toISOString();
    for (let b = 0; b < seeded.proposalIds.length; b += 50) {
      // 50 boards a transaction; each board one stored update, as a device holding a merged board.
      await db.transaction(async (tx) => {
        for (const proposalId of seeded.proposalIds.slice(b, b + 50)) {
          const doc = new Y.Doc();
          doc.transact(() => {
            for (const memberId of seeded.memberIds) {
              castVote(doc, { memberId, ballot: { choice: choices[Math.floor(random() * choices.length)]! }, castAt }, false, randomUUID(), randomUUID());
            }
          });
          const room = boardRoom(seeded.chapterId, proposalId);
          await new DocStore(tx).append(room, Y.encodeStateAsUpdate(doc));
          await projectDocument(tx, room, doc);
          doc.destroy();
        }
      });
    }
    const boardsMs = performance.now() - start;

    start = performance.now();
    const messages: ChangeMessage[] = [];
    const millis = Date.now() - 3_600_000;
    for (const proposalId of seeded.proposalIds) {
      // Support is skewed, as it is in life: most proposals have a few supporters, some very many.
      const r = random();
      const count = Math.floor(r * r * (seeded.memberIds.length + 1));
      for (const memberId of seeded.memberIds.slice(0, count)) {
        const n = messages.length;
        messages.push({
          id: randomUUID(),
          hlc: formatHlc({ millis: millis + Math.floor(n / 0xffff), counter: n % 0xffff, node: seeded.deviceId }),
          chapter: seeded.chapterId,
          table: 'proposal_supports',
          row: `${proposalId}_${memberId}`,
          values: { proposal_id: proposalId, member_id: memberId, supported: true, at: castAt },
          device: seeded.deviceId,
          author: benchChapter.organiserName,
        });
      }
    }
    await applyMessages(db, messages);
    return { boardsMs, supportsMs: performance.now() - start, supports: messages.length };
  } finally {
    await pg.close();
  }
}

async function seedBoard(dataDir: string, proposals: number, progress: (message: string) => void): Promise<Seeded> {
  progress(`seeding ${proposals.toLocaleString('en')} proposals with open boards through the contract, then ${VOTERS} votes on each board and the supports on bare PGlite (untimed)`);
  const { core, ...contract } = await seedThroughContract(dataDir, proposals, progress);
  await core.close();
  const rest = await seedVotesAndSupports(dataDir, contract);
  return { ...contract, ...rest, dataMb: dirSize(dataDir) / 2 ** 20 };
}

interface CoreRun {
  samples: number[];
  count: number;
  ranked: boolean;
  votes: number;
  supports: number;
  bytes: number;
}

async function throughCore(dataDir: string, proposals: number): Promise<CoreRun> {
  const core: Core = await startCore({ dataDir, log: coreLog });
  const client = new FrameClient(core);
  try {
    let last: { supportCount: number; voteCount: number }[] = [];
    for (let i = 0; i < WARMUP; i++) last = (await client.call('proposals.list', { search: '' })) as typeof last;
    const samples: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      last = (await client.call('proposals.list', { search: '' })) as typeof last;
      samples.push(performance.now() - start);
    }
    if (last.length !== proposals) throw new Error(`proposals.list returned ${last.length} proposals, expected ${proposals}`);
    const ranked = last.every((x, i) => i === 0 || last[i - 1]!.supportCount > x.supportCount || (last[i - 1]!.supportCount === x.supportCount && last[i - 1]!.voteCount >= x.voteCount));
    return {
      samples,
      count: last.length,
      ranked,
      votes: last.reduce((sum, x) => sum + x.voteCount, 0),
      supports: last.reduce((sum, x) => sum + x.supportCount, 0),
      bytes: Buffer.byteLength(JSON.stringify({ id: 1, ok: true, result: last })),
    };
  } finally {
    client.close();
    await core.close();
  }
}

interface RawRun {
  samples: number[];
  count: number;
  /** The SQL alone (the statement listProposals runs), without mapping rows to proposals. */
  sqlOnly: number[];
  /** listProposals over rows already fetched: mapping rows to proposals (board definitions parsed with zod). */
  mapping: number[];
  /** The contract's zod check of the answer, as the dispatcher runs it on every call. */
  outputCheck: number[];
  /** JSON.stringify + JSON.parse of the response frame, as the frame connection does. */
  json: number[];
  /** The support counts alone: the statement's correlated count, for every proposal of the chapter. */
  countsOnly: number[];
  /** The statement with the support count replaced by a constant (as a projected column would be); empty if not found. */
  withoutCounts: number[];
  statistics: string;
  explain: string;
}

/** A Db that notes the statements run through it. */
function recording(db: Db, seen: { sql: string; params: unknown[] }[]): Db {
  return {
    query: (sql, params) => {
      seen.push({ sql, params: params ?? [] });
      return db.query(sql, params);
    },
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
  };
}

async function plannerStatistics(pg: PGlite): Promise<string> {
  const { rows } = await pg.query<{ relname: string; reltuples: number }>("select relname, reltuples from pg_class where relname in ('proposals', 'proposal_supports', 'members') order by relname");
  return rows.map((r) => `${r.relname} ${Number(r.reltuples) < 0 ? 'never analyzed' : `~${Math.round(Number(r.reltuples))} rows`}`).join(', ');
}

async function throughRawSql(dataDir: string, chapterId: string, proposals: number): Promise<RawRun> {
  const pg = await PGlite.create(path.join(dataDir, 'db'), { extensions: pgliteExtensions });
  try {
    const db = pgliteDb(pg);
    const statistics = await plannerStatistics(pg);
    const timeList = async (times: number) => {
      const samples: number[] = [];
      let count = 0;
      for (let i = 0; i < times; i++) {
        const start = performance.now();
        count = (await listProposals(db, chapterId, { search: '' })).length;
        samples.push(performance.now() - start);
      }
      return { samples, count };
    };
    await timeList(WARMUP);
    const { samples, count } = await timeList(CALLS);
    if (count !== proposals) throw new Error(`listProposals on bare PGlite returned ${count} proposals, expected ${proposals}`);

    const seen: { sql: string; params: unknown[] }[] = [];
    const result = await listProposals(recording(db, seen), chapterId, { search: '' });
    const statement = seen[0];
    if (!statement || seen.length !== 1) throw new Error(`listProposals ran ${seen.length} statements, expected one`);
    const sqlOnly: number[] = [];
    const mapping: number[] = [];
    const countsOnly: number[] = [];
    const withoutCounts: number[] = [];
    const outputCheck: number[] = [];
    const json: number[] = [];
    const output = proposalsContract['proposals.list'].output;
    // The support count is a correlated subquery, run once per proposal; time it alone, and the
    // statement without it (what it would cost if supports were projected like vote_count).
    const countSubquery = /\(select count\(\*\) from proposal_supports[^()]*\)/.exec(statement.sql)?.[0];
    const countsSql = countSubquery ? `select p.id, ${countSubquery} from proposals p where p.chapter_id = $1 and p.deleted_at is null` : null;
    const withoutCountsSql = countSubquery ? statement.sql.replace(countSubquery, '0::bigint') : null;
    for (let i = 0; i < PHASE_CALLS; i++) {
      let start = performance.now();
      const fetched = await pg.query(statement.sql, statement.params);
      sqlOnly.push(performance.now() - start);
      // listProposals over a Db that hands back the rows just fetched: the mapping alone.
      const answered: Db = { query: async <T>() => ({ rows: fetched.rows as T[] }), exec: async () => {}, transaction: (fn) => fn(answered) };
      start = performance.now();
      await listProposals(answered, chapterId, { search: '' });
      mapping.push(performance.now() - start);
      if (countsSql && withoutCountsSql) {
        start = performance.now();
        await pg.query(countsSql, [chapterId]);
        countsOnly.push(performance.now() - start);
        start = performance.now();
        await pg.query(withoutCountsSql, statement.params);
        withoutCounts.push(performance.now() - start);
      }
      start = performance.now();
      const checked = output.safeParse(result);
      outputCheck.push(performance.now() - start);
      if (!checked.success) throw new Error('the board does not match the contract of proposals.list');
      start = performance.now();
      JSON.parse(JSON.stringify({ id: 1, ok: true, result: checked.data }));
      json.push(performance.now() - start);
    }
    const plan = await pg.query<{ 'QUERY PLAN': string }>(`explain (analyze, timing off, summary on) ${statement.sql}`, statement.params);
    const lines = plan.rows.map((r) => r['QUERY PLAN'].trim());
    const scans = lines.filter((l) => /^->\s+(Bitmap Heap|Seq|Index|Index Only) Scan on (proposals|proposal_supports)/.test(l)).map((l) => l.replace(/^->\s+/, '').replace(/\s+\(cost=.*$/, ''));
    const execution = lines.find((l) => l.startsWith('Execution Time')) ?? '';
    const explain = `${scans.join(', ')}${execution ? `; EXPLAIN ANALYZE ${execution.toLowerCase()} (with instrumentation)` : ''}`;
    return { samples, count, sqlOnly, mapping, countsOnly, withoutCounts, outputCheck, json, statistics, explain };
  } finally {
    await pg.close();
  }
}

export const board: Figure = {
  name: 'board_ms',
  description: `proposals.list (the board of ${PROPOSALS.toLocaleString('en')} proposals, ${VOTERS} votes each, ranked) through a JSON frame connection vs listProposals on bare PGlite`,
  async run(ctx): Promise<FigureResult> {
    const proposals = ctx.quick ? PROPOSALS / 10 : PROPOSALS;
    const dataDir = freshDataDir('board');
    try {
      const setupStart = performance.now();
      const seeded = await seedBoard(dataDir, proposals, ctx.progress);
      const setupMs = performance.now() - setupStart;
      ctx.progress(`listing the board ${CALLS} times through the core, then on bare PGlite (after ${WARMUP} warm-up calls each)`);
      const core = await throughCore(dataDir, proposals);
      const raw = await throughRawSql(dataDir, seeded.chapterId, proposals);
      const value = p(core.samples, 95);
      const baseline = p(raw.samples, 95);
      const slowest = [...core.samples].sort((x, y) => y - x).slice(0, 3);
      const expectedVotes = proposals * VOTERS;
      return {
        name: 'board_ms',
        value,
        unit: 'ms',
        baseline,
        baselineLabel: 'listProposals on bare PGlite',
        ratio: ratioOf(value, baseline),
        target: `p95 < ${MAX_P95_MS} ms`,
        met: value < MAX_P95_MS,
        notes: [
          `p50 core ${ms(p(core.samples, 50))}, raw ${ms(p(raw.samples, 50))}; slowest through the core ${slowest.map(ms).join(', ')}`,
          `${CALLS} timed calls after ${WARMUP} warm-up; the board holds ${core.count.toLocaleString('en')} proposals (${(core.bytes / 2 ** 20).toFixed(2)} MB of JSON per answer), ${core.votes.toLocaleString('en')} votes and ${core.supports.toLocaleString('en')} supports${ctx.quick ? ' (--quick: a tenth of the proposals)' : ''}`,
          `phases on bare PGlite (p50 / p95 of ${PHASE_CALLS}): listProposals' SQL alone ${ms(p(raw.sqlOnly, 50))} / ${ms(p(raw.sqlOnly, 95))}; mapping the rows to proposals (listProposals over rows already fetched) ${ms(p(raw.mapping, 50))} / ${ms(p(raw.mapping, 95))}; in the core, the contract's output check ${ms(p(raw.outputCheck, 50))} / ${ms(p(raw.outputCheck, 95))} and the frame's JSON both ways ${ms(p(raw.json, 50))} / ${ms(p(raw.json, 95))}`,
          raw.countsOnly.length > 0
            ? `within the SQL: the support counts (a correlated count per proposal over ${core.supports.toLocaleString('en')} proposal_supports rows) alone ${ms(p(raw.countsOnly, 50))} / ${ms(p(raw.countsOnly, 95))}; the same statement without them (a constant instead, as a projected count would be) ${ms(p(raw.withoutCounts, 50))} / ${ms(p(raw.withoutCounts, 95))}`
            : 'within the SQL: no correlated support count found in the statement to time apart',
          `plan: ${raw.explain}; planner statistics as the app leaves them: ${raw.statistics}`,
          `seeding (untimed, ${seconds(setupMs)} in all): ${proposals.toLocaleString('en')} proposals.create + openBoard through the contract ${seconds(seeded.contractMs)}; ${proposals.toLocaleString('en')} board documents of ${VOTERS} votes (castVote, DocStore.append and the core's projection of vote_count) on bare PGlite ${seconds(seeded.boardsMs)}; ${seeded.supports.toLocaleString('en')} supports as change messages through applyMessages ${seconds(seeded.supportsMs)}; data dir ${seeded.dataMb.toFixed(0)} MB`,
          ...(core.votes !== expectedVotes ? [`WARNING: the board counts ${core.votes} votes, expected ${expectedVotes}`] : []),
          ...(core.supports !== seeded.supports ? [`WARNING: the board counts ${core.supports} supports, ${seeded.supports} were seeded`] : []),
          ...(!core.ranked ? ['WARNING: the board is not ordered by support, then votes'] : []),
        ],
      };
    } finally {
      discard(dataDir);
    }
  },
};
