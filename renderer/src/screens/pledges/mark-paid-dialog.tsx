// "Mark paid": one instalment paid, on a day (today by default), by cash, cheque, card or transfer
// with an optional reference. Money paid makes a receipt, offered at once. Hours and actions are
// marked done without this dialog: there is nothing to ask.
import { useEffect, useState, type FormEvent } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index';
import { paymentMethodSchema } from '../../../../shared/contract/pledges';
import type { PaymentMethod } from '../../../../shared/pledges/receipt';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { capitalise, errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { formatDay } from '../../locale/format';
import { localToday, methodLabels } from './pledge-words';

export interface InstalmentToMark {
  id: string;
  dueOn: string;
  /** "$10.00 from Ann Lee", for the dialog's first line. */
  description: string;
}

interface MarkPaidDialogProps {
  instalment: InstalmentToMark | null;
  onClose(): void;
  onPaid(result: MethodOutput<'pledges.mark'>): void;
}

const methods = paymentMethodSchema.options as readonly PaymentMethod[];

export function MarkPaidDialog({ instalment, onClose, onPaid }: MarkPaidDialogProps) {
  const mark = useMutation('pledges.mark');
  const [paidOn, setPaidOn] = useState(localToday());
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!instalment) return;
    setPaidOn(localToday());
    setReference('');
    setErrors({});
    setFormError(null);
  }, [instalment?.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!instalment) return;
    if (!paidOn) return setErrors({ paidOn: 'Pick the day it was paid' });
    try {
      const result = await mark.run({ instalmentId: instalment.id, status: 'paid', paidOn, method, ...(reference.trim() ? { reference: reference.trim() } : {}) });
      onPaid(result);
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(capitalise(errorMessage(error)));
    }
  }

  return (
    <Dialog open={instalment !== null} title="Mark paid" onClose={onClose}>
      {instalment && (
        <form className="stack" onSubmit={submit} noValidate>
          <p>
            {instalment.description}, due {formatDay(instalment.dueOn)}.
          </p>
          <div className="form-grid">
            <Field label="Paid on" error={errors.paidOn}>
              <input type="date" className="date-input" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
            </Field>
            <Field label="Paid by" error={errors.method}>
              <select value={method} autoFocus onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
                {methods.map((m) => (
                  <option key={m} value={m}>
                    {methodLabels[m]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field label="Reference" error={errors.reference} hint={method === 'cheque' ? "The cheque's number." : 'Optional: a transfer reference, say.'}>
            <input type="text" value={reference} autoComplete="off" onChange={(e) => setReference(e.target.value)} />
          </Field>
          {formError && (
            <p className="notice notice-error" role="alert">
              {formError}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={mark.pending}>
              Mark paid
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
