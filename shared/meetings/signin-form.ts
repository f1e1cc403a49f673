// What a walk-in types on the phone sign-in page (or what the bench posts as JSON), checked once at
// the page's door. It reads both shapes: a plain HTML form sends every value as a string (an empty
// field as '', a ticked checkbox as 'on', an unticked one not at all), JSON sends booleans and
// numbers. Blank optional fields become absent, so the desk sees one shape.
// What this schema must not do: decide who the person is. Finding an existing member by e-mail or
// phone, reading a nationally written phone number in the chapter's country and reading the pledge
// in the chapter's currency are the desk's work (it knows the chapter); it answers problems it finds
// as field issues, which the page shows beside the field like these.
import { z } from 'zod';

/** '' and whitespace, and JSON null, mean "not given". */
function blankToAbsent(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

// A checkbox sends 'on' when ticked and nothing when not; JSON sends a boolean. Anything else is
// refused rather than guessed, so a typo in a script does not record consent nobody gave.
function readCheckbox(value: unknown): unknown {
  if (value === undefined || value === null || value === '' || value === 'false' || value === 'off') return false;
  if (value === 'on' || value === 'true') return true;
  return value;
}

// Digits with the separators people type (spaces, dots, dashes, brackets), and an optional leading
// +. Between 6 and 15 digits: the shortest local numbers and E.164's maximum.
const phoneCharacters = /^\+?[\d\s().-]+$/;

export const signInSubmissionSchema = z
  .object({
    name: z
      .string({ error: 'your name is required' })
      .trim()
      .min(1, 'your name is required')
      .max(200, 'a name has at most 200 characters'),
    email: z.preprocess(
      blankToAbsent,
      z
        .string({ error: 'an e-mail address is text, like ana@example.org' })
        .trim()
        .toLowerCase()
        .max(254, 'an e-mail address has at most 254 characters')
        .pipe(z.email('this is not an e-mail address; write it like ana@example.org'))
        .optional(),
    ),
    phone: z.preprocess(
      blankToAbsent,
      z
        .string({ error: 'a phone number is text, like +44 7700 900123' })
        .trim()
        .max(40, 'a phone number has at most 40 characters')
        .refine((s) => phoneCharacters.test(s), {
          message: 'a phone number has digits only, like 07700 900123 or +44 7700 900123',
          abort: true,
        })
        .refine((s) => {
          const digits = s.replace(/\D/g, '').length;
          return digits >= 6 && digits <= 15;
        }, 'a phone number has between 6 and 15 digits')
        .optional(),
    ),
    consent: z.preprocess(readCheckbox, z.boolean({ error: 'consent is a yes or no (a ticked or empty box)' })),
    pledge: z.preprocess(
      (value) => {
        const given = blankToAbsent(value);
        return typeof given === 'number' ? String(given) : given;
      },
      z
        .string({ error: 'a pledge is an amount, like 10' })
        .trim()
        .max(40, 'a pledge has at most 40 characters')
        .optional(),
    ),
  })
  // Checked even when another field (the name, say) is wrong, so the person sees every problem at
  // once; skipped only when the e-mail or phone itself has a problem already shown.
  .refine((value) => value.email !== undefined || value.phone !== undefined, {
    path: ['email'],
    message: 'give an e-mail address or a phone number (at least one), so the chapter can find you again',
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'email' || issue.path?.[0] === 'phone'),
  });

export type SignInSubmission = z.infer<typeof signInSubmissionSchema>;

/** What the desk answers for a sign-in, and what the page welcomes the person with. */
export interface SignInResult {
  memberId: string;
  /** False when the person was found again by e-mail or phone. */
  newMember: boolean;
  /** True when this person had already signed in to this meeting: recorded once, not twice. */
  alreadyCheckedIn: boolean;
  /** The name to greet the person by. */
  displayName: string;
}
