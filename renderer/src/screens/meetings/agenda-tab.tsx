// The agenda: items in order, each optionally tied to a proposal, with notes taken as the meeting
// goes and a tick when done. Items move with their buttons or Alt+Up/Down from anywhere in the
// item; the new order shows at once and is saved behind it. An item tied to a proposal whose vote
// is open can close that vote here, counted against this meeting's attendance.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { AgendaItem, MeetingDetail } from '../../../../shared/contract/meetings';
import type { Proposal } from '../../../../shared/contract/proposals';
import { useToasts } from '../../components/toasts';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { useMutation } from '../../data/use-mutation';
import { useQuery } from '../../data/use-query';
import { moveItem } from './agenda-order';
import { AgendaItemRow, type MoveControl } from './agenda-item-row';

export function AgendaTab({ meeting }: { meeting: MeetingDetail }) {
  const api = useApi();
  const toasts = useToasts();
  const sealed = meeting.sealedAt !== null;
  const proposals = useQuery('proposals.list', sealed ? null : {}, { tables: ['proposals', 'decisions'] });
  const proposalsById = useMemo(() => new Map((proposals.data ?? []).map((p) => [p.id, p])), [proposals.data]);
  const reorder = useMutation('agenda.reorder');
  // The order shown while a move is saved, so the item moves at once.
  const [order, setOrder] = useState<string[] | null>(null);
  const focusAfterMove = useRef<{ id: string; control: MoveControl } | null>(null);

  const items = useMemo(() => {
    if (!order) return meeting.agenda;
    const byId = new Map(meeting.agenda.map((i) => [i.id, i]));
    const shown = order.map((id) => byId.get(id)).filter((i): i is AgendaItem => i !== undefined);
    return [...shown, ...meeting.agenda.filter((i) => !order.includes(i.id))];
  }, [order, meeting.agenda]);

  // Once the saved order has come back, the meeting's own order takes over again.
  useEffect(() => {
    if (order && meeting.agenda.map((i) => i.id).join() === order.join()) setOrder(null);
  }, [order, meeting.agenda]);

  // A moved row's DOM node may be taken out and put back, which drops focus: put it back.
  useLayoutEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    const element = document.getElementById(`agenda-${target.id}-${target.control}`);
    if (element && document.activeElement !== element) element.focus();
  }, [items]);

  async function move(id: string, delta: -1 | 1, control: MoveControl) {
    const next = moveItem(
      items.map((i) => i.id),
      id,
      delta,
    );
    if (!next) return;
    focusAfterMove.current = { id, control };
    setOrder(next);
    try {
      await reorder.run({ meetingId: meeting.id, order: next });
    } catch (error) {
      setOrder(null);
      toasts.error(errorMessage(error));
    }
  }

  async function remove(item: AgendaItem) {
    const at = items.findIndex((i) => i.id === item.id);
    try {
      await api.call('agenda.remove', { id: item.id });
      toasts.show({
        kind: 'success',
        message: `Removed “${item.title}” from the agenda`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              const back = await api.call('agenda.add', { meetingId: meeting.id, title: item.title, ...(item.proposalId ? { proposalId: item.proposalId } : {}) });
              if (item.notes) await api.call('agenda.update', { id: back.id, notes: item.notes });
              const ids = items.filter((i) => i.id !== item.id).map((i) => i.id);
              ids.splice(at, 0, back.id);
              await api.call('agenda.reorder', { meetingId: meeting.id, order: ids });
            } catch (error) {
              toasts.error(errorMessage(error));
            }
          },
        },
      });
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <div className="agenda">
      {items.length === 0 ? (
        <p className="muted agenda-empty">{sealed ? 'This meeting had no agenda.' : 'No items yet. Add the first below: each can be tied to a proposal.'}</p>
      ) : (
        <ol className="agenda-list" aria-label="Agenda">
          {items.map((item, i) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              index={i}
              count={items.length}
              meeting={meeting}
              proposal={item.proposalId ? (proposalsById.get(item.proposalId) ?? null) : null}
              onMove={(delta, control) => void move(item.id, delta, control)}
              onRemove={() => void remove(item)}
            />
          ))}
        </ol>
      )}
      {!sealed && <AddItemForm meetingId={meeting.id} proposals={proposals.data ?? []} />}
    </div>
  );
}

function AddItemForm({ meetingId, proposals }: { meetingId: string; proposals: Proposal[] }) {
  const [title, setTitle] = useState('');
  const [proposalId, setProposalId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation('agenda.add');
  const titleRef = useRef<HTMLInputElement>(null);
  const open = proposals.filter((p) => p.status !== 'done' && p.status !== 'dropped');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const proposal = proposals.find((p) => p.id === proposalId);
    const name = title.trim() || proposal?.title || '';
    if (!name) {
      setError('Give the item a title, or pick a proposal');
      titleRef.current?.focus();
      return;
    }
    try {
      await add.run({ meetingId, title: name, ...(proposalId ? { proposalId } : {}) });
      setTitle('');
      setProposalId('');
      setError(null);
      titleRef.current?.focus();
    } catch (e) {
      setError(fieldErrors(e).title ?? errorMessage(e));
    }
  }

  return (
    <form className="agenda-add" aria-label="Add an agenda item" onSubmit={submit} noValidate>
      <input
        ref={titleRef}
        type="text"
        aria-label="New agenda item"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'agenda-add-error' : undefined}
        placeholder="New agenda item"
        value={title}
        autoComplete="off"
        onChange={(e) => {
          setTitle(e.target.value);
          setError(null);
        }}
      />
      <select aria-label="Tied to a proposal" value={proposalId} onChange={(e) => setProposalId(e.target.value)}>
        <option value="">No proposal</option>
        {open.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      <button type="submit" className="btn" disabled={add.pending}>
        Add item
      </button>
      {error && (
        <p className="field-error agenda-add-error" id="agenda-add-error">
          {error}
        </p>
      )}
    </form>
  );
}
