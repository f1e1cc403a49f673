// The hub CLI's options, on the shared parser (shared/cli/args.ts).
import { allowOnly as allowOnlyShared, option, parseArgs, UsageError, type ParsedArgs } from '../shared/cli/args.js';

export { flag, option } from '../shared/cli/args.js';

/** The hub CLI's errors: one line, for the person to act on. */
export class HubCliError extends UsageError {
  override name = 'HubCliError';
}

export type HubArgs = ParsedArgs;

const FLAGS = new Set(['json', 'help']);

export function parseHubArgs(argv: string[]): HubArgs {
  return parseArgs(argv, FLAGS);
}

export function allowOnly(args: HubArgs, names: string[]): void {
  allowOnlyShared(args, names, '; run "hub help" to see the options');
}

export function required(args: HubArgs, name: string, what: string): string {
  const value = option(args, name);
  if (!value) throw new HubCliError(`give --${name} ${what}`);
  return value;
}
