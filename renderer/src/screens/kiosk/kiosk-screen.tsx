/**
 * The kiosk: a computer handed to attendees at the door shows only this sign-in form. Each person
 * types their name and e-mail or phone; members are found again, newcomers are added, nobody twice.
 * Nothing else of the app can be reached until the lead gives the PIN.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading (level 1) "Sign in to MEETING"; form "Your details" (textbox "Name", "E-mail", "Phone",
 *   checkbox "CHAPTER may contact me about its work", textbox "Monthly pledge, if you like", button
 *   "Sign in"); status "Welcome, NAME! You're signed in."
 *   button "Leave kiosk mode" → dialog "Leave kiosk mode": textbox "Lead's PIN", button "Leave"
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { SignUpResult } from '../../../../shared/contract/meetings';
import { useChapter } from '../../app/session-context';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { useQuery } from '../../data/use-query';
import { WalkInForm } from '../meetings/walk-in-form';

/** How long the welcome stays before the kiosk looks fresh for the next person. */
const WELCOME_MS = 10_000;

export function KioskScreen({ meetingId, onLeft }: { meetingId: string; onLeft(): void }) {
  const chapter = useChapter();
  const meeting = useQuery('meetings.get', { id: meetingId }, { tables: ['meetings'] });
  const [welcome, setWelcome] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    if (!welcome) return;
    const timer = setTimeout(() => setWelcome(null), WELCOME_MS);
    return () => clearTimeout(timer);
  }, [welcome]);

  function greet(result: SignUpResult) {
    setWelcome(result.alreadyCheckedIn ? `Welcome back, ${result.attendee.name}! You were already signed in.` : `Welcome, ${result.attendee.name}! You're signed in.`);
  }

  const title = meeting.data?.title ?? 'the meeting';
  return (
    <div className="kiosk">
      <main id="main" className="kiosk-main" tabIndex={-1}>
        <p className="kiosk-chapter">{chapter.name}</p>
        <h1 data-screen-title tabIndex={-1}>
          Sign in to {title}
        </h1>
        <p className="kiosk-lede">Welcome! Tell us who you are. If you have been before, we will find you by your e-mail or phone.</p>
        <p className={`kiosk-welcome ${welcome ? 'is-shown' : ''}`} role="status">
          {welcome ?? ''}
        </p>
        {meeting.error !== undefined && !meeting.data ? (
          <p className="notice notice-error" role="alert">
            This meeting cannot be found on this computer: {errorMessage(meeting.error)} Ask the lead to leave kiosk mode.
          </p>
        ) : meeting.data?.sealedAt ? (
          <p className="notice notice-warning" role="alert">
            This meeting is closed. Please ask the lead.
          </p>
        ) : (
          <WalkInForm meetingId={meetingId} via="kiosk" title="Your details" submitLabel="Sign in" large onSignedUp={greet} />
        )}
      </main>
      <footer className="kiosk-foot">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setLeaving(true)}>
          Leave kiosk mode
        </button>
      </footer>
      <LeaveKioskDialog open={leaving} onClose={() => setLeaving(false)} onLeft={onLeft} />
    </div>
  );
}

function LeaveKioskDialog({ open, onClose, onLeft }: { open: boolean; onClose(): void; onLeft(): void }) {
  const api = useApi();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setPin('');
      setError(null);
    }
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!pin) return setError('Type the PIN');
    setBusy(true);
    try {
      await api.call('kiosk.exit', { pin });
      onLeft();
    } catch (e) {
      setError(fieldErrors(e).pin ? 'That is not the PIN' : errorMessage(e));
      setPin('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title="Leave kiosk mode" onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">For the lead: the PIN chosen when kiosk mode started.</p>
        <Field label="Lead's PIN" error={error}>
          <input type="password" inputMode="numeric" autoComplete="off" value={pin} autoFocus maxLength={8} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
        </Field>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Leave
          </button>
        </div>
      </form>
    </Dialog>
  );
}
