// The command line of `npm run bench`: which figures, how many members, where to write JSON.
export interface BenchArgs {
  members: number;
  /** Scale the sync figures' fixed sizes down 10x, for development (their targets then say little). */
  quick: boolean;
  only: string[] | null;
  jsonFile: string | null;
  help: boolean;
}

export const DEFAULT_MEMBERS = 100_000;

export function usage(figureNames: string[]): string {
  return [
    'usage: npm run bench -- [--members N] [--quick] [--only NAME[,NAME]] [--json FILE]',
    `  --members N   members to generate and import (default ${DEFAULT_MEMBERS.toLocaleString('en')}); the sync figures`,
    '                keep the sizes issue 3 fixes (a 10,000-member chapter; 20 chapters of 5,000)',
    '  --quick       the sync figures at a tenth of those sizes, for development (not comparable to the targets)',
    `  --only NAMES  run only these figures: ${figureNames.join(', ')}`,
    '  --json FILE   also write the figures as a JSON array of {name, value, unit, baseline, ratio}',
  ].join('\n');
}

/** Throws an Error whose message says what to type instead. */
export function parseArgs(argv: string[], figureNames: string[]): BenchArgs {
  const args: BenchArgs = { members: DEFAULT_MEMBERS, quick: false, only: null, jsonFile: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--quick') args.quick = true;
    else if (flag === '--json') args.jsonFile = value();
    else if (flag === '--members') {
      const raw = value();
      const n = Number(raw.replace(/[_,]/g, ''));
      if (!Number.isInteger(n) || n < 1) throw new Error(`--members must be a whole number of at least 1, not '${raw}'`);
      args.members = n;
    } else if (flag === '--only') {
      const names = value().split(',').map((n) => n.trim()).filter(Boolean);
      const unknown = names.filter((n) => !figureNames.includes(n));
      if (unknown.length > 0) throw new Error(`--only: no figure called ${unknown.join(', ')}; the figures are ${figureNames.join(', ')}`);
      args.only = names;
    } else throw new Error(`unknown option '${arg}'`);
  }
  return args;
}
