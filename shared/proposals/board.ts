// What a vote board is: its method, its options and the rules it is counted by. The definition is
// checked here once, so the counting code can trust it; the votes themselves are never trusted and
// are checked when the tally is computed (see tally.ts).
import { z } from 'zod';
import { quoteValue } from './describe-value.js';
import { isoDateTime } from './iso-time.js';
import { voteMethodSchema } from './vote-methods.js';

export const MAX_OPTIONS = 200;
export const MAX_OPTION_LENGTH = 200;
export const MAX_DOTS_PER_VOTER = 1000;

const optionNameSchema = z
  .string({ error: (iss) => `an option is a name, not ${quoteValue(iss.input)}` })
  .min(1, 'an option needs a name')
  .max(MAX_OPTION_LENGTH, `an option name has at most ${MAX_OPTION_LENGTH} characters`)
  .refine((s) => s.trim() === s, {
    error: (iss) => `the option ${quoteValue(iss.input)} has spaces at either end; remove them`,
  })
  // Ballots name options as object keys, and a key named __proto__ is silently dropped by parsers.
  .refine((s) => s !== '__proto__', 'an option cannot be named __proto__');

export const quorumKinds = ['members', 'attendance'] as const;

/** A share of the chapter's members, or of a meeting's attendance, that must vote. */
export const boardQuorumSchema = z.object({
  kind: z.enum(quorumKinds, {
    error: (iss) => `${quoteValue(iss.input)} is not a quorum base; use members or attendance`,
  }),
  share: z
    .number({ error: 'the quorum is a share between 0 and 1, like 0.5 for half' })
    .min(0, 'the quorum is a share between 0 and 1, like 0.5 for half')
    .max(1, 'the quorum is a share between 0 and 1, like 0.5 for half'),
});
export type BoardQuorum = z.infer<typeof boardQuorumSchema>;

const memberIdSchema = z.string({ error: 'a member id is text' }).min(1, 'a member id cannot be empty');

export const boardSchema = z
  .object({
    method: voteMethodSchema,
    options: z
      .array(optionNameSchema, { error: 'the options are a list of names' })
      .max(MAX_OPTIONS, `a board has at most ${MAX_OPTIONS} options`),
    dotsPerVoter: z
      .number({ error: 'dots per voter is a whole number' })
      .int('dots per voter is a whole number')
      .min(1, 'each voter needs at least 1 dot')
      .max(MAX_DOTS_PER_VOTER, `each voter has at most ${MAX_DOTS_PER_VOTER} dots`)
      .optional(),
    closesAt: isoDateTime('the closing time').optional(),
    quorum: boardQuorumSchema.optional(),
    eligible: z.union(
      [z.literal('all'), z.array(memberIdSchema).min(1, 'name at least one member who may vote')],
      { error: "who may vote is 'all' or a list of member ids" },
    ),
    anonymous: z.boolean({ error: 'anonymous is true or false' }),
    hideResultsUntilClosed: z.boolean({ error: 'hiding results until the board closes is true or false' }),
  })
  .superRefine((board, ctx) => {
    const problem = boardRuleProblem(board);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
  });

export type Board = z.infer<typeof boardSchema>;

// The rules that tie fields together: how many options each method needs, and dots only for dot votes.
function boardRuleProblem(board: Board): { field: string; message: string } | null {
  const seen = new Set<string>();
  for (const option of board.options) {
    if (seen.has(option)) return { field: 'options', message: `the option ${quoteValue(option)} is listed twice` };
    seen.add(option);
  }
  const n = board.options.length;
  switch (board.method) {
    case 'consent':
      if (n > 0) {
        return {
          field: 'options',
          message: 'a consent board has no options: members agree, abstain, disagree or block',
        };
      }
      break;
    case 'majority':
      if (n === 1) {
        return {
          field: 'options',
          message: 'a majority vote has no options (yes or no) or at least two to choose between',
        };
      }
      if (board.options.some((o) => o.toLowerCase() === 'abstain')) {
        return {
          field: 'options',
          message: "'abstain' is how a member abstains, so it cannot also be an option; rename it",
        };
      }
      break;
    case 'ranked':
    case 'score':
    case 'dot':
      if (n < 2) return { field: 'options', message: `a ${board.method} vote needs at least two options` };
      break;
    case 'timepoll':
      if (n < 1) return { field: 'options', message: 'a time poll needs at least one time to ask about' };
      break;
  }
  if (board.method === 'dot' && board.dotsPerVoter === undefined) {
    return { field: 'dotsPerVoter', message: 'a dot vote needs the number of dots each voter has' };
  }
  if (board.method !== 'dot' && board.dotsPerVoter !== undefined) {
    return { field: 'dotsPerVoter', message: `dots per voter only applies to dot votes, not ${board.method}` };
  }
  return null;
}
