// A small argument parser: `--name value`, `--name=value`, boolean flags, and positionals, with
// options allowed anywhere on the line (`--data DIR` may stand before or after the command).
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Options that never take a value. Everything else takes the next word. */
const FLAGS = new Set(['json', 'dry-run', 'once', 'help', 'open-hint', 'monthly', 'weekly', 'proxy', 'replace', 'week', 'anonymous', 'hide-results', 'allow-insecure']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (eq !== -1) options.set(name, arg.slice(eq + 1));
    else if (FLAGS.has(name)) options.set(name, true);
    else {
      const value = argv[i + 1];
      // A missing value is reported when the command asks for it (after unknown options are).
      if (value === undefined || value.startsWith('--')) options.set(name, true);
      else {
        options.set(name, value);
        i++;
      }
    }
  }
  return { positionals, options };
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}

/** Refuses options the command does not know, so a typo is an error, not silently ignored. */
export function allowOnly(args: ParsedArgs, names: string[]): void {
  const known = new Set([...names, 'data', 'chapter']);
  for (const name of args.options.keys()) if (!known.has(name)) throw new UsageError(`unknown option --${name}`);
}
