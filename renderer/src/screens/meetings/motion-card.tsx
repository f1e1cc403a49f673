// One motion: what was put, under which item and about which proposal, how it is counted, and then
// either the count (for, against, abstain, proxies) with what it says against the attendance now,
// or, once closed, the decision with its tally and hash. The count is saved a moment after typing
// stops; the preview follows every keystroke, from the same rules the core counts with.
import { useEffect, useId, useRef, useState } from 'react';
import type { MeetingDetail, Motion } from '../../../../shared/contract/meetings';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { VoteDecision } from '../../components/vote-decision';
import { quorumInWords } from '../../components/vote-words';
import { capitalise, errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { countDraftOf, countFields, previewCount, readCount, sameCount, type CountDraft, type CountField } from './motion-count-draft';
import { motionCountInWords, motionOutcomeInWords } from './meeting-words';

/** How long after the last keystroke a count is saved. */
const SAVE_AFTER_MS = 600;

/** A stored tally's counts come back in the database's key order: for, against, abstain it is. */
const MOTION_ORDER = ['yes', 'no', 'abstain'];

const countLabels: Record<CountField, string> = { votesFor: 'For', votesAgainst: 'Against', votesAbstain: 'Abstain', proxies: 'Proxies' };

export function MotionCard({ motion, meeting }: { motion: Motion; meeting: MeetingDetail }) {
  const titleId = useId();
  const decision = motion.decisionId ? meeting.decisions.find((d) => d.id === motion.decisionId) : undefined;
  const item = motion.agendaItemId ? meeting.agenda.find((i) => i.id === motion.agendaItemId) : undefined;
  const itemNumber = item ? meeting.agenda.indexOf(item) + 1 : 0;
  const facts = [
    item ? `Under ${itemNumber}. ${item.title}` : null,
    motion.counting === 'hands' ? 'Show of hands' : 'Paper ballots',
    motion.quorumPercent === null ? 'No quorum' : `Quorum ${motion.quorumPercent}% of those present`,
  ].filter(Boolean);
  return (
    <li className={`motion panel ${decision ? 'is-decided' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="motion-text">
        {motion.text}
      </h3>
      <p className="muted motion-facts">{facts.join(' · ')}</p>
      {decision ? (
        <VoteDecision decision={decision} order={MOTION_ORDER} />
      ) : motion.decisionId ? (
        <p className="muted">Decided; the decision is on its way.</p>
      ) : meeting.sealedAt ? (
        <p className="muted">Not decided: the meeting was closed before this motion was.</p>
      ) : (
        <MotionCount motion={motion} present={meeting.attendanceCount} />
      )}
    </li>
  );
}

function MotionCount({ motion, present }: { motion: Motion; present: number }) {
  const toasts = useToasts();
  const ids = useId();
  const [draft, setDraft] = useState<CountDraft>(() => countDraftOf(motion));
  // True from the first keystroke until the saved motion shows what was typed.
  const [edited, setEdited] = useState(false);
  const [saveError, setSaveError] = useState<{ fields: Partial<Record<CountField, string>>; message: string | null } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const count = useMutation('motions.count');
  const close = useMutation('motions.close');
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const read = readCount(draft);
  const dirty = read.counts === null || !sameCount(read.counts, motion);
  // Saved counts show the core's own preview; while typing, the same rules applied here.
  const preview = !dirty
    ? motion.preview
      ? { tally: motion.preview, problem: null }
      : { tally: null, problem: motion.problem ?? 'This count cannot be read' }
    : read.counts
      ? previewCount(read.counts, motion, present)
      : null;

  // A count saved elsewhere (another laptop at the same meeting) shows unless this one is being
  // edited; an edit ends when the motion read back holds what was typed.
  useEffect(() => {
    if (!edited) setDraft(countDraftOf(motion));
    else if (!dirty) setEdited(false);
  }, [motion.votesFor, motion.votesAgainst, motion.votesAbstain, motion.proxies, edited, dirty]);

  async function save(): Promise<boolean> {
    clearTimeout(saveTimer.current);
    const counts = readCount(draft).counts;
    if (!counts) return false;
    if (sameCount(counts, motion)) return true;
    try {
      await count.run({ id: motion.id, ...counts });
      setSaveError(null);
      return true;
    } catch (error) {
      const fields = fieldErrors(error) as Partial<Record<CountField, string>>;
      setSaveError({ fields, message: errorMessage(error) });
      return false;
    }
  }

  // Saved a moment after typing stops, when the count can be counted.
  useEffect(() => {
    if (!edited || !dirty || !preview || preview.problem) return;
    saveTimer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    return () => clearTimeout(saveTimer.current);
  }, [draft, edited]);

  async function record() {
    setConfirming(false);
    if (!(await save())) return;
    try {
      const decision = await close.run({ id: motion.id });
      toasts.success(`Decision recorded: ${motionOutcomeInWords({ outcome: decision.outcome ?? '' })}`);
    } catch (error) {
      setSaveError({ fields: {}, message: errorMessage(error) });
    }
  }

  const fieldError = (field: CountField) => read.fieldErrors[field] ?? saveError?.fields[field];
  const canClose = read.counts !== null && preview !== null && preview.problem === null;
  return (
    <div className="motion-count">
      <fieldset className="count-fields">
        <legend>Count</legend>
        {countFields.map((field) => (
          <div key={field} className={`count-field ${fieldError(field) ? 'field-invalid' : ''}`}>
            <label htmlFor={`${ids}-${field}`}>{countLabels[field]}</label>
            <input
              id={`${ids}-${field}`}
              type="number"
              min={0}
              inputMode="numeric"
              value={draft[field]}
              aria-invalid={fieldError(field) ? true : undefined}
              aria-describedby={field === 'proxies' ? `${ids}-proxies-hint` : undefined}
              onChange={(e) => {
                setEdited(true);
                setSaveError(null);
                setDraft((d) => ({ ...d, [field]: e.target.value }));
              }}
              onBlur={() => edited && dirty && !read.fieldErrors[field] && void save()}
            />
          </div>
        ))}
        <p className="field-hint count-hint" id={`${ids}-proxies-hint`}>
          Proxies: of the votes above, how many were cast for members who are not here.
        </p>
      </fieldset>
      <section className="motion-preview" role="region" aria-label="Preview">
        {read.counts === null ? (
          <p className="field-error">{Object.values(read.fieldErrors)[0]}: each count is a whole number, 0 or more.</p>
        ) : preview?.problem ? (
          <p className="notice notice-error" role="alert">
            {capitalise(preview.problem)}.
          </p>
        ) : preview?.tally ? (
          <>
            <p className="motion-outcome">
              {motionOutcomeInWords(preview.tally)}
              <span className="muted"> {dirty ? '(not saved yet)' : ''}</span>
            </p>
            <ul className="tally-facts">
              <li>{motionCountInWords(preview.tally)}</li>
              <li className={preview.tally.quorum && !preview.tally.quorumMet ? 'fact-warning' : undefined}>{quorumInWords(preview.tally)}</li>
            </ul>
          </>
        ) : null}
        {saveError?.message && !preview?.problem && (
          <p className="notice notice-error" role="alert">
            {saveError.message}
          </p>
        )}
      </section>
      <div className="form-actions">
        <button type="button" className="btn btn-primary" onClick={() => setConfirming(true)} disabled={!canClose || close.pending}>
          Close and record the decision
        </button>
        <span className="muted">{count.pending ? 'Saving the count…' : ''}</span>
      </div>
      <Dialog open={confirming} title="Record the decision?" onClose={() => setConfirming(false)} alert>
        <p>
          {preview?.tally ? `${motionOutcomeInWords(preview.tally)}: ${motionCountInWords(preview.tally)}. ` : ''}The count is recorded for good, sealed with a
          hash. A correction is a new motion.
        </p>
        {preview?.tally && <p className="muted">{quorumInWords(preview.tally)}.</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            Keep counting
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void record()}>
            Record the decision
          </button>
        </div>
      </Dialog>
    </div>
  );
}
