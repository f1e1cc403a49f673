// Members: the roster's methods. Every write is a set of change messages committed through the
// apply path; nothing here writes the members table directly.
import { randomUUID } from 'node:crypto';
import { CallError } from '../../../shared/contract/errors.js';
import type { Member, MemberFields } from '../../../shared/contract/members.js';
import { membersToCsv } from '../../../shared/members/export-csv.js';
import { membersTable } from '../../../shared/replication/tables.js';
import type { HandlerContext, HandlerMap, PhasedHandler, Input } from '../handler-context.js';
import { planImport, previewOf, readImport, type ReadImport } from '../members/member-import.js';
import { countMatches, duplicateGroups, findMember, listMembers, searchFilter, searchMembers, tagCounts, type RosterSizeCache } from '../members/member-queries.js';
import { changesToValues } from '../members/member-row.js';

async function requireMember(ctx: HandlerContext, id: string): Promise<Member> {
  const member = await findMember(ctx.db, ctx.chapterId(), id);
  if (!member || member.erasedAt) throw new CallError('not_found', `there is no member with id ${id} in this chapter`);
  return member;
}

async function requireLive(ctx: HandlerContext, id: string): Promise<Member> {
  const member = await requireMember(ctx, id);
  if (member.deletedAt) throw new CallError('conflict', `${displayName(member)} was deleted; restore them first`);
  if (member.mergedInto) throw new CallError('conflict', `${displayName(member)} was merged into another member`);
  return member;
}

function displayName(m: Pick<Member, 'firstName' | 'lastName' | 'email'>): string {
  return `${m.firstName} ${m.lastName}`.trim() || m.email || 'this member';
}

async function update(ctx: HandlerContext, id: string, changes: Partial<MemberFields>): Promise<Member> {
  const values = changesToValues(changes);
  if (Object.keys(values).length > 0) await ctx.commit([ctx.change('members', id, values)]);
  return requireMember(ctx, id);
}

async function checkRecruiter(ctx: HandlerContext, memberId: string | null, recruitedBy: string | null | undefined): Promise<void> {
  if (!recruitedBy) return;
  if (recruitedBy === memberId) throw new CallError('validation', 'a member cannot have recruited themselves', [{ path: 'recruitedBy', message: 'cannot be the member themselves' }]);
  await requireLive(ctx, recruitedBy);
}

/** What the kept member gains from a duplicate: its blanks filled, tags and custom fields combined. */
function mergedFields(into: Member, from: Member): Partial<MemberFields> {
  const changes: Partial<MemberFields> = {};
  const fillable = ['firstName', 'lastName', 'email', 'phone', 'street', 'city', 'region', 'postalCode', 'country', 'emailConsent', 'smsConsent', 'joinedOn', 'recruitedBy', 'notes'] as const;
  for (const field of fillable) {
    const empty = into[field] === null || into[field] === '';
    if (empty && from[field] !== null && from[field] !== '') (changes as Record<string, unknown>)[field] = from[field];
  }
  const tags = [...new Set([...into.tags, ...from.tags])];
  if (tags.length !== into.tags.length) changes.tags = tags;
  const custom = { ...from.custom, ...into.custom };
  if (Object.keys(custom).length !== Object.keys(into.custom).length) changes.custom = custom;
  if (into.status !== 'member' && from.status === 'member') changes.status = 'member';
  return changes;
}

const ANALYZE_AFTER_ROWS = 1000;

const importHandler: PhasedHandler<'members.import', ReadImport> = {
  prepare: (input, ctx) => readFile(input, ctx),
  async commit(read, input, ctx) {
    const chapterId = ctx.chapterId();
    const plan = await planImport(ctx.db, chapterId, read, randomUUID);
    const messages = [
      ...plan.creates.map((c) => ctx.change('members', c.id, c.values, chapterId)),
      ...plan.updates.map((u) => ctx.change('members', u.id, u.values, chapterId)),
    ];
    const importId = input.importId ?? 'import';
    ctx.emit('import.progress', { importId, phase: 'writing', done: 0, total: messages.length });
    await ctx.commit(messages);
    // PGlite runs no autovacuum: without fresh statistics the planner picks slow search plans.
    if (messages.length >= ANALYZE_AFTER_ROWS) ctx.later(() => ctx.db.exec('analyze members'));
    ctx.emit('import.progress', { importId, phase: 'done', done: messages.length, total: messages.length });
    return { created: plan.creates.length, updated: plan.updatedCount, rejected: read.rejected };
  },
};

async function readFile(input: Input<'members.import'>, ctx: HandlerContext): Promise<ReadImport> {
  const chapter = await chapterCountry(ctx);
  const importId = input.importId ?? 'import';
  return readImport({
    bytes: Buffer.from(input.contentBase64, 'base64'),
    format: input.format,
    mapping: input.mapping,
    country: chapter,
    onProgress: (done, total) => ctx.emit('import.progress', { importId, phase: 'checking', done, total }),
  });
}

async function chapterCountry(ctx: HandlerContext): Promise<string> {
  const id = ctx.session.currentChapterId;
  if (!id) return 'US';
  const { rows } = await ctx.db.query<{ country: string }>('select country from chapters where id = $1', [id]);
  return rows[0]?.country ?? 'US';
}

type MemberMethods =
  | 'members.search' | 'members.count' | 'members.list' | 'members.get' | 'members.tags' | 'members.create' | 'members.update' | 'members.delete'
  | 'members.restore' | 'members.merge' | 'members.erase' | 'members.duplicates' | 'members.importPreview'
  | 'members.import' | 'members.export';

export function membersHandlers(rosterSizes: RosterSizeCache): HandlerMap<MemberMethods> {
  return {
    'members.search': async (input, ctx) => searchMembers(ctx.db, ctx.chapterId(), input, rosterSizes),

    'members.count': async (input, ctx) => ({ total: await countMatches(ctx.db, searchFilter(ctx.chapterId(), input)) }),

    'members.list': async (input, ctx) => listMembers(ctx.db, ctx.chapterId(), input),

    'members.get': async (input, ctx) => requireMember(ctx, input.id),

    'members.tags': async (_input, ctx) => tagCounts(ctx.db, ctx.chapterId()),

    'members.create': async (input, ctx) => {
      const id = randomUUID();
      await checkRecruiter(ctx, id, input.recruitedBy);
      const values = { first_name: '', last_name: '', ...changesToValues(input) };
      await ctx.commit([ctx.change('members', id, values)]);
      return requireMember(ctx, id);
    },

    'members.update': async (input, ctx) => {
      await requireLive(ctx, input.id);
      await checkRecruiter(ctx, input.id, input.changes.recruitedBy);
      return update(ctx, input.id, input.changes);
    },

    'members.delete': async (input, ctx) => {
      await requireLive(ctx, input.id);
      await ctx.commit([ctx.change('members', input.id, { deleted_at: new Date().toISOString() })]);
      return { id: input.id };
    },

    'members.restore': async (input, ctx) => {
      const member = await requireMember(ctx, input.id);
      if (!member.deletedAt) return member;
      await ctx.commit([ctx.change('members', input.id, { deleted_at: null })]);
      return requireMember(ctx, input.id);
    },

    'members.merge': async (input, ctx) => {
      if (input.id === input.intoId) throw new CallError('validation', 'choose two different members to merge', [{ path: 'intoId', message: 'is the same member' }]);
      const from = await requireLive(ctx, input.id);
      const into = await requireLive(ctx, input.intoId);
      const { rows: recruits } = await ctx.db.query<{ id: string }>(
        'select id from members where chapter_id = $1 and recruited_by = $2 and erased_at is null',
        [ctx.chapterId(), from.id],
      );
      const intoValues = changesToValues(mergedFields(into, from));
      if (intoValues.recruited_by === into.id) delete intoValues.recruited_by;
      const messages = [
        ctx.change('members', from.id, { merged_into: into.id }),
        ...(Object.keys(intoValues).length > 0 ? [ctx.change('members', into.id, intoValues)] : []),
        ...recruits.filter((r) => r.id !== into.id).map((r) => ctx.change('members', r.id, { recruited_by: into.id })),
      ];
      await ctx.commit(messages);
      return requireMember(ctx, into.id);
    },

    'members.erase': async (input, ctx) => {
      await requireMember(ctx, input.id);
      const now = new Date().toISOString();
      const erased: Record<string, unknown> = { erased_at: now, deleted_at: now };
      for (const column of membersTable.erasure!.personal) {
        const spec = membersTable.columns[column]!;
        erased[column] = spec.type === 'jsonb' ? (column === 'tags' ? [] : {}) : spec.default === "''" ? '' : null;
      }
      await ctx.commit([ctx.change('members', input.id, erased)]);
      return { id: input.id };
    },

    'members.duplicates': async (input, ctx) => {
      const groups = await duplicateGroups(ctx.db, ctx.chapterId(), input.limit);
      const result = [];
      for (const group of groups) {
        const members = await Promise.all(group.ids.map((id) => requireMember(ctx, id)));
        result.push({ reason: group.reason, members });
      }
      return result;
    },

    'members.importPreview': async (input, ctx) => {
      const read = await readFile(input, ctx);
      // With no chapter yet (a dry run on a new data dir) everyone would be created.
      const plan = await planImport(ctx.db, ctx.session.currentChapterId ?? '', read, randomUUID);
      return previewOf(read, plan);
    },

    'members.import': importHandler,

    'members.export': async (input, ctx) => {
      const members = await listMembers(ctx.db, ctx.chapterId(), input.search);
      const date = new Date().toISOString().slice(0, 10);
      return { fileName: `members-${input.format}-${date}.csv`, csv: membersToCsv(members, input.format), count: members.length };
    },
  };
}
