// "New proposal": title, summary, tags, the member who advocates it, and optionally a first text
// (co-edited on the proposal's page afterwards). What is typed is kept if the dialog closes.
import { useState, type FormEvent } from 'react';
import type { Proposal } from '../../../../shared/contract/proposals';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { TokenInput } from '../../components/token-input';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { useStoredDraft } from './use-stored-draft';

interface NewProposalDraft {
  title: string;
  summary: string;
  tags: string[];
  advocateId: string | null;
  body: string;
}

const empty: NewProposalDraft = { title: '', summary: '', tags: [], advocateId: null, body: '' };

function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'Give the proposal a title';
  if (title.trim().length > 300) return `Shorten the title to 300 characters (it has ${title.trim().length})`;
  return null;
}

export function NewProposalDialog({ open, onClose, onCreated, tagSuggestions }: { open: boolean; onClose(): void; onCreated(p: Proposal): void; tagSuggestions: string[] }) {
  const [draft, update, clear] = useStoredDraft<NewProposalDraft>('proposal.new', empty);
  const [touched, setTouched] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation('proposals.create');
  const titleError = (touched ? titleProblem(draft.title) : null) ?? server.title ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setFormError(null);
    if (titleProblem(draft.title)) {
      document.getElementById('new-proposal-title')?.focus();
      return;
    }
    try {
      const proposal = await create.run({
        title: draft.title.trim(),
        ...(draft.summary.trim() ? { summary: draft.summary.trim() } : {}),
        tags: draft.tags,
        ...(draft.advocateId ? { advocateId: draft.advocateId } : {}),
        ...(draft.body.trim() ? { body: draft.body } : {}),
      });
      clear();
      setTouched(false);
      onCreated(proposal);
    } catch (error) {
      const fields = fieldErrors(error);
      setServer(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
    }
  }

  return (
    <Dialog open={open} title="New proposal" onClose={onClose} className="proposal-dialog">
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Title" error={titleError}>
          <input
            id="new-proposal-title"
            type="text"
            value={draft.title}
            autoFocus
            autoComplete="off"
            placeholder="What should the chapter do?"
            onChange={(e) => update((d) => ({ ...d, title: e.target.value }))}
            onBlur={() => draft.title !== '' && setTouched(true)}
          />
        </Field>
        <Field label="Summary" error={server.summary} hint="One or two sentences: what and why.">
          <textarea rows={3} value={draft.summary} onChange={(e) => update((d) => ({ ...d, summary: e.target.value }))} />
        </Field>
        <div className="form-grid">
          <Field label="Tags" error={server.tags} hint="Enter or comma after each tag.">
            <TokenInput value={draft.tags} suggestions={tagSuggestions} onChange={(tags) => update((d) => ({ ...d, tags }))} />
          </Field>
          <Field label="Advocate" error={server.advocateId} hint="The member who speaks for it.">
            <MemberPicker label="Advocate" value={draft.advocateId} onChange={(id) => update((d) => ({ ...d, advocateId: id }))} />
          </Field>
        </div>
        <Field label="Body" error={server.body} hint="Optional: the full text, co-edited live on the proposal's page afterwards.">
          <textarea rows={6} value={draft.body} onChange={(e) => update((d) => ({ ...d, body: e.target.value }))} />
        </Field>
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.pending}>
            Create proposal
          </button>
        </div>
      </form>
    </Dialog>
  );
}
