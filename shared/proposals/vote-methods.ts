// The six ways a board counts votes, and what one ballot looks like under each. The zod schemas
// check a ballot's shape; validateBallot then checks what depends on the board (is 'Z' one of its
// options, do 4 dots fit in the 3 each voter has), so every reason names what to change.
// Ballots come from other people's devices: nothing here trusts them, and nothing here throws.
import { z } from 'zod';
import type { Board } from './board.js';
import { plural, quoteValue } from './describe-value.js';

export const voteMethods = ['consent', 'majority', 'ranked', 'score', 'dot', 'timepoll'] as const;
export const voteMethodSchema = z.enum(voteMethods, {
  error: (iss) =>
    `${quoteValue(iss.input)} is not a voting method; use consent, majority, ranked, score, dot or timepoll`,
});
export type VoteMethod = z.infer<typeof voteMethodSchema>;

export const consentChoices = ['agree', 'abstain', 'disagree', 'block'] as const;
export type ConsentChoice = (typeof consentChoices)[number];
/** The choices of a majority vote without options; a board with options takes an option or 'abstain'. */
export const yesNoChoices = ['yes', 'no', 'abstain'] as const;
export const ABSTAIN = 'abstain';
export const timepollAnswers = ['yes', 'maybe', 'no'] as const;
export type TimepollAnswer = (typeof timepollAnswers)[number];
export const MIN_SCORE = 0;
export const MAX_SCORE = 5;

type IssueInput = { input?: unknown; path?: PropertyKey[] };

/** The message for a missing field, or for a field holding the wrong thing. */
function missingOr(what: string, wrong: (input: unknown) => string) {
  return (iss: IssueInput) => (iss.input === undefined ? `the ballot has no ${what}` : wrong(iss.input));
}

/** The option a record entry is about, from the issue's path (…, 'scores', 'A'). */
function optionAt(iss: IssueInput): string {
  return quoteValue(iss.path?.at(-1));
}

function ballotObject<Shape extends z.core.$ZodLooseShape>(example: string, shape: Shape) {
  return z.object(shape, { error: `a ballot is an object, like ${example}` });
}

export const consentBallotSchema = ballotObject('{"choice": "agree"}', {
  choice: z.enum(consentChoices, {
    error: missingOr(
      'choice; choose agree, abstain, disagree or block',
      (v) => `${quoteValue(v)} is not a consent choice; choose agree, abstain, disagree or block`,
    ),
  }),
});

export const majorityBallotSchema = ballotObject('{"choice": "yes"}', {
  choice: z.string({ error: missingOr('choice', (v) => `the choice is a name, not ${quoteValue(v)}`) }),
});

export const rankedBallotSchema = ballotObject('{"ranking": ["A", "B"]}', {
  ranking: z
    .array(z.string({ error: (iss) => `the ranking lists option names, not ${quoteValue(iss.input)}` }), {
      error: missingOr(
        'ranking; list the options in order of preference',
        (v) => `the ranking is a list of options, not ${quoteValue(v)}`,
      ),
    })
    .min(1, 'the ranking is empty; rank at least one option'),
});

const scoreError = (iss: IssueInput) =>
  `${optionAt(iss)} is scored ${quoteValue(iss.input)}; ` +
  `give each option a whole number from ${MIN_SCORE} to ${MAX_SCORE}`;
export const scoreBallotSchema = ballotObject('{"scores": {"A": 5, "B": 3}}', {
  scores: z.record(
    z.string(),
    z
      .number({ error: scoreError })
      .int({ error: scoreError })
      .min(MIN_SCORE, { error: scoreError })
      .max(MAX_SCORE, { error: scoreError }),
    { error: missingOr('scores', (v) => `the scores are an object of option: score, not ${quoteValue(v)}`) },
  ),
});

const dotError = (iss: IssueInput) =>
  `${optionAt(iss)} has ${quoteValue(iss.input)} dots; give each option a whole number of dots, 0 or more`;
export const dotBallotSchema = ballotObject('{"dots": {"A": 2, "B": 1}}', {
  dots: z.record(z.string(), z.number({ error: dotError }).int({ error: dotError }).min(0, { error: dotError }), {
    error: missingOr('dots', (v) => `the dots are an object of option: number of dots, not ${quoteValue(v)}`),
  }),
});

export const timepollBallotSchema = ballotObject('{"answers": {"Tue 18:00": "yes"}}', {
  answers: z.record(
    z.string(),
    z.enum(timepollAnswers, {
      error: (iss) => `the answer for ${optionAt(iss)} is ${quoteValue(iss.input)}; answer yes, maybe or no`,
    }),
    {
      error: missingOr('answers', (v) => `the answers are an object of option: yes, maybe or no, not ${quoteValue(v)}`),
    },
  ),
});

export const ballotSchemas = {
  consent: consentBallotSchema,
  majority: majorityBallotSchema,
  ranked: rankedBallotSchema,
  score: scoreBallotSchema,
  dot: dotBallotSchema,
  timepoll: timepollBallotSchema,
} as const;

export type ConsentBallot = z.infer<typeof consentBallotSchema>;
export type MajorityBallot = z.infer<typeof majorityBallotSchema>;
export type RankedBallot = z.infer<typeof rankedBallotSchema>;
export type ScoreBallot = z.infer<typeof scoreBallotSchema>;
export type DotBallot = z.infer<typeof dotBallotSchema>;
export type TimepollBallot = z.infer<typeof timepollBallotSchema>;
export type BallotByMethod = { [M in VoteMethod]: z.infer<(typeof ballotSchemas)[M]> };
export type Ballot = BallotByMethod[VoteMethod];

export type BallotCheck<B extends Ballot = Ballot> = { ok: true; ballot: B } | { ok: false; reason: string };

/**
 * Checks a ballot against a board (which must have passed boardSchema). On success the ballot is
 * returned as parsed: unknown fields are dropped.
 */
export function validateBallot<M extends VoteMethod>(
  board: Board & { method: M },
  ballot: unknown,
): BallotCheck<BallotByMethod[M]> {
  const parsed = ballotSchemas[board.method].safeParse(ballot);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'the ballot is not valid' };
  const problem = boardProblem(board, parsed.data);
  if (problem) return { ok: false, reason: problem };
  // The schema chosen is the one for M, so the parsed ballot is BallotByMethod[M].
  return { ok: true, ballot: parsed.data as BallotByMethod[M] };
}

// Checks that need the board. `ballot` already has the shape of board.method's schema.
function boardProblem(board: Board, ballot: Ballot): string | null {
  const isOption = (name: string) => board.options.includes(name);
  const notAnOption = (name: string) => `${quoteValue(name)} is not an option of this board`;
  switch (board.method) {
    case 'consent':
      return null;
    case 'majority': {
      const { choice } = ballot as MajorityBallot;
      if (board.options.length === 0) {
        return (yesNoChoices as readonly string[]).includes(choice)
          ? null
          : `${quoteValue(choice)} is not a choice in a yes-or-no vote; choose yes, no or abstain`;
      }
      if (choice === ABSTAIN || isOption(choice)) return null;
      return `${notAnOption(choice)}; choose one of its options or abstain`;
    }
    case 'ranked': {
      const seen = new Set<string>();
      for (const name of (ballot as RankedBallot).ranking) {
        if (!isOption(name)) return notAnOption(name);
        if (seen.has(name)) return `the ranking names ${quoteValue(name)} twice`;
        seen.add(name);
      }
      return null;
    }
    case 'score':
      return recordProblem(
        Object.keys((ballot as ScoreBallot).scores),
        isOption,
        notAnOption,
        'the ballot scores no option; give at least one option a score',
      );
    case 'timepoll':
      return recordProblem(
        Object.keys((ballot as TimepollBallot).answers),
        isOption,
        notAnOption,
        'the ballot answers for no option; answer yes, maybe or no for at least one',
      );
    case 'dot': {
      const dots = (ballot as DotBallot).dots;
      const unknown = recordProblem(Object.keys(dots), isOption, notAnOption, null);
      if (unknown) return unknown;
      const allowed = board.dotsPerVoter ?? 0;
      const placed = Object.values(dots).reduce((sum, n) => sum + n, 0);
      if (placed === 0) return `the ballot places no dots; place up to ${plural(allowed, 'dot', 'dots')}`;
      if (placed > allowed) return `${plural(placed, 'dot', 'dots')} but each voter has ${allowed}`;
      return null;
    }
  }
}

function recordProblem(
  keys: string[],
  isOption: (name: string) => boolean,
  notAnOption: (name: string) => string,
  whenEmpty: string | null,
): string | null {
  // Sorted, so that a ballot with two unknown options always gets the same reason.
  const unknown = keys.filter((k) => !isOption(k)).sort()[0];
  if (unknown !== undefined) return notAnOption(unknown);
  if (keys.length === 0 && whenEmpty) return whenEmpty;
  return null;
}
