// The command lines' argument parser (the app's CLI and the hub's): `--name value`, `--name=value`,
// boolean flags and positionals, options anywhere on the line. An unknown option is an error, so a
// typo never silently changes what runs. Node or browser: no I/O here.
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

/** `flags` never take a value; every other option takes the next word. */
export function parseArgs(argv: string[], flags: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (eq !== -1) options.set(name, arg.slice(eq + 1));
    else if (flags.has(name)) options.set(name, true);
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

export function allowOnly(args: ParsedArgs, names: readonly string[], hint = ''): void {
  for (const name of args.options.keys()) if (!names.includes(name)) throw new UsageError(`unknown option --${name}${hint}`);
}
