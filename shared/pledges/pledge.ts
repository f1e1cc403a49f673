// What a pledge and an instalment's status are, checked once where they enter (a command line, a
// CSV row, a replicated row read back), so the schedule and the totals can trust them. The rule
// functions take these types and do not parse again: totals run over hundreds of thousands of
// instalments and must stay fast. A date that is not a date still fails loudly there (dayNumber).
import { z } from 'zod';
import { quoteValue } from '../proposals/describe-value.js';
import { isIsoDate, isoDateSchema, type IsoDate } from './calendar-date.js';
import { currencyCodeSchema } from './currency.js';
import { PledgeInputError } from './errors.js';

export const pledgeKinds = ['money', 'hours', 'actions'] as const;
export type PledgeKind = (typeof pledgeKinds)[number];

export const recurrences = ['once', 'weekly', 'monthly'] as const;
export type Recurrence = (typeof recurrences)[number];

export const instalmentStatuses = ['paid', 'missed', 'waived'] as const;
export type InstalmentStatusValue = (typeof instalmentStatuses)[number];

/** Ids become part of instalment ids, so they keep to letters, digits, '_' and '-'. */
export const pledgeIdPattern = /^[\w-]+$/;
/** `<pledge id>_<YYYY-MM-DD>`, see instalmentId in schedule.ts. */
export const instalmentIdPattern = /^[\w-]+_\d{4}-\d{2}-\d{2}$/;

const pledgeIdSchema = z
  .string({ error: (iss) => `the pledge id is ${quoteValue(iss.input)}, not text` })
  .regex(pledgeIdPattern, { error: (iss) => `the pledge id ${quoteValue(iss.input)} may only hold letters, digits, '_' and '-'` });

export const pausedRangeSchema = z
  .object(
    {
      from: isoDateSchema('the first paused day'),
      /** The last paused day, inclusive; null while the pause has no end. */
      to: isoDateSchema('the last paused day').nullable(),
    },
    { error: 'a pause is an object with from and to (to may be null for a pause with no end yet)' },
  )
  .refine((range) => range.to === null || range.to >= range.from, {
    error: (iss) => {
      const range = iss.input as { from: string; to: string };
      return `the pause from ${range.from} to ${range.to} ends before it starts; swap the dates`;
    },
  });
export type PausedRange = z.infer<typeof pausedRangeSchema>;

export const pledgeSchema = z
  .object(
    {
      id: pledgeIdSchema,
      kind: z.enum(pledgeKinds, {
        error: (iss) => `a pledge is of money, hours or actions, not ${quoteValue(iss.input)}`,
      }),
      /** Minor units for money (1000 is 10.00 USD); hours or actions for the others. */
      amount: z
        .number({ error: (iss) => `the amount is ${quoteValue(iss.input)}, not a whole number` })
        .refine(Number.isSafeInteger, { error: (iss) => `the amount ${quoteValue(iss.input)} is not a whole number` })
        .refine((n) => n > 0, 'the amount of a pledge is more than 0'),
      currency: currencyCodeSchema.optional(),
      recurrence: z.enum(recurrences, {
        error: (iss) => `a pledge recurs once, weekly or monthly, not ${quoteValue(iss.input)}`,
      }),
      /** The first instalment's date. */
      startOn: isoDateSchema('the start date'),
      pausedRanges: z.array(pausedRangeSchema, { error: 'the pauses are a list of {from, to}' }).optional(),
      /** No instalment is due on or after this date. */
      cancelledOn: isoDateSchema('the cancellation date').nullable().optional(),
    },
    { error: 'a pledge is an object with id, kind, amount, recurrence and startOn' },
  )
  .superRefine((pledge, ctx) => {
    if (pledge.kind === 'money' && pledge.currency === undefined) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: 'a money pledge needs a currency, like USD' });
    }
    if (pledge.kind !== 'money' && pledge.currency !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: `a pledge of ${pledge.kind} has no currency; leave it out, or record a money pledge`,
      });
    }
  });

export interface Pledge {
  id: string;
  kind: PledgeKind;
  amount: number;
  currency?: string | undefined;
  recurrence: Recurrence;
  startOn: IsoDate;
  pausedRanges?: readonly PausedRange[] | undefined;
  cancelledOn?: IsoDate | null | undefined;
}

export const instalmentStatusSchema = z
  .object(
    {
      instalmentId: z
        .string({ error: (iss) => `the instalment id is ${quoteValue(iss.input)}, not text` })
        .regex(instalmentIdPattern, {
          error: (iss) => `${quoteValue(iss.input)} is not an instalment id like pledge1_2025-03-31`,
        })
        .refine((id) => isIsoDate(id.slice(-10)), {
          error: (iss) => `the instalment id ${quoteValue(iss.input)} ends in a date that does not exist`,
        }),
      status: z.enum(instalmentStatuses, {
        error: (iss) => `an instalment is paid, missed or waived, not ${quoteValue(iss.input)}`,
      }),
      paidOn: isoDateSchema('the payment date').optional(),
    },
    { error: 'an instalment status is an object with instalmentId and status' },
  )
  .refine((s) => s.paidOn === undefined || s.status === 'paid', {
    error: 'only a paid instalment has a payment date',
    path: ['paidOn'],
  });

export interface InstalmentStatus {
  instalmentId: string;
  status: InstalmentStatusValue;
  paidOn?: IsoDate | undefined;
}

/** Checks a pledge from outside; throws a PledgeInputError naming each field and what to change. */
export function parsePledge(input: unknown): Pledge {
  return parseWith(pledgeSchema, input, 'the pledge');
}

export function parseInstalmentStatus(input: unknown): InstalmentStatus {
  return parseWith(instalmentStatusSchema, input, 'the instalment status');
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // Every problem at once, each with its field, so a person fixes them in one go.
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new PledgeInputError(`${what} cannot be recorded: ${problems.join('; ') || 'it is not valid'}`);
}
