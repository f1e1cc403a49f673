// The one error shape the core answers with. `internal` never carries a stack trace: the person sees
// a message they can act on, the details go to the core's log.
import { z } from 'zod';

export const errorCodes = ['validation', 'conflict', 'not_found', 'busy', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const callErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
});
export type CallErrorShape = z.infer<typeof callErrorSchema>;

/** Thrown by handlers and by the client; carries the wire shape. */
export class CallError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.name = 'CallError';
    this.code = code;
    this.issues = issues;
  }
  toJSON(): CallErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

/** Turns zod issues into field paths and sentences ("email: not an email address"). */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function describeIssues(issues: Issue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}
