/**
 * First start: name the chapter and say who is using this computer (session.setup).
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Set up Chapterhouse"
 *   textbox "Chapter name", combobox "Country" (defaults to the language's region, else US),
 *   textbox "Who is using this computer"
 *   button "Start"
 */
import { useState } from 'react';
import type { Session } from '../../../../shared/contract/chapters';
import { CountrySelect } from '../../components/country-select';
import { Field } from '../../components/field';
import { errorIssues, errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { localeRegion } from '../../locale/format';
import { countries } from '../../locale/countries';

function defaultCountry(): string {
  const region = localeRegion();
  return region && countries().some((c) => c.code === region) ? region : 'US';
}

export function SetupScreen({ onDone }: { onDone(session: Session): void }) {
  const [chapterName, setChapterName] = useState('');
  const [country, setCountry] = useState(defaultCountry);
  const [organiserName, setOrganiserName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const setup = useMutation('session.setup');

  async function submit() {
    const local: Record<string, string> = {};
    if (!chapterName.trim()) local.chapterName = 'Name the chapter, like “Riverside Tenants’ Association”';
    if (!organiserName.trim()) local.organiserName = 'Say who is using this computer';
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    try {
      onDone(await setup.run({ chapterName, country, organiserName }));
    } catch (error) {
      setErrors(fieldErrors(error));
      if (errorIssues(error).length === 0) setFormError(errorMessage(error));
    }
  }

  return (
    <main className="setup" id="main">
      <form
        className="centered-card stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div>
          <h1>Set up Chapterhouse</h1>
          <p className="lede">Your chapter’s records stay on this computer. You can add more chapters and sync later.</p>
        </div>
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <Field label="Chapter name" error={errors.chapterName}>
          <input type="text" autoFocus autoComplete="off" value={chapterName} onChange={(e) => setChapterName(e.target.value)} placeholder="Riverside Tenants’ Association" />
        </Field>
        <Field label="Country" error={errors.country} hint="Sets how phone numbers and dates in imported files are read.">
          <CountrySelect value={country} onChange={(e) => setCountry(e.target.value)} />
        </Field>
        <Field label="Who is using this computer" error={errors.organiserName} hint="Your name. It is recorded with the changes you make.">
          <input type="text" autoComplete="name" value={organiserName} onChange={(e) => setOrganiserName(e.target.value)} />
        </Field>
        <button type="submit" className="btn btn-primary btn-block" disabled={setup.pending}>
          {setup.pending ? 'Setting up…' : 'Start'}
        </button>
      </form>
    </main>
  );
}
