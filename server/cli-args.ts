// The hub CLI's argument parser: positionals, `--name value`, `--name=value` and a few boolean
// flags; an unknown option is an error, so a typo never silently changes what runs.
// (server/ may not import the app's parser in electron/core, and needs only this much.)
export class HubCliError extends Error {
  override name = 'HubCliError';
}

export interface HubArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

const FLAGS = new Set(['json', 'help']);

export function parseHubArgs(argv: string[]): HubArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (eq !== -1) options.set(name, arg.slice(eq + 1));
    else if (FLAGS.has(name)) options.set(name, true);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new HubCliError(`--${name} needs a value`);
      options.set(name, value);
      i++;
    }
  }
  return { positionals, options };
}

export function allowOnly(args: HubArgs, names: string[]): void {
  for (const name of args.options.keys()) {
    if (!names.includes(name)) throw new HubCliError(`unknown option --${name}; run "hub help" to see the options`);
  }
}

export function option(args: HubArgs, name: string): string | undefined {
  const value = args.options.get(name);
  if (value === true) throw new HubCliError(`--${name} needs a value`);
  return value;
}

export function required(args: HubArgs, name: string, what: string): string {
  const value = option(args, name);
  if (!value) throw new HubCliError(`give --${name} ${what}`);
  return value;
}

export function flag(args: HubArgs, name: string): boolean {
  return args.options.get(name) === true;
}
