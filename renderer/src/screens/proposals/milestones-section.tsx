// Following a decided proposal to the end: milestones with due dates, marked done as they are met.
// Overdue ones say so. Each change is in the proposal's trail.
import { useEffect, useState, type FormEvent } from 'react';
import type { ProposalDetail } from '../../../../shared/contract/proposals';
import { Field } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { formatDay } from '../../locale/format';
import { localDay } from './proposal-words';
import { useNow } from './use-now';

type Milestone = ProposalDetail['milestones'][number];

export function MilestonesSection({ proposal }: { proposal: ProposalDetail }) {
  const today = localDay(useNow(60_000));
  const done = proposal.milestones.filter((m) => m.doneAt).length;
  return (
    <section className="panel milestones" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">
        Milestones {proposal.milestones.length > 0 && <span className="muted">({done} of {proposal.milestones.length} done)</span>}
      </h2>
      {proposal.milestones.length === 0 ? (
        <p className="muted">Break the work into steps with dates, and tick them off as they are done.</p>
      ) : (
        <ul className="milestone-list" aria-label="Milestones">
          {proposal.milestones.map((m) => (
            <MilestoneItem key={m.id} milestone={m} today={today} />
          ))}
        </ul>
      )}
      <AddMilestone proposalId={proposal.id} />
    </section>
  );
}

function MilestoneItem({ milestone: m, today }: { milestone: Milestone; today: string }) {
  const toasts = useToasts();
  const update = useMutation('proposals.updateMilestone');
  // The tick shows at once; the stored state replaces it as soon as the core answers.
  const [ticked, setTicked] = useState<boolean | null>(null);
  useEffect(() => setTicked(null), [m.doneAt]);
  const done = ticked ?? m.doneAt !== null;
  const overdue = !done && m.dueOn !== null && m.dueOn < today;
  const run = (changes: { done?: boolean; dueOn?: string | null }) =>
    update.run({ id: m.id, ...changes }).catch((e) => {
      setTicked(null);
      toasts.error(errorMessage(e));
    });
  return (
    <li className={`milestone ${done ? 'is-done' : ''} ${overdue ? 'is-overdue' : ''}`}>
      <label className="choice milestone-title">
        <input
          type="checkbox"
          checked={done}
          onChange={(e) => {
            setTicked(e.target.checked);
            void run({ done: e.target.checked });
          }}
        />
        <span>{m.title}</span>
      </label>
      <span className="milestone-due">
        {overdue && <span className="badge badge-overdue">Overdue</span>}
        <input
          type="date"
          className="date-input"
          aria-label={`Due date of ${m.title}`}
          value={m.dueOn ?? ''}
          onChange={(e) => void run({ dueOn: e.target.value === '' ? null : e.target.value })}
        />
      </span>
      {m.doneAt && <span className="faint milestone-done">Done {formatDay(m.doneAt.slice(0, 10))}</span>}
    </li>
  );
}

function AddMilestone({ proposalId }: { proposalId: string }) {
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useMutation('proposals.addMilestone');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setErrors({ title: 'Name the milestone, like “Order the racks”' });
      return;
    }
    try {
      await add.run({ proposalId, title: title.trim(), ...(dueOn ? { dueOn } : {}) });
      setTitle('');
      setDueOn('');
      setErrors({});
    } catch (e) {
      const fields = fieldErrors(e);
      setErrors(Object.keys(fields).length > 0 ? fields : { title: errorMessage(e) });
    }
  }

  return (
    <form className="add-milestone" onSubmit={submit} noValidate>
      <Field label="New milestone" error={errors.title}>
        <input type="text" value={title} placeholder="What will be done" onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label="Due" error={errors.dueOn}>
        <input type="date" className="date-input" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </Field>
      <button type="submit" className="btn btn-small" disabled={add.pending}>
        Add milestone
      </button>
    </form>
  );
}
