// Casting a vote on an open board: who is voting (the organiser's own member record unless another
// is chosen), whether it is a proxy (entered for a member reached by phone or at the door), and the
// ballot for the board's method, checked as it is filled in. A member who has voted already is
// asked about before their vote is replaced: nobody is ever counted twice.
import { useEffect, useState, type FormEvent } from 'react';
import type { Board } from '../../../../shared/proposals/board';
import { useSession } from '../../app/session-context';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { useToasts } from '../../components/toasts';
import { BallotInputs } from '../../components/vote-ballot-form';
import { checkBallot, emptyBallot, type BallotDraft } from '../../components/vote-ballot-draft';
import { errorMessage } from '../../data/call-errors';

function isVotedAlready(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'conflict' && typeof e.message === 'string' && /voted already/.test(e.message);
}
import { useMutation } from '../../data/use-mutation';

interface CastVoteFormProps {
  proposalId: string;
  board: Board;
  /** Members with a vote on the board already (from the board's document). */
  voted: ReadonlySet<string>;
  nameOf(id: string): string;
}

export function CastVoteForm({ proposalId, board, voted, nameOf }: CastVoteFormProps) {
  const session = useSession();
  const toasts = useToasts();
  const own = session.device.organiserMemberId;
  const [memberId, setMemberId] = useState<string | null>(own);
  const [proxy, setProxy] = useState(false);
  const [draft, setDraft] = useState<BallotDraft>(() => emptyBallot(board));
  const [attempted, setAttempted] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const vote = useMutation('proposals.vote');

  // A board opened elsewhere with another method: start the ballot afresh.
  useEffect(() => setDraft((d) => (d.method === board.method ? d : emptyBallot(board))), [board]);

  const check = checkBallot(board, draft);
  const memberProblem = !memberId
    ? 'Choose the member who is voting'
    : board.eligible !== 'all' && !board.eligible.includes(memberId)
      ? `${nameOf(memberId)} may not vote on this board; only the members named when it opened may`
      : null;
  const name = memberId ? nameOf(memberId) : '';

  async function cast(replace: boolean) {
    if (!memberId || !check.ok) return;
    setFormError(null);
    try {
      await vote.run({ id: proposalId, memberId, ballot: check.ballot, proxy, replace });
      toasts.success(`${replace ? 'Vote replaced' : 'Vote cast'} for ${name}${proxy ? ' (proxy)' : ''}`);
      setDraft(emptyBallot(board));
      setAttempted(false);
      setProxy(false);
      setMemberId(own);
    } catch (error) {
      // Voted from another window or device in the meantime: ask, as for a known earlier vote.
      if (!replace && isVotedAlready(error)) setReplacing(true);
      else setFormError(errorMessage(error));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (memberProblem || !check.ok) return;
    if (memberId && voted.has(memberId)) setReplacing(true);
    else void cast(false);
  }

  return (
    <form className="cast-vote" onSubmit={submit} noValidate aria-label="Cast a vote">
      <div className="cast-vote-who">
        <Field label="Voting as" error={attempted ? memberProblem : null} hint={memberId && voted.has(memberId) ? `${name} has voted already; a new vote replaces it.` : undefined}>
          <MemberPicker
            label="Voting as"
            value={memberId}
            onChange={(id) => {
              setMemberId(id);
              // Entering a vote for someone else is what a proxy is.
              setProxy(own !== null && id !== null && id !== own);
            }}
          />
        </Field>
        <label className="choice proxy-choice">
          <input type="checkbox" checked={proxy} onChange={(e) => setProxy(e.target.checked)} />
          Proxy (entered for a member reached by phone or at the door)
        </label>
      </div>
      <BallotInputs board={board} draft={draft} onChange={setDraft} disabled={vote.pending} />
      {!check.ok && (
        <p className={attempted ? 'field-error' : 'field-hint'} role={attempted ? 'alert' : undefined}>
          {check.reason}
        </p>
      )}
      {formError && (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={vote.pending}>
          Cast vote
        </button>
      </div>
      <Dialog open={replacing} title={`Replace ${name}’s vote?`} onClose={() => setReplacing(false)} alert>
        <p>
          {name} has voted on this board already. Their new vote replaces the earlier one; only one is ever counted.
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setReplacing(false)}>
            Keep the earlier vote
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setReplacing(false);
              void cast(true);
            }}
          >
            Replace vote
          </button>
        </div>
      </Dialog>
    </form>
  );
}
