// What a tally is computed from. The caller resolves who may vote (every member for 'all', or the
// named ones) and the quorum base (the member count, or the meeting's attendance), because both need
// the database; everything else comes from the board. A board or input that fails these schemas is
// the caller's mistake and throws TallyInputError; a bad vote is someone else's and is only reported.
import { z } from 'zod';
import { boardSchema, type Board } from './board.js';
import type { AnonymousBallot, BoardVote, RollEntry } from './board-entries.js';
import { isoDateTime } from './iso-time.js';

export class TallyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TallyInputError';
  }
}

const frame = {
  board: boardSchema,
  eligibleMembers: z.array(z.string({ error: 'a member id is text' }), {
    error: 'eligibleMembers is a list of member ids',
  }),
  quorumBase: z
    .number({ error: 'the quorum base is a whole number of members or attendees' })
    .int('the quorum base is a whole number of members or attendees')
    .min(0, 'the quorum base cannot be negative'),
  /** When the board was closed by hand; votes after it are late even if closesAt is later. */
  closedAt: isoDateTime('the time the board was closed').optional(),
};

/** Checks the frame of a tally's input; the votes are checked one by one as they are counted. */
export const tallyInputSchema = z.object({ ...frame, votes: z.array(z.unknown(), { error: 'votes is a list' }) });
export interface TallyInput {
  board: Board;
  votes: readonly BoardVote[];
  eligibleMembers: readonly string[];
  quorumBase: number;
  closedAt?: string | undefined;
}

export const anonymousTallyInputSchema = z.object({
  ...frame,
  ballots: z.array(z.unknown(), { error: 'ballots is a list' }),
  roll: z.array(z.unknown(), { error: 'the roll is a list' }),
});
export interface AnonymousTallyInput {
  board: Board;
  ballots: readonly AnonymousBallot[];
  roll: readonly RollEntry[];
  eligibleMembers: readonly string[];
  quorumBase: number;
  closedAt?: string | undefined;
}

export function parseTallyInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new TallyInputError(`the tally cannot be computed: ${where}${issue?.message ?? 'the input is not valid'}`);
}
