// Reading the core's errors for display. The core writes its messages for people, so they are shown
// as they are; only an error that is not the core's (a bug here) gets a generic sentence.
import { CallError, type Issue } from '../../../shared/contract/errors';

export function errorMessage(error: unknown): string {
  if (error instanceof CallError) return capitalise(error.message);
  if (isCallErrorShape(error)) return capitalise(error.message);
  if (error instanceof Error && error.message) return capitalise(error.message);
  return 'Something went wrong. Try again.';
}

/** The message as a sentence, ending with a full stop, to put before advice on what to do. */
export function errorSentence(error: unknown): string {
  const message = errorMessage(error);
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

export function errorIssues(error: unknown): Issue[] {
  if (error instanceof CallError || isCallErrorShape(error)) return error.issues ?? [];
  return [];
}

/**
 * Field errors keyed by field path, with `prefix` (such as "changes.") removed: a validation error
 * on `changes.email` becomes `{ email: "not an email address" }`. Nested paths keep their rest
 * (`custom.Shift`), so a form can show them next to the right row.
 */
export function fieldErrors(error: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of errorIssues(error)) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    if (path && !(path in out)) out[path] = capitalise(issue.message);
  }
  return out;
}

export function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function isCallErrorShape(error: unknown): error is { message: string; issues?: Issue[] } {
  return typeof error === 'object' && error !== null && 'code' in error && typeof (error as { message?: unknown }).message === 'string';
}
