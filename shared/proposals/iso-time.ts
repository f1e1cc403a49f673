// Times on a board (when it closes, when a vote was cast) are ISO 8601 strings with a zone. They are
// compared as instants, never as text: "2025-03-31T10:00:00+02:00" is before "2025-03-31T09:00:00Z".
import { z } from 'zod';
import { quoteValue } from './describe-value.js';

/** A date-time field; `subject` names it in messages ("the closing time is 'Friday', not …"). */
export function isoDateTime(subject: string) {
  const wrong = (input: unknown) =>
    input === undefined
      ? `${subject} is missing`
      : `${subject} is ${quoteValue(input)}, not a date and time like 2025-03-31T18:00:00Z`;
  return z.iso
    .datetime({ offset: true, error: (iss) => wrong(iss.input) })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: (iss) => wrong(iss.input) });
}

/** Milliseconds since the epoch of a string that passed `isoDateTime`. */
export function instantOf(iso: string): number {
  return Date.parse(iso);
}
