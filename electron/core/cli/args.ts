// The app CLI's options on top of the shared parser: its flags, and `--data`/`--chapter`, which
// every command takes.
import * as shared from '../../../shared/cli/args.js';

export { flag, option, UsageError, type ParsedArgs } from '../../../shared/cli/args.js';

const FLAGS = new Set(['json', 'dry-run', 'once', 'help', 'open-hint', 'monthly', 'weekly', 'proxy', 'replace', 'week', 'anonymous', 'hide-results', 'allow-insecure', 'html', 'fulfilments']);

export function parseArgs(argv: string[]): shared.ParsedArgs {
  return shared.parseArgs(argv, FLAGS);
}

export function allowOnly(args: shared.ParsedArgs, names: string[]): void {
  shared.allowOnly(args, [...names, 'data', 'chapter']);
}
