// Signing up someone who is not on the roster yet, at the desk or at the kiosk: name, e-mail or phone
// (at least one, so the chapter can find them again), consent to be contacted, and a pledge if they
// like. The core finds them again by e-mail or phone if they are a member already, so nobody is
// added twice; what it says about the fields shows beside them.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CheckInVia, SignUpResult } from '../../../../shared/contract/meetings';
import { useChapter } from '../../app/session-context';
import { Field } from '../../components/field';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';

interface WalkInDraft {
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  pledge: string;
}

const empty: WalkInDraft = { name: '', email: '', phone: '', consent: false, pledge: '' };

type WalkInErrors = Partial<Record<keyof WalkInDraft, string>>;

function localErrors(draft: WalkInDraft): WalkInErrors {
  const errors: WalkInErrors = {};
  if (draft.name.trim() === '') errors.name = 'Give a name';
  if (draft.email.trim() === '' && draft.phone.trim() === '') errors.email = 'Give an e-mail address or a phone number, so the chapter can find this person again';
  return errors;
}

interface WalkInFormProps {
  meetingId: string;
  via: CheckInVia;
  /** The form's accessible name and heading. */
  title: string;
  submitLabel: string;
  /** Large type and fields, for a kiosk across a table. */
  large?: boolean;
  onSignedUp(result: SignUpResult): void;
}

export function WalkInForm({ meetingId, via, title, submitLabel, large, onSignedUp }: WalkInFormProps) {
  const chapter = useChapter();
  const titleId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<WalkInDraft>(empty);
  const [shown, setShown] = useState(false);
  const [server, setServer] = useState<WalkInErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const signUp = useMutation('attendance.signUp');
  const local = localErrors(draft);
  const errorFor = (field: keyof WalkInDraft) => (shown ? local[field] : undefined) ?? server[field];

  function set<K extends keyof WalkInDraft>(field: K, value: WalkInDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }));
    setServer((s) => ({ ...s, [field]: undefined, ...(field === 'phone' ? { email: undefined } : {}) }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShown(true);
    setFormError(null);
    if (local.name) return nameRef.current?.focus();
    if (local.email) return document.getElementById(`${titleId}-email`)?.focus();
    try {
      const result = await signUp.run({
        meetingId,
        via,
        name: draft.name.trim(),
        consent: draft.consent,
        ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
        ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
        ...(draft.pledge.trim() ? { pledge: draft.pledge.trim() } : {}),
      });
      setDraft(empty);
      setShown(false);
      setServer({});
      onSignedUp(result);
      nameRef.current?.focus();
    } catch (error) {
      const fields = fieldErrors(error) as WalkInErrors;
      setServer(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
    }
  }

  return (
    <form className={`walk-in-form stack ${large ? 'is-large' : ''}`} aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h2 id={titleId}>{title}</h2>
      <Field label="Name" error={errorFor('name')}>
        <input ref={nameRef} type="text" value={draft.name} autoComplete="off" spellCheck={false} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <div className="form-grid">
        <Field label="E-mail" error={errorFor('email')}>
          <input id={`${titleId}-email`} type="email" value={draft.email} autoComplete="off" spellCheck={false} onChange={(e) => set('email', e.target.value)} />
        </Field>
        <Field label="Phone" error={errorFor('phone')}>
          <input type="tel" value={draft.phone} autoComplete="off" onChange={(e) => set('phone', e.target.value)} />
        </Field>
      </div>
      <label className="choice">
        <input type="checkbox" checked={draft.consent} onChange={(e) => set('consent', e.target.checked)} />
        <span>{chapter.name} may contact me about its work</span>
      </label>
      <Field label="Monthly pledge, if you like" error={errorFor('pledge')} hint="An amount, like 10. Leave it empty if not.">
        <input type="text" inputMode="decimal" value={draft.pledge} autoComplete="off" onChange={(e) => set('pledge', e.target.value)} />
      </Field>
      {formError && (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={`btn btn-primary ${large ? 'btn-block' : ''}`} disabled={signUp.pending}>
          {signUp.pending ? 'Signing in…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
