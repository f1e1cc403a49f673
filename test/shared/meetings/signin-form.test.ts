// The sign-in form's schema reads a plain HTML form and JSON alike, and names the field of every problem.
import { describe, expect, it } from 'vitest';
import { signInSubmissionSchema } from '../../../shared/meetings/signin-form.js';

function problems(input: unknown): [string, string][] {
  const parsed = signInSubmissionSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('signInSubmissionSchema', () => {
  it('reads a form: blank fields absent, a ticked box true, an unticked one false', () => {
    expect(signInSubmissionSchema.parse({ name: ' Ana Lima ', email: ' Ana@Example.ORG ', phone: '', consent: 'on', pledge: ' 10 ' })).toEqual({
      name: 'Ana Lima',
      email: 'ana@example.org',
      consent: true,
      pledge: '10',
    });
    expect(signInSubmissionSchema.parse({ name: 'Bo', phone: '07700 900123' })).toEqual({ name: 'Bo', phone: '07700 900123', consent: false });
  });

  it('reads JSON: booleans, a numeric pledge, nulls as absent', () => {
    expect(signInSubmissionSchema.parse({ name: 'Cy', email: null, phone: '+44 7700 900123', consent: true, pledge: 12.5 })).toEqual({
      name: 'Cy',
      phone: '+44 7700 900123',
      consent: true,
      pledge: '12.5',
    });
  });

  it('asks for an e-mail or a phone, naming the field, alongside other problems', () => {
    expect(problems({ name: '', email: ' ', phone: '' })).toEqual([
      ['name', 'your name is required'],
      ['email', 'give an e-mail address or a phone number (at least one), so the chapter can find you again'],
    ]);
  });

  it('names each wrong field once', () => {
    expect(problems({ name: 'x'.repeat(201), email: 'ana@', phone: 'call me', consent: 'maybe', pledge: 'y'.repeat(41) })).toEqual([
      ['name', 'a name has at most 200 characters'],
      ['email', 'this is not an e-mail address; write it like ana@example.org'],
      ['phone', 'a phone number has digits only, like 07700 900123 or +44 7700 900123'],
      ['consent', 'consent is a yes or no (a ticked or empty box)'],
      ['pledge', 'a pledge has at most 40 characters'],
    ]);
    expect(problems({ name: 'Di', phone: '12345' })).toEqual([['phone', 'a phone number has between 6 and 15 digits']]);
    expect(problems({ name: 'Di', phone: '1234567890123456' })).toEqual([['phone', 'a phone number has between 6 and 15 digits']]);
  });

  it('drops fields it does not know', () => {
    expect(signInSubmissionSchema.parse({ name: 'Ed', email: 'ed@example.org', memberId: 'm1', role: 'admin' })).toEqual({ name: 'Ed', email: 'ed@example.org', consent: false });
  });
});
