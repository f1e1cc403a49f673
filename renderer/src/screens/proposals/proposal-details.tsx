// A proposal's own fields, each saved as soon as the person is done with it (leaving a text field,
// choosing in a list): title, summary, and in the side panel status, progress, advocate, owner and
// tags. A change made elsewhere shows in every field the person is not editing right now.
import { useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/contract/index';
import type { ProposalDetail, ProposalStatus } from '../../../../shared/contract/proposals';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { useToasts } from '../../components/toasts';
import { TokenInput } from '../../components/token-input';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { statusLabels, statusOrder } from './proposal-words';

type Changes = MethodInput<'proposals.update'>['changes'];

/** Saves some fields; resolves with field errors (empty when saved). */
function useSave(id: string): (changes: Changes) => Promise<Record<string, string>> {
  const update = useMutation('proposals.update');
  const toasts = useToasts();
  return async (changes) => {
    try {
      await update.run({ id, changes });
      return {};
    } catch (error) {
      const fields = fieldErrors(error, 'changes.');
      if (Object.keys(fields).length === 0) toasts.error(errorMessage(error));
      return fields;
    }
  };
}

/** A text kept locally while it is being edited, and following the stored value otherwise. */
function useEditedText(stored: string): [string, (v: string) => void, boolean, (editing: boolean) => void] {
  const [text, setText] = useState(stored);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(stored);
  }, [stored, editing]);
  return [text, setText, editing, setEditing];
}

export function TitleField({ proposal }: { proposal: ProposalDetail }) {
  const save = useSave(proposal.id);
  const [text, setText, , setEditing] = useEditedText(proposal.title);
  const [error, setError] = useState<string | null>(null);

  async function commit() {
    setEditing(false);
    const title = text.trim();
    if (title === proposal.title) return setError(null);
    if (title === '') return setError('Give the proposal a title; the old one is kept until then');
    const problems = await save({ title });
    setError(problems.title ?? null);
  }

  return (
    <Field label="Title" error={error} className="title-field label-hidden">
      <input
        type="text"
        className="title-input"
        value={text}
        onFocus={() => setEditing(true)}
        onChange={(e) => {
          setText(e.target.value);
          setError(e.target.value.trim() === '' ? 'Give the proposal a title; the old one is kept until then' : null);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            setText(proposal.title);
            setError(null);
            e.currentTarget.blur();
          }
        }}
      />
    </Field>
  );
}

export function SummaryField({ proposal }: { proposal: ProposalDetail }) {
  const save = useSave(proposal.id);
  const [text, setText, , setEditing] = useEditedText(proposal.summary ?? '');
  const [error, setError] = useState<string | null>(null);

  async function commit() {
    setEditing(false);
    const summary = text.trim();
    if (summary === (proposal.summary ?? '')) return;
    const problems = await save({ summary: summary === '' ? null : summary });
    setError(problems.summary ?? null);
  }

  return (
    <Field label="Summary" error={error} className="summary-field">
      <textarea rows={2} value={text} placeholder="One or two sentences: what and why." onFocus={() => setEditing(true)} onChange={(e) => setText(e.target.value)} onBlur={() => void commit()} />
    </Field>
  );
}

export function DetailsPanel({ proposal }: { proposal: ProposalDetail }) {
  const save = useSave(proposal.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (changes: Changes) => setErrors(await save(changes));
  // While a vote is open the board owns the status: moving it away would show hidden results early.
  const voteOpen = proposal.board !== null && proposal.status === 'voting' && !proposal.decisions.some((d) => d.standing !== 'superseded');

  return (
    <section className="panel details-panel" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <div className="stack">
        <Field label="Status" error={errors.status} hint={voteOpen ? 'Voting until the vote is closed.' : undefined}>
          <select value={proposal.status} disabled={voteOpen} onChange={(e) => void run({ status: e.target.value as ProposalStatus })}>
            {statusOrder.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </Field>
        <ProgressField key={proposal.id} stored={proposal.progress} error={errors.progress} onSave={(progress) => void run({ progress })} />
        <Field label="Advocate" error={errors.advocateId} hint="The member who speaks for it.">
          <MemberPicker label="Advocate" value={proposal.advocate?.id ?? null} onChange={(id) => void run({ advocateId: id })} />
        </Field>
        <Field label="Owner" error={errors.ownerId} hint="Who carries it out once decided.">
          <MemberPicker label="Owner" value={proposal.owner?.id ?? null} onChange={(id) => void run({ ownerId: id })} />
        </Field>
        <Field label="Tags" error={errors.tags}>
          <TokenInput value={proposal.tags} onChange={(tags) => void run({ tags })} />
        </Field>
      </div>
      <p className="muted details-origin">
        {proposal.createdBy ? `Proposed by ${proposal.createdBy}` : 'Proposed'}
        {proposal.createdAt ? ` on ${new Date(proposal.createdAt).toLocaleDateString()}` : ''}
      </p>
    </section>
  );
}

/** 0–100 in steps of 5; saved a moment after the slider stops, not at every step. */
function ProgressField({ stored, error, onSave }: { stored: number; error?: string | undefined; onSave(progress: number): void }) {
  const [value, setValue] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) setValue(stored);
  }, [stored]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label htmlFor="proposal-progress">Progress</label>
      <div className="progress-field">
        <input
          id="proposal-progress"
          type="range"
          min={0}
          max={100}
          step={5}
          value={value}
          aria-valuetext={`${value}%`}
          onChange={(e) => {
            const next = Number(e.target.value);
            setValue(next);
            pending.current = true;
            clearTimeout(timer.current);
            timer.current = setTimeout(() => {
              pending.current = false;
              onSave(next);
            }, 400);
          }}
        />
        <output className="progress-value" htmlFor="proposal-progress">
          {value}%
        </output>
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
