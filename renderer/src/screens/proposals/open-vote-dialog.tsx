// "Open a vote": the board's rules, fixed before anyone votes: the method, its options (one per
// line), dots per voter, a closing time, a quorum as a share of the members, who may vote, and
// whether ballots are anonymous or results hidden until it closes. Checked as you type against the
// same boardSchema the core uses.
import { useMemo, useState, type FormEvent } from 'react';
import { voteMethods, type VoteMethod } from '../../../../shared/proposals/vote-methods';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { methodLabels, methodTakesOptions } from '../../components/vote-words';
import { useToasts } from '../../components/toasts';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { boardFromDraft, draftOptions, emptyBoardDraft, type BoardDraft, type BoardField } from './board-draft';
import { useStoredDraft } from './use-stored-draft';

const optionHints: Record<VoteMethod, string> = {
  consent: '',
  majority: 'Leave empty for a yes-or-no vote, or list two or more choices.',
  ranked: 'At least two. Voters rank them in order of preference.',
  score: 'At least two. Voters score each from 0 to 5.',
  dot: 'At least two. Voters spread their dots across them.',
  timepoll: 'One date or time per line, like “Tue 18 March, 18:00”.',
};

interface OpenVoteDialogProps {
  proposalId: string;
  open: boolean;
  onClose(): void;
  /** Names of members, for the list of who may vote. */
  nameOf(id: string): string;
}

export function OpenVoteDialog({ proposalId, open, onClose, nameOf }: OpenVoteDialogProps) {
  const toasts = useToasts();
  const [draft, update, clear] = useStoredDraft<BoardDraft>(`proposal.${proposalId}.board`, emptyBoardDraft());
  const [touched, setTouched] = useState<ReadonlySet<BoardField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const openBoard = useMutation('proposals.openBoard');
  const result = useMemo(() => boardFromDraft(draft, Date.now()), [draft]);
  const takes = methodTakesOptions(draft.method);

  const errorOf = (field: BoardField): string | undefined => {
    const own = !result.ok && (submitted || touched.has(field)) ? result.errors[field] : undefined;
    return own ?? server[field];
  };
  const touch = (field: BoardField) => setTouched((t) => new Set(t).add(field));
  const set = <K extends keyof BoardDraft>(key: K, value: BoardDraft[K]) => {
    setServer({});
    update((d) => ({ ...d, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    if (!result.ok) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.open-vote [aria-invalid="true"]')?.focus());
      return;
    }
    try {
      await openBoard.run({ id: proposalId, board: result.board });
      clear();
      setSubmitted(false);
      setTouched(new Set());
      onClose();
      toasts.success('The vote is open');
    } catch (error) {
      const fields = fieldErrors(error, 'board.');
      setServer(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
    }
  }

  const options = draftOptions(draft.optionsText);
  return (
    <Dialog open={open} title="Open a vote" onClose={onClose} className="proposal-dialog">
      <form className="stack open-vote" onSubmit={submit} noValidate>
        <Field label="Method" error={errorOf('method')}>
          <select value={draft.method} onChange={(e) => set('method', e.target.value as VoteMethod)}>
            {voteMethods.map((m) => (
              <option key={m} value={m}>
                {methodLabels[m]}
              </option>
            ))}
          </select>
        </Field>
        {takes !== 'none' && (
          <Field label={takes === 'optional' ? 'Options (optional)' : 'Options'} error={errorOf('options')} hint={`One per line. ${optionHints[draft.method]}`}>
            <textarea rows={4} value={draft.optionsText} onChange={(e) => set('optionsText', e.target.value)} onBlur={() => touch('options')} spellCheck />
          </Field>
        )}
        {takes !== 'none' && options.length > 0 && (
          <p className="option-preview muted" aria-live="polite">
            {options.length} {options.length === 1 ? 'option' : 'options'}: {options.join(' · ')}
          </p>
        )}
        {draft.method === 'dot' && (
          <Field label="Dots per voter" error={errorOf('dotsPerVoter')}>
            <input type="number" min={1} step={1} inputMode="numeric" value={draft.dotsPerVoter} onChange={(e) => set('dotsPerVoter', e.target.value)} onBlur={() => touch('dotsPerVoter')} />
          </Field>
        )}
        <div className="form-grid">
          <Field label="Closes at" error={errorOf('closesAt')} hint="Optional. Without it, the vote stays open until an organiser closes it.">
            <input type="datetime-local" value={draft.closesAt} onChange={(e) => set('closesAt', e.target.value)} onBlur={() => touch('closesAt')} />
          </Field>
          <Field label="Quorum (% of members)" error={errorOf('quorum')} hint="Optional. The share of members who must vote for the result to stand.">
            <input type="text" inputMode="decimal" placeholder="e.g. 50" value={draft.quorumPercent} onChange={(e) => set('quorumPercent', e.target.value)} onBlur={() => touch('quorum')} />
          </Field>
        </div>
        <fieldset className="choice-group">
          <legend>Who may vote</legend>
          <label className="choice">
            <input type="radio" name="eligible" checked={draft.eligibleMode === 'all'} onChange={() => set('eligibleMode', 'all')} />
            All members
          </label>
          <label className="choice">
            <input type="radio" name="eligible" checked={draft.eligibleMode === 'named'} onChange={() => set('eligibleMode', 'named')} />
            Only the members named below
          </label>
        </fieldset>
        {draft.eligibleMode === 'named' && (
          <div className="eligible">
            <Field label="Add a member who may vote" error={errorOf('eligible')}>
              <MemberPicker
                label="Add a member who may vote"
                value={null}
                onChange={(id) => {
                  if (id && !draft.eligible.includes(id)) set('eligible', [...draft.eligible, id]);
                  touch('eligible');
                }}
              />
            </Field>
            {draft.eligible.length > 0 && (
              <ul className="tokens eligible-list" aria-label="Members who may vote">
                {draft.eligible.map((id) => (
                  <li key={id} className="token">
                    <span>{nameOf(id)}</span>
                    <button type="button" aria-label={`Remove ${nameOf(id)}`} onClick={() => set('eligible', draft.eligible.filter((e) => e !== id))}>
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="choice-group">
          <label className="choice">
            <input type="checkbox" checked={draft.anonymous} onChange={(e) => set('anonymous', e.target.checked)} />
            <span>
              Anonymous
              <span className="choice-hint">Organisers see who voted, not what; the tally stays checkable.</span>
            </span>
          </label>
          <label className="choice">
            <input type="checkbox" checked={draft.hideResultsUntilClosed} onChange={(e) => set('hideResultsUntilClosed', e.target.checked)} />
            <span>
              Hide results until the vote closes
              <span className="choice-hint">Only the number of voters shows while it is open.</span>
            </span>
          </label>
        </div>
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={openBoard.pending}>
            Open vote
          </button>
        </div>
      </form>
    </Dialog>
  );
}
