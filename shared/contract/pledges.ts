// Pledges: campaigns and their goals, pledges by members (one-off or recurring money, hours or
// actions), the marks on instalments (paid, missed, waived) with receipts for money taken by hand,
// what is due and who is behind, thermometers, and CSV import and export.
// Amounts: inputs take the text a person typed ("10.00" in the currency, "3" hours), read with the
// shared rules so a mistake comes back as a sentence; outputs carry whole minor units (or hours,
// actions) with their unit. Totals are per unit and never mix currencies.
import { z } from 'zod';
import { isoDateSchema } from '../pledges/calendar-date.js';
import { pledgeKinds, recurrences } from '../pledges/pledge.js';
import { paymentMethods } from '../replication/pledge-tables.js';
import { method } from './define.js';
import { rejectedRowSchema } from './members.js';

export const pledgeKindSchema = z.enum(pledgeKinds);
export const recurrenceSchema = z.enum(recurrences);
export const paymentMethodSchema = z.enum(paymentMethods);
const date = (subject: string) => isoDateSchema(subject);
const int = z.number().int();
const id = z.string().min(1).max(64);

export const memberRefSchema = z.object({ id: z.string(), name: z.string() });
export type MemberRef = z.infer<typeof memberRefSchema>;

/** Pledged and fulfilled in one unit: a currency (minor units), hours or actions. */
export const unitTotalsSchema = z.object({ kind: pledgeKindSchema, currency: z.string().nullable(), pledged: int, fulfilled: int });
export type UnitTotals = z.infer<typeof unitTotalsSchema>;

/** What a thermometer is drawn from (shared/pledges/thermometer-svg.ts draws it). */
export const thermometerViewSchema = z.object({
  kind: pledgeKindSchema,
  currency: z.string().nullable(),
  goal: int.nullable(),
  pledged: int,
  fulfilled: int,
  pledgedShare: z.number(),
  fulfilledShare: z.number(),
  over: z.boolean(),
  pledgedPercent: int.nullable(),
  fulfilledPercent: int.nullable(),
  label: z.string(),
});
export type ThermometerViewShape = z.infer<typeof thermometerViewSchema>;

export const campaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: pledgeKindSchema,
  /** The currency of a money campaign; null for hours or actions. */
  currency: z.string().nullable(),
  /** Minor units for money, else hours or actions. */
  goal: int,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** As of today (or the asked date): a recurring pledge counts its instalments due so far. */
  pledged: int,
  fulfilled: int,
  pledgeCount: int,
  thermometer: thermometerViewSchema,
});
export type Campaign = z.infer<typeof campaignSchema>;

export const pledgeStatusSchema = z.enum(['active', 'paused', 'cancelled', 'completed', 'deleted']);
export type PledgeStatus = z.infer<typeof pledgeStatusSchema>;

export const pausedRangeViewSchema = z.object({ from: z.string(), to: z.string().nullable() });

export const pledgeViewSchema = z.object({
  id: z.string(),
  memberId: z.string().nullable(),
  member: memberRefSchema.nullable(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  kind: pledgeKindSchema,
  /** Per instalment: minor units for money, else hours or actions. */
  amount: int,
  currency: z.string().nullable(),
  /** The amount as people read it: "$10.00", "3 hours". */
  amountText: z.string(),
  recurrence: recurrenceSchema,
  startOn: z.string(),
  pausedRanges: z.array(pausedRangeViewSchema),
  cancelledOn: z.string().nullable(),
  note: z.string().nullable(),
  meetingId: z.string().nullable(),
  createdAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  status: pledgeStatusSchema,
  /** As of today, by the totals' rules. */
  pledged: int,
  fulfilled: int,
  /** The next instalment after today, or null when none is expected. */
  nextDueOn: z.string().nullable(),
});
export type PledgeView = z.infer<typeof pledgeViewSchema>;

export const instalmentViewSchema = z.object({
  /** `<pledgeId>_<dueOn>`: the same on every device. */
  id: z.string(),
  pledgeId: z.string(),
  dueOn: z.string(),
  kind: pledgeKindSchema,
  amount: int,
  currency: z.string().nullable(),
  status: z.enum(['paid', 'missed', 'waived', 'unmarked']),
  /** False for a mark on a day the schedule no longer has (paid before a pause or cancellation). */
  onSchedule: z.boolean(),
  paidOn: z.string().nullable(),
  method: paymentMethodSchema.nullable(),
  reference: z.string().nullable(),
  receiptNo: z.string().nullable(),
  receivedBy: z.string().nullable(),
  note: z.string().nullable(),
  markedAt: z.string().nullable(),
});
export type InstalmentView = z.infer<typeof instalmentViewSchema>;

export const pledgeDetailSchema = pledgeViewSchema.extend({ instalments: z.array(instalmentViewSchema) });
export type PledgeDetail = z.infer<typeof pledgeDetailSchema>;

export const receiptSchema = z.object({
  receiptNo: z.string(),
  chapterName: z.string(),
  memberId: z.string().nullable(),
  memberName: z.string(),
  amount: int,
  currency: z.string(),
  method: paymentMethodSchema.nullable(),
  reference: z.string().nullable(),
  paidOn: z.string(),
  dueOn: z.string(),
  recurrence: recurrenceSchema,
  campaignName: z.string().nullable(),
  receivedBy: z.string().nullable(),
  pledgeId: z.string(),
  instalmentId: z.string(),
});

/** A payment and, for money, its receipt. */
export const paymentResultSchema = z.object({ instalment: instalmentViewSchema, receipt: receiptSchema.nullable() });

export const dueItemSchema = z.object({
  instalmentId: z.string(),
  pledgeId: z.string(),
  member: memberRefSchema.nullable(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  kind: pledgeKindSchema,
  amount: int,
  currency: z.string().nullable(),
  dueOn: z.string(),
  /** 'missed' when someone already marked it so. */
  status: z.enum(['unmarked', 'missed']),
});
export type DueItem = z.infer<typeof dueItemSchema>;

export const arrearsSchema = z.object({
  pledgeId: z.string(),
  member: memberRefSchema.nullable(),
  campaignName: z.string().nullable(),
  kind: pledgeKindSchema,
  currency: z.string().nullable(),
  /** Instalments due before the day and neither paid nor waived. */
  count: int,
  amount: int,
  oldestDueOn: z.string(),
  instalmentIds: z.array(z.string()),
});

const unitAmountSchema = z.object({ kind: pledgeKindSchema, currency: z.string().nullable(), amount: int });

const pledgeImportRequest = z.object({
  fileName: z.string().max(500),
  /** The file's bytes, base64: the core detects the encoding itself. */
  contentBase64: z.string().max(70 * 1024 * 1024, 'the file is larger than 50 MB'),
  importId: z.string().max(100).optional(),
});

const typedAmount = z.string().trim().min(1, 'give an amount').max(40);
const currencyInput = z.string().trim().toUpperCase().max(3).optional();
const asOfInput = z.object({ asOf: date('the date').optional() });

export const pledgesContract = {
  'campaigns.create': method({
    input: z.object({
      name: z.string().trim().min(1, 'give the campaign a name').max(200),
      description: z.string().trim().max(4000).optional(),
      kind: pledgeKindSchema.default('money'),
      currency: currencyInput,
      /** As typed: "5000.00" in the currency, or a whole number of hours or actions. */
      goal: typedAmount,
      startsOn: date('the start date').optional(),
      endsOn: date('the end date').optional(),
    }),
    output: campaignSchema,
    writes: true,
  }),
  /** The goal's amount, name, description and dates; its kind and currency are fixed once pledged to. */
  'campaigns.update': method({
    input: z.object({
      id,
      changes: z.object({
        name: z.string().trim().min(1, 'give the campaign a name').max(200).optional(),
        description: z.string().trim().max(4000).nullable().optional(),
        goal: typedAmount.optional(),
        startsOn: date('the start date').nullable().optional(),
        endsOn: date('the end date').nullable().optional(),
      }),
    }),
    output: campaignSchema,
    writes: true,
  }),
  /** Refused while live pledges count toward it: move or cancel them first. */
  'campaigns.delete': method({ input: z.object({ id }), output: z.object({ id: z.string() }), writes: true }),
  'campaigns.list': method({ input: asOfInput, output: z.array(campaignSchema), writes: false }),
  'campaigns.get': method({
    input: asOfInput.extend({ id }),
    output: campaignSchema.extend({ partners: z.array(z.object({ id: z.string(), name: z.string(), linkId: z.string() })) }),
    writes: false,
  }),

  /**
   * Records a pledge. A pledge to a campaign is in the campaign's currency (taken from it when
   * omitted; another is refused). `paidNow` marks the first instalment paid on the spot (cash or a
   * cheque at a meeting) and answers with its receipt.
   */
  'pledges.create': method({
    input: z.object({
      memberId: id,
      campaignId: id.nullable().optional(),
      /** Money unless said otherwise (or the campaign counts hours or actions). */
      kind: pledgeKindSchema.optional(),
      amount: typedAmount,
      currency: currencyInput,
      recurrence: recurrenceSchema.default('once'),
      /** The first instalment's date; today when omitted. */
      startOn: date('the start date').optional(),
      note: z.string().trim().max(2000).optional(),
      meetingId: id.optional(),
      paidNow: z
        .object({ method: paymentMethodSchema, reference: z.string().trim().max(100).optional(), paidOn: date('the payment date').optional() })
        .optional(),
    }),
    output: z.object({ pledge: pledgeViewSchema, payment: paymentResultSchema.nullable() }),
    writes: true,
  }),
  /** A pledge with its instalments: due so far, the next few, and any paid off the schedule. */
  'pledges.get': method({
    input: z.object({ id, until: date('the last date').optional() }),
    output: pledgeDetailSchema,
    writes: false,
  }),
  'pledges.list': method({
    input: z.object({
      memberId: id.optional(),
      /** A campaign's pledges; null for pledges to the chapter itself. */
      campaignId: id.nullable().optional(),
      status: pledgeStatusSchema.optional(),
      offset: int.min(0).default(0),
      limit: int.min(1).max(500).default(100),
    }),
    output: z.object({ total: int, rows: z.array(pledgeViewSchema) }),
    writes: false,
  }),
  'pledges.update': method({
    input: z.object({ id, changes: z.object({ note: z.string().trim().max(2000).nullable().optional() }) }),
    output: pledgeViewSchema,
    writes: true,
  }),
  /** Nothing is due from `from` (today by default) to `to` (inclusive; null: until resumed). */
  'pledges.pause': method({
    input: z.object({ id, from: date('the first paused day').optional(), to: date('the last paused day').nullable().optional() }),
    output: pledgeViewSchema,
    writes: true,
  }),
  /** Ends the open pause: instalments are due again from `on` (today by default). */
  'pledges.resume': method({ input: z.object({ id, on: date('the day to resume').optional() }), output: pledgeViewSchema, writes: true }),
  /** Nothing is due on or after `on` (today by default). */
  'pledges.cancel': method({ input: z.object({ id, on: date('the cancellation date').optional() }), output: pledgeViewSchema, writes: true }),
  /** A pledge recorded by mistake: gone from every total (a tombstone, so it syncs). */
  'pledges.delete': method({ input: z.object({ id }), output: z.object({ id: z.string() }), writes: true }),
  /** Marks one instalment paid, missed or waived; null takes the mark back. */
  'pledges.mark': method({
    input: z.object({
      instalmentId: z.string().min(12).max(64),
      status: z.enum(['paid', 'missed', 'waived']).nullable(),
      paidOn: date('the payment date').optional(),
      method: paymentMethodSchema.optional(),
      reference: z.string().trim().max(100).optional(),
      note: z.string().trim().max(2000).optional(),
      meetingId: id.optional(),
    }),
    output: paymentResultSchema,
    writes: true,
  }),
  /**
   * Pays an instalment: the one due on `dueOn`, or else the oldest one due and not yet paid or
   * waived (the next one when none is due yet). Paid on `paidOn`, today by default.
   */
  'pledges.pay': method({
    input: z.object({
      pledgeId: id,
      dueOn: date('the instalment date').optional(),
      paidOn: date('the payment date').optional(),
      method: paymentMethodSchema.optional(),
      reference: z.string().trim().max(100).optional(),
      note: z.string().trim().max(2000).optional(),
      meetingId: id.optional(),
    }),
    output: paymentResultSchema,
    writes: true,
  }),
  /**
   * For organisers: instalments due and not paid or waived, with names. 'week': due in the week
   * holding today; 'today': due on or before today (what is owed now).
   */
  'pledges.due': method({
    input: z.object({
      range: z.enum(['week', 'today']).default('week'),
      today: date('today').optional(),
      weekStartsOn: int.min(0).max(6).default(1),
    }),
    output: z.object({ from: z.string().nullable(), to: z.string(), items: z.array(dueItemSchema) }),
    writes: false,
  }),
  /** For organisers: per pledge behind on `asOf` (today), the instalments past due and unpaid. */
  'pledges.behind': method({ input: asOfInput, output: z.array(arrearsSchema), writes: false }),
  /** For shared views (a screen at a meeting): counts and amounts only, no names. */
  'pledges.dueSummary': method({
    input: z.object({ today: date('today').optional(), weekStartsOn: int.min(0).max(6).default(1) }),
    output: z.object({
      from: z.string(),
      to: z.string(),
      dueCount: int,
      due: z.array(unitAmountSchema),
      behindCount: int,
      behind: z.array(unitAmountSchema),
    }),
    writes: false,
  }),
  /** A paid money instalment's receipt: the data, plain text and a printable HTML page. */
  'pledges.receipt': method({
    input: z.object({ instalmentId: z.string().min(12).max(64) }),
    output: z.object({ receipt: receiptSchema, text: z.string(), html: z.string() }),
    writes: false,
  }),
  'pledges.importPreview': method({
    input: pledgeImportRequest,
    output: z.object({
      encoding: z.string(),
      headers: z.array(z.string()),
      /** What each header was read as (null: ignored). */
      columns: z.array(z.string().nullable()),
      ignored: z.array(z.string()),
      toCreate: int,
      /** Rows whose pledge id is already recorded (a re-imported export): left as they are. */
      unchanged: int,
      rejected: z.array(rejectedRowSchema),
      sample: z.array(
        z.object({
          line: int,
          member: memberRefSchema,
          campaignName: z.string().nullable(),
          kind: pledgeKindSchema,
          amount: int,
          currency: z.string().nullable(),
          recurrence: recurrenceSchema,
          startOn: z.string(),
        }),
      ),
    }),
    writes: false,
  }),
  /**
   * All or nothing: a file with any rejected row imports nothing (the error lists every line and
   * why); otherwise every pledge is written in one transaction.
   */
  'pledges.import': method({
    input: pledgeImportRequest,
    output: z.object({ created: int, unchanged: int, rejected: z.array(rejectedRowSchema) }),
    writes: true,
  }),
  'pledges.exportCsv': method({
    input: z.object({
      what: z.enum(['pledges', 'fulfilments']).default('pledges'),
      campaignId: id.optional(),
      memberId: id.optional(),
      asOf: date('the date').optional(),
    }),
    output: z.object({ fileName: z.string(), csv: z.string(), count: int }),
    writes: false,
  }),

  /** The chapter's, each campaign's and each affinity group's thermometers, as of today. */
  'thermometers.overview': method({
    input: asOfInput,
    output: z.object({
      asOf: z.string(),
      chapter: z.object({ name: z.string(), thermometers: z.array(thermometerViewSchema) }),
      campaigns: z.array(z.object({ id: z.string(), name: z.string(), thermometer: thermometerViewSchema })),
      groups: z.array(z.object({ id: z.string(), name: z.string(), memberCount: int, thermometers: z.array(thermometerViewSchema) })),
      /** Pledges that could not be counted, each with why (a row that does not read as a pledge). */
      problems: z.array(z.string()),
    }),
    writes: false,
  }),
  /** The chapter's own goal in one unit (money in a currency, hours or actions); null removes it. */
  'thermometers.setChapterGoal': method({
    input: z.object({ kind: pledgeKindSchema.default('money'), currency: currencyInput, goal: typedAmount.nullable() }),
    output: z.object({ thermometers: z.array(thermometerViewSchema) }),
    writes: true,
  }),
};
