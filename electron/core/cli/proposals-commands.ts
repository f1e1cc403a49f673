// `proposals ...` commands: create (with a vote board), vote, close, list. Through the contract,
// like the app's screens; bad input is refused with one line and changes nothing.
import { voteMethodSchema } from '../../../shared/proposals/vote-methods.js';
import { allowOnly, flag, option, UsageError, type ParsedArgs } from './args.js';
import { dataDirOf, hasDatabase, withCore } from './cli-session.js';

type Print = (text: string) => void;

export async function proposalsCommand(sub: string | undefined, rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  switch (sub) {
    case 'create':
      return createProposal(args, print);
    case 'vote':
      return voteOn(rest, args, print);
    case 'close':
      return closeBoard(rest, args, print);
    case 'list':
      return listProposals(args, print);
    default:
      throw new UsageError('proposals commands: create, vote, close, list');
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** `A=5,B=3` → {A: 5, B: 3}; the values are numbers or words (time polls). */
function pairs(value: string, name: string, numeric: boolean): Record<string, number | string> {
  const result: Record<string, number | string> = {};
  for (const part of list(value)) {
    const eq = part.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--${name} is OPTION=VALUE,..., like A=5,B=3 (got "${part}")`);
    const key = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (numeric && !/^-?\d+$/.test(raw)) throw new UsageError(`--${name}: "${raw}" is not a whole number`);
    result[key] = numeric ? Number(raw) : raw;
  }
  return result;
}

function quorumShare(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{1,3}(?:\.\d+)?)%$/.exec(text.trim());
  if (!match || Number(match[1]) > 100) throw new UsageError(`--quorum is a share of members like 50%, not "${text}"`);
  return Number(match[1]) / 100;
}

async function createProposal(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['title', 'summary', 'body', 'tags', 'method', 'options', 'quorum', 'dots', 'anonymous', 'hide-results', 'json']);
  const title = option(args, 'title');
  if (!title) throw new UsageError('usage: proposals create --title T [--method consent|majority|ranked|score|dot|timepoll] [--options A,B,...] [--quorum N%] [--json]');
  const methodName = option(args, 'method');
  const method = methodName === undefined ? undefined : voteMethodSchema.safeParse(methodName).data;
  if (methodName !== undefined && !method) throw new UsageError(`--method is consent, majority, ranked, score, dot or timepoll, not "${methodName}"`);
  const options = list(option(args, 'options'));
  const share = quorumShare(option(args, 'quorum'));
  const dotsText = option(args, 'dots');
  if (!method && (options.length > 0 || share !== undefined)) throw new UsageError('--options and --quorum need a --method for the vote board');
  const proposal = await withCore(args, 'write', async (core) => {
    // Checked before anything is written: a bad board must not leave a proposal behind.
    const board = method
      ? {
          method,
          options,
          ...(method === 'dot' ? { dotsPerVoter: dotsText ? Number(dotsText) : Math.max(1, options.length) } : {}),
          ...(share !== undefined ? { quorum: { kind: 'members' as const, share } } : {}),
          eligible: 'all' as const,
          anonymous: flag(args, 'anonymous'),
          hideResultsUntilClosed: flag(args, 'hide-results'),
        }
      : null;
    if (board) {
      const { boardSchema } = await import('../../../shared/proposals/board.js');
      const checked = boardSchema.safeParse(board);
      if (!checked.success) throw new UsageError(`the vote board is not valid: ${checked.error.issues.map((i) => i.message).join('; ')}`);
    }
    const created = await core.call('proposals.create', {
      title,
      ...(option(args, 'summary') ? { summary: option(args, 'summary') } : {}),
      ...(option(args, 'body') ? { body: option(args, 'body') } : {}),
      tags: list(option(args, 'tags')),
    });
    return board ? core.call('proposals.openBoard', { id: created.id, board }) : created;
  });
  print(flag(args, 'json') ? JSON.stringify(proposal) : proposal.id);
}

async function voteOn(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['member', 'choice', 'ranking', 'scores', 'dots', 'answers', 'proxy', 'replace', 'json']);
  const id = rest[0];
  const member = option(args, 'member');
  if (!id || !member) throw new UsageError('usage: proposals vote ID --member MEMBER_ID (--choice C | --ranking A,B,C | --scores A=5,B=3 | --dots A=2,B=1) [--proxy] [--replace]');
  const given = ['choice', 'ranking', 'scores', 'dots', 'answers'].filter((name) => args.options.has(name));
  if (given.length !== 1) throw new UsageError('give exactly one of --choice, --ranking, --scores, --dots or --answers');
  const kind = given[0]!;
  const value = option(args, kind)!;
  const ballot =
    kind === 'choice' ? { choice: value }
    : kind === 'ranking' ? { ranking: list(value) }
    : kind === 'scores' ? { scores: pairs(value, 'scores', true) }
    : kind === 'dots' ? { dots: pairs(value, 'dots', true) }
    : { answers: pairs(value, 'answers', false) };
  const result = await withCore(args, 'write', (core) =>
    core.call('proposals.vote', { id, memberId: member, ballot, proxy: flag(args, 'proxy'), replace: flag(args, 'replace') }),
  );
  print(flag(args, 'json') ? JSON.stringify(result) : `vote counted; ${result.voters} members have voted`);
}

async function closeBoard(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['json', 'supersedes']);
  const id = rest[0];
  if (!id) throw new UsageError('usage: proposals close ID [--supersedes DECISION_ID] [--json]');
  const supersedes = option(args, 'supersedes');
  const decision = await withCore(args, 'write', (core) => core.call('proposals.close', { id, ...(supersedes ? { supersedes } : {}) }));
  if (flag(args, 'json')) {
    print(JSON.stringify({ decision: { id: decision.id, outcome: decision.outcome, winner: decision.winner, tally: decision.tally, rounds: decision.rounds, quorumMet: decision.quorumMet, hash: decision.hash, standing: decision.standing } }));
  } else {
    print(`${decision.outcome}${decision.quorumMet ? '' : ' (quorum not met)'}; decision ${decision.id}, hash ${decision.hash}`);
  }
}

async function listProposals(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['search', 'json']);
  const proposals = hasDatabase(dataDirOf(args))
    ? await withCore(args, 'read', async (core) => ((await core.call('session.get', {})).chapters.length === 0 ? [] : core.call('proposals.list', { search: option(args, 'search') ?? '' })))
    : [];
  if (flag(args, 'json')) return print(JSON.stringify(proposals));
  if (proposals.length === 0) return print('no proposals');
  for (const p of proposals) print([p.id, p.status, `+${p.supportCount}`, `${p.voteCount} votes`, p.title].join('\t'));
}
