// Pledges: recording them (with a receipt when money is taken on the spot), their instalments
// marked paid, missed or waived, pausing, cancelling, what is due and who is behind, and CSV
// import and export. Every write is change messages through the one apply path; totals come from
// the pledge tallies (electron/core/pledges/pledge-tallies.ts), recounted before they are read.
import { randomUUID } from 'node:crypto';
import type { PledgeView } from '../../../shared/contract/pledges.js';
import { addDays } from '../../../shared/pledges/calendar-date.js';
import { checkPledgeCurrency } from '../../../shared/pledges/campaign.js';
import { currencyProblem } from '../../../shared/pledges/currency.js';
import { instalmentToPay, type WeekDay } from '../../../shared/pledges/due-instalments.js';
import { indexInstalmentStatuses } from '../../../shared/pledges/instalment-marks.js';
import { parsePledge, type Pledge, type PledgeKind } from '../../../shared/pledges/pledge.js';
import { fulfilmentsToCsv, pledgesToCsv } from '../../../shared/pledges/pledge-csv-export.js';
import { receiptHtml, receiptText } from '../../../shared/pledges/receipt.js';
import { readUnitAmount } from '../../../shared/pledges/units.js';
import { CallError } from '../../../shared/contract/errors.js';
import type { HandlerContext, HandlerMap, PhasedHandler } from '../handler-context.js';
import { amountsByUnit, behindOn, dueByToday, dueInWeek } from '../pledges/due-queries.js';
import { byRule, invalid, requireCampaign, requireLivePledge, requireMember, requirePledge, todayOr } from '../pledges/pledge-checks.js';
import { fulfilmentExportRows, pledgeExportRows } from '../pledges/pledge-export.js';
import { readPledgeImport, rejectedFileError, type ReadPledgeImport } from '../pledges/pledge-import.js';
import { describeInstalment, findMark, markInstalment, pledgeOfInstalment, receiptOf } from '../pledges/pledge-payments.js';
import { listPledges, marksOfPledge, pledgeDetail, withFreshTallies, findPledgeRow } from '../pledges/pledge-queries.js';
import { marksToStatuses, newPledgeValues, rowToPledge, rowToPledgeView, type PledgeListRow } from '../pledges/pledge-rows.js';

type PledgeMethods =
  | 'pledges.create' | 'pledges.get' | 'pledges.list' | 'pledges.update' | 'pledges.pause' | 'pledges.resume' | 'pledges.cancel'
  | 'pledges.delete' | 'pledges.mark' | 'pledges.pay' | 'pledges.due' | 'pledges.behind' | 'pledges.dueSummary' | 'pledges.receipt'
  | 'pledges.importPreview' | 'pledges.import' | 'pledges.exportCsv';

/** The pledge as the contract shows it, its totals recounted as of today. */
async function viewOf(ctx: HandlerContext, id: string): Promise<PledgeView> {
  const today = todayOr(undefined);
  return withFreshTallies(ctx.db, ctx.chapterId(), today, async (tx) => {
    const row = await findPledgeRow(tx, ctx.chapterId(), id);
    if (!row) throw new CallError('not_found', `there is no pledge with id ${id} in this chapter`);
    return rowToPledgeView(row, today);
  });
}

/** The unit and amount of a new pledge, checked against its campaign's currency. */
function pledgeUnit(
  input: { kind?: PledgeKind | undefined; currency?: string | undefined; amount: string },
  campaign: { goal_kind: PledgeKind; currency: string | null; name: string } | null,
): { kind: PledgeKind; currency?: string; amount: number } {
  const kind = input.kind ?? campaign?.goal_kind ?? 'money';
  let currency: string | undefined;
  if (kind === 'money') {
    currency = input.currency || campaign?.currency || undefined;
    if (!currency) throw invalid('currency', 'a money pledge needs a currency, like USD');
    const bad = currencyProblem(currency);
    if (bad) throw invalid('currency', bad);
  } else if (input.currency) {
    throw invalid('currency', `a pledge of ${kind} has no currency; leave it out`);
  }
  if (campaign) {
    if (campaign.goal_kind === 'money') {
      byRule('currency', () => checkPledgeCurrency({ currency: campaign.currency ?? '', goalMinor: 1 }, { kind, currency }));
    } else if (kind !== campaign.goal_kind) {
      throw invalid('kind', `${campaign.name} counts ${campaign.goal_kind}; a pledge of ${kind} cannot count toward it, so record it for the chapter or in another campaign`);
    }
  }
  const read = readUnitAmount(input.amount, { kind, currency: currency ?? null });
  if (!read.ok) throw invalid('amount', read.reason);
  if (read.amount <= 0) throw invalid('amount', 'the amount of a pledge is more than 0');
  return { kind, ...(currency ? { currency } : {}), amount: read.amount };
}

/** A change to the pledge's schedule, checked by the shared rules before it is written. */
async function reschedule(ctx: HandlerContext, row: PledgeListRow, values: { paused_ranges?: Pledge['pausedRanges']; cancelled_on?: string | null }): Promise<PledgeView> {
  const current = rowToPledge(row);
  byRule('id', () =>
    parsePledge({
      ...current,
      pausedRanges: values.paused_ranges ?? current.pausedRanges,
      cancelledOn: values.cancelled_on === undefined ? current.cancelledOn : values.cancelled_on,
    }),
  );
  await ctx.commit([ctx.change('pledges', row.id, values)]);
  return viewOf(ctx, row.id);
}

async function readFile(input: { contentBase64: string; importId?: string | undefined }, ctx: HandlerContext): Promise<ReadPledgeImport> {
  const importId = input.importId ?? 'pledge-import';
  const chapterId = ctx.chapterId();
  const { rows } = await ctx.db.query<{ country: string }>('select country from chapters where id = $1', [chapterId]);
  return readPledgeImport({
    db: ctx.db,
    chapterId,
    bytes: Buffer.from(input.contentBase64, 'base64'),
    country: rows[0]?.country ?? 'US',
    newId: randomUUID,
    onProgress: (done, total) => ctx.emit('import.progress', { importId, phase: 'checking', done, total }),
  });
}

const importHandler: PhasedHandler<'pledges.import', ReadPledgeImport> = {
  prepare: (input, ctx) => readFile(input, ctx),
  async commit(read, input, ctx) {
    if (read.rejected.length > 0) throw rejectedFileError(read.rejected);
    const chapterId = ctx.chapterId();
    const createdBy = ctx.session.device.organiserName;
    const messages = read.rows.map(({ row }) =>
      ctx.change('pledges', row.pledge.id, newPledgeValues(row.pledge, { memberId: row.memberId, campaignId: row.campaignId, note: row.note, createdBy }), chapterId),
    );
    const importId = input.importId ?? 'pledge-import';
    ctx.emit('import.progress', { importId, phase: 'writing', done: 0, total: messages.length });
    await ctx.commit(messages);
    if (messages.length >= 1000) ctx.later(() => ctx.db.exec('analyze pledges'));
    ctx.emit('import.progress', { importId, phase: 'done', done: messages.length, total: messages.length });
    return { created: messages.length, unchanged: read.unchanged, rejected: [] };
  },
};

export function pledgesHandlers(): HandlerMap<PledgeMethods> {
  return {
    'pledges.create': async (input, ctx) => {
      const member = await requireMember(ctx, input.memberId);
      const campaign = input.campaignId ? await requireCampaign(ctx, input.campaignId) : null;
      const unit = pledgeUnit(input, campaign);
      const today = todayOr(undefined);
      const pledge = byRule('amount', () =>
        parsePledge({ id: randomUUID(), ...unit, recurrence: input.recurrence, startOn: input.startOn ?? today }),
      );
      if (input.paidNow && pledge.kind !== 'money') throw invalid('paidNow', `a pledge of ${pledge.kind} is not paid in cash or by cheque; mark its hours or actions done with pledges.pay`);
      await ctx.commit([
        ctx.change(
          'pledges',
          pledge.id,
          newPledgeValues(pledge, { memberId: member.id, campaignId: campaign?.id ?? null, note: input.note || null, meetingId: input.meetingId ?? null, createdBy: ctx.session.device.organiserName }),
        ),
      ]);
      let payment = null;
      if (input.paidNow) {
        const row = (await findPledgeRow(ctx.db, ctx.chapterId(), pledge.id))!;
        const instalment = await markInstalment(ctx, row, pledge.startOn, { status: 'paid', ...input.paidNow, meetingId: input.meetingId }, today);
        payment = { instalment, receipt: await receiptOf(ctx, instalment.id) };
      }
      return { pledge: await viewOf(ctx, pledge.id), payment };
    },

    'pledges.get': async (input, ctx) => {
      const today = todayOr(undefined);
      return withFreshTallies(ctx.db, ctx.chapterId(), today, async (tx) => {
        const row = await findPledgeRow(tx, ctx.chapterId(), input.id);
        if (!row) throw new CallError('not_found', `there is no pledge with id ${input.id} in this chapter`);
        return pledgeDetail(tx, row, today, input.until);
      });
    },

    'pledges.list': async (input, ctx) => {
      const today = todayOr(undefined);
      return withFreshTallies(ctx.db, ctx.chapterId(), today, (tx) => listPledges(tx, ctx.chapterId(), input, today));
    },

    'pledges.update': async (input, ctx) => {
      await requireLivePledge(ctx, input.id);
      if (input.changes.note !== undefined) await ctx.commit([ctx.change('pledges', input.id, { note: input.changes.note || null })]);
      return viewOf(ctx, input.id);
    },

    'pledges.pause': async (input, ctx) => {
      const row = await requireLivePledge(ctx, input.id);
      if (row.recurrence === 'once') throw new CallError('conflict', 'a one-off pledge has nothing to pause; cancel it instead');
      const from = input.from ?? todayOr(undefined);
      const to = input.to ?? null;
      if (to !== null && to < from) throw invalid('to', `the pause ends (${to}) before it starts (${from})`);
      const open = row.paused_ranges.find((r) => r.to === null);
      if (open) throw new CallError('conflict', `this pledge is paused already since ${open.from}; resume it first`);
      return reschedule(ctx, row, { paused_ranges: [...row.paused_ranges, { from, to }] });
    },

    'pledges.resume': async (input, ctx) => {
      const row = await requireLivePledge(ctx, input.id);
      const on = input.on ?? todayOr(undefined);
      const open = row.paused_ranges.find((r) => r.to === null || (r.from <= on && on <= r.to));
      if (!open) throw new CallError('conflict', 'this pledge is not paused');
      const lastPaused = addDays(on, -1);
      // Resumed on or before the pause's first day: the pause never happened.
      const ranges = row.paused_ranges.flatMap((r) => (r !== open ? [r] : lastPaused < r.from ? [] : [{ from: r.from, to: lastPaused }]));
      return reschedule(ctx, row, { paused_ranges: ranges });
    },

    'pledges.cancel': async (input, ctx) => {
      const row = await requireLivePledge(ctx, input.id);
      return reschedule(ctx, row, { cancelled_on: input.on ?? todayOr(undefined) });
    },

    'pledges.delete': async (input, ctx) => {
      const row = await requirePledge(ctx, input.id);
      if (!row.deleted_at) await ctx.commit([ctx.change('pledges', input.id, { deleted_at: new Date().toISOString() })]);
      return { id: input.id };
    },

    'pledges.mark': async (input, ctx) => {
      const { row, dueOn } = await pledgeOfInstalment(ctx, input.instalmentId);
      const instalment = await markInstalment(ctx, row, dueOn, input, todayOr(undefined));
      const receipt = instalment.status === 'paid' && row.kind === 'money' ? await receiptOf(ctx, instalment.id) : null;
      return { instalment, receipt };
    },

    'pledges.pay': async (input, ctx) => {
      const row = await requireLivePledge(ctx, input.pledgeId);
      const today = todayOr(undefined);
      let dueOn = input.dueOn;
      if (dueOn) {
        const existing = await findMark(ctx.db, `${row.id}_${dueOn}`);
        if (existing?.status === 'paid') {
          throw new CallError('conflict', `the instalment ${describeInstalment(row, dueOn)} was paid on ${existing.paid_on ?? 'an earlier day'} already${existing.receipt_no ? ` (receipt ${existing.receipt_no})` : ''}`);
        }
      } else {
        const statuses = indexInstalmentStatuses(marksToStatuses(await marksOfPledge(ctx.db, row.id)));
        dueOn = instalmentToPay(rowToPledge(row), statuses, today) ?? undefined;
        if (!dueOn) throw new CallError('conflict', 'nothing is left to pay on this pledge: every instalment is paid or waived, or the pledge has ended');
      }
      const instalment = await markInstalment(ctx, row, dueOn, { status: 'paid', paidOn: input.paidOn, method: input.method, reference: input.reference, note: input.note, meetingId: input.meetingId }, today);
      return { instalment, receipt: row.kind === 'money' ? await receiptOf(ctx, instalment.id) : null };
    },

    'pledges.due': async (input, ctx) => {
      const today = todayOr(input.today);
      if (input.range === 'week') return dueInWeek(ctx.db, ctx.chapterId(), today, input.weekStartsOn as WeekDay);
      return { from: null, to: today, items: await dueByToday(ctx.db, ctx.chapterId(), today) };
    },

    'pledges.behind': async (input, ctx) => {
      const arrears = await behindOn(ctx.db, ctx.chapterId(), todayOr(input.asOf));
      return arrears.map(({ row, ...a }) => ({
        pledgeId: a.pledgeId,
        member: row.member_id && row.member_name !== null ? { id: row.member_id, name: row.member_name } : null,
        campaignName: row.campaign_name,
        kind: a.kind,
        currency: a.currency,
        count: a.count,
        amount: a.amount,
        oldestDueOn: a.oldestDueOn,
        instalmentIds: a.instalmentIds,
      }));
    },

    'pledges.dueSummary': async (input, ctx) => {
      const today = todayOr(input.today);
      const week = await dueInWeek(ctx.db, ctx.chapterId(), today, input.weekStartsOn as WeekDay);
      const arrears = await behindOn(ctx.db, ctx.chapterId(), today);
      return {
        from: week.from,
        to: week.to,
        dueCount: week.items.length,
        due: amountsByUnit(week.items),
        behindCount: arrears.length,
        behind: amountsByUnit(arrears),
      };
    },

    'pledges.receipt': async (input, ctx) => {
      const receipt = await receiptOf(ctx, input.instalmentId);
      return { receipt, text: receiptText(receipt), html: receiptHtml(receipt) };
    },

    'pledges.importPreview': async (input, ctx) => {
      const read = await readFile(input, ctx);
      return {
        encoding: read.encoding,
        headers: read.headers,
        columns: read.map.columns,
        ignored: read.map.ignored,
        toCreate: read.rows.length,
        unchanged: read.unchanged,
        rejected: read.rejected,
        sample: read.rows.slice(0, 50).map(({ line, row, memberName, campaignName }) => ({
          line,
          member: { id: row.memberId, name: memberName },
          campaignName,
          kind: row.pledge.kind,
          amount: row.pledge.amount,
          currency: row.pledge.currency ?? null,
          recurrence: row.pledge.recurrence,
          startOn: row.pledge.startOn,
        })),
      };
    },

    'pledges.import': importHandler,

    'pledges.exportCsv': async (input, ctx) => {
      const asOf = todayOr(input.asOf);
      const chapterId = ctx.chapterId();
      const filter = { campaignId: input.campaignId, memberId: input.memberId };
      if (input.what === 'fulfilments') {
        const rows = await fulfilmentExportRows(ctx.db, chapterId, filter);
        return { fileName: `fulfilments-${asOf}.csv`, csv: fulfilmentsToCsv(rows), count: rows.length };
      }
      const rows = await withFreshTallies(ctx.db, chapterId, asOf, (tx) => pledgeExportRows(tx, chapterId, filter, asOf));
      return { fileName: `pledges-${asOf}.csv`, csv: pledgesToCsv(rows), count: rows.length };
    },
  };
}
