// The command line as scripts use it: a command that must succeed (exit 0, nothing on stderr;
// its stdout, trimmed), and one that must be refused with one line saying why.
import { expect } from 'vitest';
import { runCli } from './child-process.js';

export async function cliOk(args: string[]): Promise<string> {
  const result = await runCli(args);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  return result.stdout.trim();
}

export async function cliRefused(args: string[], message: RegExp): Promise<void> {
  const result = await runCli(args);
  expect(result.code, args.join(' ')).not.toBe(0);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}
