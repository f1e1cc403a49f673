// What writers put on a vote board's Y.Doc, one entry at a time: a vote keyed by its voter; on an
// anonymous board, a ballot under a random id and, apart from it, a roll entry saying who voted.
// Entries come from other devices and are never trusted: the tally checks each one with these
// schemas, and a bad entry is reported (with the reason) instead of stopping the count.
import { z } from 'zod';
import { CanonicalJsonError, canonicalJson } from './canonical-json.js';
import { quoteValue } from './describe-value.js';
import { isoDateTime } from './iso-time.js';

const idSchema = (what: string) =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined ? `${what} is missing` : `${what} is ${quoteValue(iss.input)}, not text`,
    })
    .min(1, `${what} is empty`);

const seqSchema = z
  .number({ error: (iss) => `the sequence number is ${quoteValue(iss.input)}, not a whole number` })
  .int({ error: (iss) => `the sequence number is ${quoteValue(iss.input)}, not a whole number` });

// The ballot's content is checked against the board later (validateBallot); here only that it is
// plain JSON data, because the order of entries falls back on their canonical JSON.
const ballotDataSchema = z.unknown().superRefine((ballot, ctx) => {
  if (ballot === undefined) {
    ctx.addIssue({ code: 'custom', message: 'the entry has no ballot' });
    return;
  }
  try {
    canonicalJson(ballot);
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    const where = error.message.replace(/^\$/, 'ballot');
    ctx.addIssue({ code: 'custom', message: `the ballot is not plain data (${where})` });
  }
});

/**
 * A vote on a board that is not anonymous. voterKey is the member id (the key of the board's map of
 * votes); memberId, when present, must be the same. An organiser entering a vote for a member reached
 * by phone or at the door sets enteredBy to themselves and proxy to true.
 */
export const boardVoteSchema = z
  .object(
    {
      voterKey: idSchema('the voter key'),
      memberId: idSchema('the member id').optional(),
      ballot: ballotDataSchema,
      castAt: isoDateTime('the time the vote was cast'),
      enteredBy: idSchema('the member who entered the vote').optional(),
      proxy: z.boolean({ error: 'proxy is true or false' }).optional(),
      seq: seqSchema.optional(),
    },
    { error: 'a vote is an object with a voterKey, a ballot and the time it was cast' },
  )
  .superRefine((vote, ctx) => {
    if (vote.memberId !== undefined && vote.memberId !== vote.voterKey) {
      ctx.addIssue({
        code: 'custom',
        message: `the vote is filed under ${quoteValue(vote.voterKey)} but names member ${quoteValue(vote.memberId)}`,
      });
    }
  });
export type BoardVote = z.infer<typeof boardVoteSchema>;

/** An anonymous ballot: a random id that names nobody, the ballot, and when it was cast. */
export const anonymousBallotSchema = z.object(
  {
    ballotId: idSchema('the ballot id'),
    ballot: ballotDataSchema,
    castAt: isoDateTime('the time the ballot was cast'),
    seq: seqSchema.optional(),
  },
  { error: 'an anonymous ballot is an object with a ballotId, a ballot and the time it was cast' },
);
export type AnonymousBallot = z.infer<typeof anonymousBallotSchema>;

/** A line of an anonymous board's roll: this member voted (and, for a proxy, who entered it). */
export const rollEntrySchema = z.object(
  {
    memberId: idSchema('the member id on the roll'),
    castAt: isoDateTime('the time on the roll entry'),
    enteredBy: idSchema('the member who entered the vote').optional(),
    proxy: z.boolean({ error: 'proxy is true or false' }).optional(),
    seq: seqSchema.optional(),
  },
  { error: 'a roll entry is an object with a memberId and the time the member voted' },
);
export type RollEntry = z.infer<typeof rollEntrySchema>;

/** Why an entry was refused: the first problem found, as a sentence. */
export function firstReason(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'the entry is not valid';
}

/** Whom to name when an entry is so broken that its key cannot be read. */
export function keyOfBrokenEntry(entry: unknown, field: string): string {
  const key = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[field] : undefined;
  return typeof key === 'string' && key !== '' ? key : '(unknown)';
}

/** An organiser entered it for someone else, whether or not they remembered to tick "proxy". */
export function isProxyEntry(
  entry: { proxy?: boolean | undefined; enteredBy?: string | undefined },
  voter: string,
): boolean {
  return entry.proxy === true || (entry.enteredBy !== undefined && entry.enteredBy !== voter);
}
