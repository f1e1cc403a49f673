// "Schedule a meeting" and "Edit meeting details": title, when (in this computer's time zone), where,
// an online link if the meeting is also online, the quorum as a share of those present, and for a
// new meeting the first agenda items, one per line. Problems show beside their fields, the core's
// too; what is typed stays if the dialog is closed by mistake (until the app reloads).
import { useEffect, useState, type FormEvent } from 'react';
import type { Meeting } from '../../../../shared/contract/meetings';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { errorIssues, errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { agendaLines, draftFieldOf, emptyMeetingDraft, meetingDraftErrors, meetingFields, toLocalInput, type MeetingDraft } from './meeting-draft';

interface MeetingFormDialogProps {
  open: boolean;
  onClose(): void;
  /** The meeting to edit; none to schedule a new one. */
  meeting?: Meeting;
  onSaved(meeting: Meeting): void;
}

function draftOf(meeting: Meeting | undefined): MeetingDraft {
  if (!meeting) return emptyMeetingDraft(Date.now());
  return {
    title: meeting.title,
    startsAt: toLocalInput(meeting.startsAt),
    place: meeting.place ?? '',
    onlineLink: meeting.onlineLink ?? '',
    quorum: meeting.quorumPercent === null ? '' : String(meeting.quorumPercent),
    agenda: '',
  };
}

export function MeetingFormDialog({ open, onClose, meeting, onSaved }: MeetingFormDialogProps) {
  const editing = meeting !== undefined;
  const [draft, setDraft] = useState<MeetingDraft>(() => draftOf(meeting));
  const [shown, setShown] = useState(false);
  const [server, setServer] = useState<Partial<Record<keyof MeetingDraft, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation('meetings.create');
  const update = useMutation('meetings.update');
  const pending = create.pending || update.pending;

  // Editing starts from the meeting as it is now, each time the dialog opens.
  useEffect(() => {
    if (open && editing) setDraft(draftOf(meeting));
    if (open) {
      setShown(false);
      setServer({});
      setFormError(null);
    }
    // Only when it opens: the meeting changing underneath must not wipe what is being typed.
  }, [open]);

  const local = meetingDraftErrors(draft);
  const errorFor = (field: keyof MeetingDraft) => (shown ? (local[field as keyof typeof local] ?? server[field]) : server[field]);
  const set = (field: keyof MeetingDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServer((s) => ({ ...s, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShown(true);
    setFormError(null);
    const first = (['title', 'startsAt', 'onlineLink', 'quorum'] as const).find((f) => local[f]);
    if (first) {
      document.getElementById(`meeting-${first}`)?.focus();
      return;
    }
    try {
      const fields = meetingFields(draft);
      const saved = editing
        ? await update.run({ id: meeting.id, changes: fields })
        : await create.run({ ...fields, agenda: agendaLines(draft.agenda) });
      if (!editing) setDraft(emptyMeetingDraft(Date.now()));
      setShown(false);
      onSaved(saved);
    } catch (error) {
      const fields: Partial<Record<keyof MeetingDraft, string>> = {};
      for (const issue of errorIssues(error)) {
        const field = draftFieldOf(issue.path);
        if (field && !fields[field]) fields[field] = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
      }
      setServer(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
    }
  }

  return (
    <Dialog open={open} title={editing ? 'Edit meeting details' : 'Schedule a meeting'} onClose={onClose} className="meeting-dialog">
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Title" error={errorFor('title')}>
          <input
            id="meeting-title"
            type="text"
            value={draft.title}
            autoFocus
            autoComplete="off"
            placeholder="March general meeting"
            onChange={(e) => set('title')(e.target.value)}
          />
        </Field>
        <div className="form-grid">
          <Field label="Starts" error={errorFor('startsAt')} hint="In this computer's time zone.">
            <input id="meeting-startsAt" type="datetime-local" className="date-input" value={draft.startsAt} onChange={(e) => set('startsAt')(e.target.value)} />
          </Field>
          <Field label="Quorum (% of those present)" error={errorFor('quorum')} hint="Share of the people checked in who must take part in a vote. Empty: no quorum.">
            <input id="meeting-quorum" type="text" inputMode="numeric" value={draft.quorum} autoComplete="off" onChange={(e) => set('quorum')(e.target.value)} />
          </Field>
        </div>
        <Field label="Place" error={errorFor('place')}>
          <input id="meeting-place" type="text" value={draft.place} autoComplete="off" placeholder="Community hall, 12 Mill Street" onChange={(e) => set('place')(e.target.value)} />
        </Field>
        <Field label="Online link" error={errorFor('onlineLink')} hint="If people can also join online.">
          <input id="meeting-onlineLink" type="url" value={draft.onlineLink} autoComplete="off" placeholder="https://meet.example.org/chapter" onChange={(e) => set('onlineLink')(e.target.value)} />
        </Field>
        {!editing && (
          <Field label="Agenda" error={errorFor('agenda')} hint="One item per line. Items can be added, reordered and tied to proposals later.">
            <textarea id="meeting-agenda" rows={5} value={draft.agenda} placeholder={'Welcome\nTreasurer report\nAny other business'} onChange={(e) => set('agenda')(e.target.value)} />
          </Field>
        )}
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {editing ? 'Save details' : 'Schedule meeting'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
