// "+1 Support": the lightweight vote that ranks the board. It supports as the organiser's own
// member record (Settings links this computer to a member); with none linked it asks which member
// is supporting, and can remember the answer. The press shows at once; the count follows the core.
import { useEffect, useState } from 'react';
import { useSession } from '../../app/session-context';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { memberName } from '../../components/member-name';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { countOf } from '../../locale/format';

interface SupportToggleProps {
  proposalId: string;
  title: string;
  count: number;
  /** Who supports it, when the caller has read it (the proposal page); else it is read here. */
  supporterIds?: readonly string[];
}

export function SupportToggle({ proposalId, title, count, supporterIds }: SupportToggleProps) {
  const session = useSession();
  const toasts = useToasts();
  const me = session.device.organiserMemberId;
  const support = useMutation('proposals.support');
  // The board's rows do not say who supports them: read this one proposal's supporters.
  const detail = useQuery('proposals.get', me && !supporterIds ? { id: proposalId } : null, { tables: ['proposal_supports', 'members'] });
  const known = supporterIds ?? detail.data?.supporters.map((s) => s.id);
  const supported = me && known ? known.includes(me) : false;
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const [asking, setAsking] = useState(false);

  // The core's answer replaces the guess as soon as it arrives.
  useEffect(() => setOptimistic(null), [supported, count]);

  const pressed = optimistic ?? supported;
  const shownCount = optimistic === null || optimistic === supported ? count : count + (optimistic ? 1 : -1);

  async function toggle(memberId: string, next: boolean) {
    setOptimistic(memberId === me ? next : null);
    try {
      await support.run({ id: proposalId, memberId, supported: next });
    } catch (error) {
      setOptimistic(null);
      toasts.error(errorMessage(error));
    }
  }

  return (
    <div className="support">
      <button
        type="button"
        className={`btn btn-small support-btn ${pressed ? 'is-pressed' : ''}`}
        aria-pressed={pressed}
        aria-describedby={`support-count-${proposalId}`}
        title={me ? (pressed ? `Withdraw your support for “${title}”` : `Support “${title}”`) : 'Choose the member who supports it'}
        onClick={() => (me ? void toggle(me, !pressed) : setAsking(true))}
      >
        <span aria-hidden="true">+1</span> Support
      </button>
      <span className="support-count" id={`support-count-${proposalId}`}>
        {countOf(shownCount, 'supporter', 'supporters')}
      </span>
      {asking && <SupporterDialog proposalId={proposalId} title={title} onClose={() => setAsking(false)} onToggle={toggle} />}
    </div>
  );
}

/** With no member record linked to this computer: who is supporting (and remember it?). */
function SupporterDialog({
  proposalId,
  title,
  onClose,
  onToggle,
}: {
  proposalId: string;
  title: string;
  onClose(): void;
  onToggle(memberId: string, next: boolean): Promise<void>;
}) {
  const session = useSession();
  const toasts = useToasts();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [memberLabel, setMemberLabel] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const setOrganiser = useMutation('session.setOrganiser');
  const detail = useQuery('proposals.get', { id: proposalId }, { tables: ['proposal_supports', 'members'] });
  const already = memberId ? (detail.data?.supporters.some((s) => s.id === memberId) ?? false) : false;

  async function confirm(next: boolean) {
    if (!memberId) {
      setError('Choose the member who supports it');
      return;
    }
    onClose();
    await onToggle(memberId, next);
    if (remember) {
      await setOrganiser
        .run({ organiserName: session.device.organiserName ?? memberLabel, organiserMemberId: memberId })
        .then(
          () => toasts.success(`This computer now supports and votes as ${memberLabel}`),
          (e) => toasts.error(errorMessage(e)),
        );
    }
  }

  return (
    <Dialog open title={`Who supports “${title}”?`} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm(!already);
        }}
      >
        <p className="muted">This computer is not linked to a member record yet. Choose the member who is supporting this proposal.</p>
        <Field label="Supporting member" error={error}>
          <MemberPicker
            label="Supporting member"
            value={memberId}
            autoFocus
            onChange={(id, member) => {
              setMemberId(id);
              setError(null);
              if (member) setMemberLabel(memberName(member));
            }}
          />
        </Field>
        {already && <p className="notice">{memberLabel || 'This member'} supports it already.</p>}
        <label className="choice">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          This is me: remember it on this computer
        </label>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            {already ? 'Withdraw support' : 'Support'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
