// What a count says: the shape of a Tally, as returned by tallyBoard and tallyAnonymous, stored in a
// decision row and shown on a board. tallySchema lets the hub and the core check a stored decision.
//
// `outcome` and `winner` are the decision: when the quorum is not met the outcome is 'no quorum' and
// there is no winner; when an anonymous board has more ballots than voters, the outcome says the
// chair must resolve it. `standing` is what the votes say regardless of those (what a live board
// shows as "leading"); `counts` are always filled in.
import { z } from 'zod';
import { boardQuorumSchema } from './board.js';

const count = z.number().int().min(0);

export const standingSchema = z.object({ outcome: z.string(), winner: z.string().nullable() });
export type Standing = z.infer<typeof standingSchema>;

export const invalidVoteSchema = z.object({ voterKey: z.string(), reason: z.string() });
export type InvalidVote = z.infer<typeof invalidVoteSchema>;

/** One round of instant-runoff: first preferences among the options still in, and who went out. */
export const instantRunoffRoundSchema = z.object({
  counts: z.record(z.string(), count),
  eliminated: z.string().nullable(),
  exhausted: count,
});
export type InstantRunoffRound = z.infer<typeof instantRunoffRoundSchema>;

/** A blank score counts as 0, so the average is the total over all counted ballots (null if none). */
export const scoreCountSchema = z.object({ total: count, average: z.number().nullable() });
export type ScoreCount = z.infer<typeof scoreCountSchema>;

export const timepollCountSchema = z.object({ yes: count, maybe: count, no: count });
export type TimepollCount = z.infer<typeof timepollCountSchema>;

export const consentCountsSchema = z.object({ agree: count, abstain: count, disagree: count, block: count });
export type ConsentCounts = z.infer<typeof consentCountsSchema>;

const tallyCommon = {
  outcome: z.string(),
  winner: z.string().nullable(),
  standing: standingSchema,
  /** Members whose vote was counted (for anonymous boards: eligible members on the roll). */
  voters: count,
  /** The board's quorum rule and the base it was applied to; null when the board has none. */
  quorum: boardQuorumSchema.extend({ base: count }).nullable(),
  quorumRequired: count,
  quorumMet: z.boolean(),
  /** The instant after which votes were ignored: the earlier of closesAt and closedAt. */
  countedUntil: z.string().nullable(),
  /** Entries (votes or ballots) cast after countedUntil, ignored. */
  late: count,
  /** People who voted but may not (distinct members, not entries), ignored. */
  ineligible: count,
  /** Entries refused, sorted by voterKey (the ballot id on anonymous boards): each with the reason. */
  invalid: z.array(invalidVoteSchema),
  /** Counted votes entered by an organiser on a member's behalf. */
  proxies: count,
  /** Anonymous boards only, when valid ballots outnumber the voters on the roll. */
  ballotsExceedRoll: z.object({ ballots: count, roll: count }).optional(),
};

export const tallySchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('consent'), counts: consentCountsSchema, ...tallyCommon }),
  z.object({ method: z.literal('majority'), counts: z.record(z.string(), count), ...tallyCommon }),
  z.object({
    method: z.literal('ranked'),
    /** The last round's counts: where the ballots stood when the count ended. */
    counts: z.record(z.string(), count),
    rounds: z.array(instantRunoffRoundSchema),
    ...tallyCommon,
  }),
  z.object({ method: z.literal('score'), counts: z.record(z.string(), scoreCountSchema), ...tallyCommon }),
  z.object({ method: z.literal('dot'), counts: z.record(z.string(), count), ...tallyCommon }),
  z.object({ method: z.literal('timepoll'), counts: z.record(z.string(), timepollCountSchema), ...tallyCommon }),
  // A motion put in a meeting and counted there (hands or paper ballots): counts for/against/abstain.
  z.object({ method: z.literal('motion'), counting: z.enum(['hands', 'ballots']), counts: z.record(z.string(), count), present: count, ...tallyCommon }),
]);
export type Tally = z.infer<typeof tallySchema>;

/** The part of a tally that depends on the method: its counts (and rounds) and what they say. */
export type MethodCount = CountPart<Exclude<Tally, { method: 'motion' }>>;
// Distributes over the union, so MethodCount stays discriminated by method.
type CountPart<T extends Tally> = T extends { rounds: infer R }
  ? Pick<T, 'method' | 'counts' | 'standing'> & { rounds: R }
  : Pick<T, 'method' | 'counts' | 'standing'>;
