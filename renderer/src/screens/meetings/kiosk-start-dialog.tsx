// Before handing this computer to attendees: the lead picks a PIN (4 to 8 digits, typed twice), and
// the window then shows only the kiosk's sign-in form until that PIN is given.
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useKiosk } from '../kiosk/kiosk-gate';

export function KioskStartDialog({ meetingId, open, onClose }: { meetingId: string; open: boolean; onClose(): void }) {
  const kiosk = useKiosk();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; again?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setPin('');
      setAgain('');
      setErrors({});
    }
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4,8}$/.test(pin)) return setErrors({ pin: 'A PIN is 4 to 8 digits' });
    if (again !== pin) return setErrors({ again: 'The two PINs differ: type the same one twice' });
    setBusy(true);
    try {
      await kiosk.enter(meetingId, pin);
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields.pin ? { pin: fields.pin } : { form: errorMessage(error) });
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title="Kiosk mode" onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p>
          Hand this computer to the people arriving: it shows only a sign-in form for this meeting, and nothing else of the chapter’s data, until the PIN
          you choose now is given. Reloading the window keeps it in kiosk mode.
        </p>
        <div className="form-grid">
          <Field label="PIN" error={errors.pin} hint="4 to 8 digits.">
            <input type="password" inputMode="numeric" autoComplete="new-password" value={pin} autoFocus maxLength={8} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
          </Field>
          <Field label="PIN again" error={errors.again}>
            <input type="password" inputMode="numeric" autoComplete="new-password" value={again} maxLength={8} onChange={(e) => setAgain(e.target.value.replace(/\D/g, ''))} />
          </Field>
        </div>
        {errors.form && (
          <p className="notice notice-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Start kiosk mode
          </button>
        </div>
      </form>
    </Dialog>
  );
}
