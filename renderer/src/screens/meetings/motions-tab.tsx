// Motions put in the room: the form to put one (tied to an agenda item and a proposal if it is about
// one, counted by hands or paper ballots, with the meeting's quorum unless this one needs another),
// then each motion with its count, the live preview and, once closed, the decision and its hash.
import { useState, type FormEvent } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { Field } from '../../components/field';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { parseQuorum } from './meeting-draft';
import { MotionCard } from './motion-card';

export function MotionsTab({ meeting }: { meeting: MeetingDetail }) {
  const sealed = meeting.sealedAt !== null;
  return (
    <div className="motions">
      {!sealed && <PutMotionForm meeting={meeting} />}
      {meeting.motions.length === 0 ? (
        <p className="muted motions-empty">{sealed ? 'No motions were put at this meeting.' : 'No motions yet. Put one above, count it, and close it to record the decision.'}</p>
      ) : (
        <ol className="motion-list" aria-label="Motions">
          {[...meeting.motions].reverse().map((m) => (
            <MotionCard key={m.id} motion={m} meeting={meeting} />
          ))}
        </ol>
      )}
    </div>
  );
}

interface MotionDraft {
  text: string;
  agendaItemId: string;
  proposalId: string;
  counting: 'hands' | 'ballots';
  quorum: string;
}

function PutMotionForm({ meeting }: { meeting: MeetingDetail }) {
  const initial: MotionDraft = { text: '', agendaItemId: '', proposalId: '', counting: 'hands', quorum: meeting.quorumPercent === null ? '' : String(meeting.quorumPercent) };
  const [draft, setDraft] = useState<MotionDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof MotionDraft | 'form', string>>>({});
  const put = useMutation('motions.put');
  const proposals = useQuery('proposals.list', {}, { tables: ['proposals'] });

  function set<K extends keyof MotionDraft>(field: K, value: MotionDraft[K]) {
    setDraft((d) => {
      const next = { ...d, [field]: value };
      // Picking an item about a proposal makes the motion about that proposal, unless one was chosen.
      if (field === 'agendaItemId') {
        const item = meeting.agenda.find((i) => i.id === value);
        if (item?.proposalId && !d.proposalId) next.proposalId = item.proposalId;
      }
      return next;
    });
    setErrors((e) => ({ ...e, [field]: undefined, form: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const quorum = parseQuorum(draft.quorum);
    const local: typeof errors = {};
    if (draft.text.trim() === '') local.text = 'Write the motion as it was put';
    if ('error' in quorum) local.quorum = quorum.error;
    if (Object.keys(local).length > 0) {
      setErrors(local);
      document.getElementById(local.text ? 'motion-text' : 'motion-quorum')?.focus();
      return;
    }
    try {
      await put.run({
        meetingId: meeting.id,
        text: draft.text.trim(),
        counting: draft.counting,
        quorumPercent: 'value' in quorum ? quorum.value : null,
        ...(draft.agendaItemId ? { agendaItemId: draft.agendaItemId } : {}),
        ...(draft.proposalId ? { proposalId: draft.proposalId } : {}),
      });
      setDraft(initial);
      setErrors({});
    } catch (error) {
      const fields = fieldErrors(error);
      const mapped = { text: fields.text, agendaItemId: fields.agendaItemId, proposalId: fields.proposalId, quorum: fields.quorumPercent };
      setErrors(Object.values(mapped).some(Boolean) ? mapped : { form: errorMessage(error) });
    }
  }

  return (
    <form className="put-motion panel stack" aria-labelledby="put-motion-title" onSubmit={submit} noValidate>
      <h2 id="put-motion-title">Put a motion</h2>
      <Field label="Motion" error={errors.text} hint="As it was put to the room, e.g. “That the chapter starts a rent strike fund.”">
        <textarea id="motion-text" rows={2} value={draft.text} onChange={(e) => set('text', e.target.value)} />
      </Field>
      <div className="form-grid">
        <Field label="Agenda item" error={errors.agendaItemId}>
          <select value={draft.agendaItemId} onChange={(e) => set('agendaItemId', e.target.value)}>
            <option value="">None</option>
            {meeting.agenda.map((i, n) => (
              <option key={i.id} value={i.id}>
                {n + 1}. {i.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="About a proposal" error={errors.proposalId} hint="Its status follows the decision.">
          <select value={draft.proposalId} onChange={(e) => set('proposalId', e.target.value)}>
            <option value="">None</option>
            {(proposals.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="choice-group choice-row">
          <legend>Counted by</legend>
          <label className="choice">
            <input type="radio" name="motion-counting" checked={draft.counting === 'hands'} onChange={() => set('counting', 'hands')} />
            <span>Show of hands</span>
          </label>
          <label className="choice">
            <input type="radio" name="motion-counting" checked={draft.counting === 'ballots'} onChange={() => set('counting', 'ballots')} />
            <span>Paper ballots</span>
          </label>
        </fieldset>
        <Field label="Quorum for this motion (% of those present)" error={errors.quorum} hint="The meeting’s quorum unless changed. Empty: no quorum.">
          <input id="motion-quorum" type="text" inputMode="numeric" value={draft.quorum} autoComplete="off" onChange={(e) => set('quorum', e.target.value)} />
        </Field>
      </div>
      {errors.form && (
        <p className="notice notice-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={put.pending}>
          Put the motion
        </button>
      </div>
    </form>
  );
}
