// "Set the chapter's goal": the chapter's own thermometer, in one unit at a time (money in a
// currency, hours or actions). Setting a goal again in the same unit replaces it; "Remove" takes it
// away (the thermometer stays, without a top).
import { useEffect, useState, type FormEvent } from 'react';
import { pledgeKinds, type PledgeKind } from '../../../../shared/pledges/pledge';
import { useChapter } from '../../app/session-context';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { focusFirstInvalid } from '../../components/focus-invalid';
import { useToasts } from '../../components/toasts';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { defaultCurrency } from '../../locale/amounts';
import { campaignDraftErrors, emptyCampaignDraft } from './campaign-draft';
import { kindLabels } from './pledge-words';

export function ChapterGoalDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const chapter = useChapter();
  const toasts = useToasts();
  const setGoal = useMutation('thermometers.setChapterGoal');
  const [kind, setKind] = useState<PledgeKind>('money');
  const [currency, setCurrency] = useState(defaultCurrency(chapter.country));
  const [goal, setGoalText] = useState('');
  const [shown, setShown] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});

  useEffect(() => {
    if (open) {
      setShown(false);
      setServer({});
    }
  }, [open]);

  // The same rules as a campaign's goal: one draft checker for both.
  const local = campaignDraftErrors({ ...emptyCampaignDraft(currency), name: chapter.name, kind, goal });
  const errorFor = (field: 'currency' | 'goal') => (shown ? (local[field] ?? server[field]) : server[field]);

  async function save(remove: boolean, form: HTMLFormElement | null) {
    setShown(!remove);
    if (!remove && (local.currency || local.goal)) return focusFirstInvalid(form);
    try {
      await setGoal.run({ kind, ...(kind === 'money' ? { currency: currency.trim().toUpperCase() } : {}), goal: remove ? null : goal.trim() });
      toasts.success(remove ? 'Goal removed' : 'Goal set');
      setGoalText('');
      onClose();
    } catch (error) {
      const fields = fieldErrors(error);
      setServer(fields);
      if (Object.keys(fields).length === 0) toasts.error(errorMessage(error));
    }
  }

  return (
    <Dialog open={open} title="Set the chapter's goal" onClose={onClose}>
      <form
        className="stack"
        noValidate
        onSubmit={(e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          void save(false, e.currentTarget);
        }}
      >
        <p className="muted">The chapter's thermometer counts every pledge, to a campaign or not, in the goal's unit.</p>
        <div className="form-grid">
          <Field label="The goal counts">
            <select value={kind} onChange={(e) => setKind(e.target.value as PledgeKind)}>
              {pledgeKinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          </Field>
          {kind === 'money' && (
            <Field label="Currency" error={errorFor('currency')}>
              <input type="text" className="input-code" maxLength={3} value={currency} autoComplete="off" spellCheck={false} onChange={(e) => setCurrency(e.target.value.toUpperCase())} />
            </Field>
          )}
        </div>
        <Field label="Goal" error={errorFor('goal')} hint={kind === 'money' ? 'Like 12000.00.' : 'A whole number, like 500.'}>
          <input type="text" inputMode={kind === 'money' ? 'decimal' : 'numeric'} value={goal} autoFocus autoComplete="off" onChange={(e) => setGoalText(e.target.value)} />
        </Field>
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" disabled={setGoal.pending} onClick={() => void save(true, null)}>
            Remove this goal
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={setGoal.pending}>
            Set goal
          </button>
        </div>
      </form>
    </Dialog>
  );
}
