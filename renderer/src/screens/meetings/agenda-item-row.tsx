// One agenda item: its number and title, a tick when done, the proposal it is about (with "Close the
// vote" when that proposal's vote is open), notes saved when the field is left, and the buttons that
// move or remove it. Alt+Up and Alt+Down move it from anywhere inside it but the notes.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { AgendaItem, MeetingDetail } from '../../../../shared/contract/meetings';
import type { Proposal } from '../../../../shared/contract/proposals';
import { useRoute } from '../../app/routes';
import { Dialog } from '../../components/dialog';
import { ProposalStatusBadge } from '../../components/proposal-status-badge';
import { useToasts } from '../../components/toasts';
import { outcomeInWords } from '../../components/vote-words';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { shortHash } from './meeting-words';

export type MoveControl = 'up' | 'down' | 'row';

interface AgendaItemRowProps {
  item: AgendaItem;
  index: number;
  count: number;
  meeting: MeetingDetail;
  /** The proposal the item is tied to, as listed now (null while unknown or when there is none). */
  proposal: Proposal | null;
  onMove(delta: -1 | 1, control: MoveControl): void;
  onRemove(): void;
}

export function AgendaItemRow({ item, index, count, meeting, proposal, onMove, onRemove }: AgendaItemRowProps) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const titleId = useId();
  const sealed = meeting.sealedAt !== null;
  const update = useMutation('agenda.update');
  const decisions = meeting.decisions.filter((d) => d.agendaItemId === item.id);
  const boardOpen = !sealed && proposal !== null && proposal.board !== null && proposal.status === 'voting';
  const [closingVote, setClosingVote] = useState(false);
  // The tick shows at once; the item read back takes over once it agrees.
  const [doneShown, setDoneShown] = useState<boolean | null>(null);
  const done = doneShown ?? item.doneAt !== null;
  useEffect(() => {
    if (doneShown !== null && doneShown === (item.doneAt !== null)) setDoneShown(null);
  }, [doneShown, item.doneAt]);

  async function setDone(next: boolean) {
    setDoneShown(next);
    try {
      await update.run({ id: item.id, done: next });
    } catch (error) {
      setDoneShown(null);
      toasts.error(errorMessage(error));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (sealed || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if ((event.target as HTMLElement).tagName === 'TEXTAREA') return;
    event.preventDefault();
    const target = event.target as HTMLElement;
    const control: MoveControl = target.id.endsWith('-up') ? 'up' : target.id.endsWith('-down') ? 'down' : 'row';
    onMove(event.key === 'ArrowUp' ? -1 : 1, control);
  }

  return (
    <li id={`agenda-${item.id}-row`} className={`agenda-item ${done ? 'is-done' : ''}`} aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="agenda-item-head">
        <span className="agenda-number" aria-hidden="true">
          {index + 1}.
        </span>
        {sealed ? (
          <span className={`agenda-done-mark ${item.doneAt ? 'is-done' : ''}`} aria-label={item.doneAt ? 'Done' : 'Not done'} role="img">
            {item.doneAt ? '✓' : '○'}
          </span>
        ) : (
          <input type="checkbox" className="agenda-done" aria-label={`Done: ${item.title}`} checked={done} onChange={(e) => void setDone(e.target.checked)} />
        )}
        <span id={titleId} className="agenda-title">
          {item.title}
        </span>
        {!sealed && (
          <div className="agenda-controls" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown">
            <button
              id={`agenda-${item.id}-up`}
              type="button"
              className="icon-btn"
              aria-label={`Move ${item.title} up`}
              aria-disabled={index === 0 ? true : undefined}
              aria-keyshortcuts="Alt+ArrowUp"
              title="Move up (Alt+↑)"
              onClick={() => index > 0 && onMove(-1, 'up')}
            >
              ↑
            </button>
            <button
              id={`agenda-${item.id}-down`}
              type="button"
              className="icon-btn"
              aria-label={`Move ${item.title} down`}
              aria-disabled={index === count - 1 ? true : undefined}
              aria-keyshortcuts="Alt+ArrowDown"
              title="Move down (Alt+↓)"
              onClick={() => index < count - 1 && onMove(1, 'down')}
            >
              ↓
            </button>
            <button type="button" className="icon-btn" aria-label={`Remove ${item.title}`} title="Remove" onClick={onRemove}>
              ×
            </button>
          </div>
        )}
      </div>
      {item.proposalId && (
        <p className="agenda-proposal">
          Proposal:{' '}
          <a
            href={`#proposal-${item.proposalId}`}
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'proposal', id: item.proposalId! });
            }}
          >
            {item.proposalTitle ?? proposal?.title ?? 'a proposal'}
          </a>{' '}
          {proposal && <ProposalStatusBadge status={proposal.status} />}
          {boardOpen && (
            <button type="button" className="btn btn-small" aria-label={`Close the vote on ${proposal!.title} in this meeting`} onClick={() => setClosingVote(true)}>
              Close the vote here
            </button>
          )}
        </p>
      )}
      {decisions.map((d) => (
        <p key={d.id} className="agenda-decision">
          <strong>Decided: {outcomeInWords(d.outcome)}</strong>
          {d.method && d.method !== 'motion' ? ' (vote board)' : ''}
          {d.hash && (
            <>
              {' · '}
              <code className="hash" title={d.hash}>
                {shortHash(d.hash)}
              </code>
            </>
          )}
        </p>
      ))}
      <AgendaNotes item={item} sealed={sealed} />
      {boardOpen && proposal && <CloseVoteDialog open={closingVote} onClose={() => setClosingVote(false)} proposal={proposal} item={item} meeting={meeting} />}
    </li>
  );
}

/** The item's notes: saved when the field is left; another device's notes show unless typing here. */
function AgendaNotes({ item, sealed }: { item: AgendaItem; sealed: boolean }) {
  const toasts = useToasts();
  const update = useMutation('agenda.update');
  const [text, setText] = useState(item.notes ?? '');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!editing) setText(item.notes ?? '');
  }, [item.notes, editing]);

  if (sealed) return item.notes ? <p className="agenda-notes-text">{item.notes}</p> : null;

  async function save() {
    setEditing(false);
    const notes = text.trim() === '' ? null : text;
    if (notes === (item.notes ?? null)) return;
    try {
      await update.run({ id: item.id, notes });
      setSaved(true);
      setTimeout(() => setSaved(false), 2000);
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <div className="agenda-notes">
      <textarea
        aria-label={`Notes on ${item.title}`}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        placeholder="Notes on this item (saved when you leave the field)"
        value={text}
        onFocus={() => setEditing(true)}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
      />
      <span className="muted agenda-notes-saved" role="status">
        {saved ? 'Notes saved' : ''}
      </span>
    </div>
  );
}

function CloseVoteDialog({ open, onClose, proposal, item, meeting }: { open: boolean; onClose(): void; proposal: Proposal; item: AgendaItem; meeting: MeetingDetail }) {
  const toasts = useToasts();
  const close = useMutation('proposals.close');
  const byAttendance = proposal.board?.quorum?.kind === 'attendance';

  async function closeVote() {
    onClose();
    try {
      const decision = await close.run({ id: proposal.id, meetingId: meeting.id, agendaItemId: item.id });
      toasts.success(`Decision recorded on ${proposal.title}: ${outcomeInWords(decision.outcome)}`);
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <Dialog open={open} title="Close the vote in this meeting?" onClose={onClose} alert>
      <p>
        The votes on “{proposal.title}” are counted now and the decision is recorded under “{item.title}”, with its tally and a hash. No more votes are taken
        after this, and a decision is never edited.
      </p>
      {byAttendance && <p className="muted">Its quorum counts this meeting’s attendance: {meeting.attendanceCount} present now.</p>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Keep it open
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void closeVote()}>
          Close and record the decision
        </button>
      </div>
    </Dialog>
  );
}
