// "New partner" and "Edit partner": a partner organisation's name, what they work on, the people
// to contact there, their website and notes. Problems show beside their fields, the core's too.
import { useEffect, useState, type FormEvent } from 'react';
import type { Partner } from '../../../../shared/contract/network';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { focusFirstInvalid } from '../../components/focus-invalid';
import { TokenInput } from '../../components/token-input';
import { capitalise, errorIssues, errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { emptyContact, emptyPartnerDraft, partnerDraftErrors, partnerDraftOf, partnerErrorKey, partnerFields, type ContactDraft, type PartnerDraft } from './partner-draft';

interface PartnerFormDialogProps {
  open: boolean;
  partner?: Partner;
  /** Topics already used in the directory, suggested as they are typed. */
  topics: string[];
  onClose(): void;
  onSaved(partner: Partner): void;
}

export function PartnerFormDialog({ open, partner, topics, onClose, onSaved }: PartnerFormDialogProps) {
  const create = useMutation('partners.create');
  const update = useMutation('partners.update');
  const [draft, setDraft] = useState<PartnerDraft>(emptyPartnerDraft);
  const [shown, setShown] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setDraft(partner ? partnerDraftOf(partner) : emptyPartnerDraft());
    setShown(false);
    setServer({});
    setFormError(null);
  }, [open]);

  const local = partnerDraftErrors(draft);
  const errorFor = (key: string) => (shown ? (local[key] ?? server[key]) : server[key]);
  const set = <K extends keyof PartnerDraft>(field: K, value: PartnerDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServer({});
  };
  const setContact = (i: number, change: Partial<ContactDraft>) => set('contacts', draft.contacts.map((c, j) => (j === i ? { ...c, ...change } : c)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setShown(true);
    setFormError(null);
    if (Object.keys(local).length > 0) return focusFirstInvalid(form);
    const fields = partnerFields(draft);
    // Empty contact rows are dropped, so the core's row numbers match the rows left on screen.
    setDraft((d) => ({ ...d, contacts: fields.contacts.map((c) => ({ name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })) }));
    try {
      const saved = partner ? await update.run({ id: partner.id, changes: fields }) : await create.run(fields);
      setShown(false);
      onSaved(saved);
    } catch (error) {
      const found: Record<string, string> = {};
      for (const issue of errorIssues(error)) {
        const key = partnerErrorKey(issue.path);
        if (key && !found[key]) found[key] = capitalise(issue.message);
      }
      setServer(found);
      if (Object.keys(found).length === 0) setFormError(errorMessage(error));
      else focusFirstInvalid(form);
    }
  }

  return (
    <Dialog open={open} title={partner ? 'Edit partner' : 'New partner'} onClose={onClose} className="dialog-wide">
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Name" error={errorFor('name')}>
          <input type="text" value={draft.name} autoFocus autoComplete="off" placeholder="Eastside Tenants Union" onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field label="Works on" error={errorFor('worksOn')} hint="Short topics, like housing or transit. Enter or a comma adds one.">
          <TokenInput value={draft.worksOn} onChange={(v) => set('worksOn', v)} suggestions={topics} noun="topic" />
        </Field>
        <Field label="Description" error={errorFor('description')}>
          <textarea rows={2} value={draft.description} onChange={(e) => set('description', e.target.value)} />
        </Field>
        <fieldset className="form-section contacts-section">
          <legend>Contacts</legend>
          {draft.contacts.length === 0 && <p className="muted form-note">No contacts yet.</p>}
          <ul className="contact-rows">
            {draft.contacts.map((c, i) => (
              <li key={i} role="group" aria-label={c.name.trim() ? `Contact ${c.name.trim()}` : `Contact ${i + 1}`}>
                <Field label="Contact name" error={errorFor(`contacts.${i}.name`)} className="label-hidden">
                  <input type="text" placeholder="Name" value={c.name} autoComplete="off" onChange={(e) => setContact(i, { name: e.target.value })} />
                </Field>
                <Field label="Role" error={errorFor(`contacts.${i}.role`)} className="label-hidden">
                  <input type="text" placeholder="Role" value={c.role} autoComplete="off" onChange={(e) => setContact(i, { role: e.target.value })} />
                </Field>
                <Field label="Contact e-mail" error={errorFor(`contacts.${i}.email`)} className="label-hidden">
                  <input type="email" placeholder="E-mail" value={c.email} autoComplete="off" onChange={(e) => setContact(i, { email: e.target.value })} />
                </Field>
                <Field label="Contact phone" error={errorFor(`contacts.${i}.phone`)} className="label-hidden">
                  <input type="tel" placeholder="Phone" value={c.phone} autoComplete="off" onChange={(e) => setContact(i, { phone: e.target.value })} />
                </Field>
                <button type="button" className="icon-btn" aria-label={`Remove contact ${c.name.trim() || i + 1}`} onClick={() => set('contacts', draft.contacts.filter((_, j) => j !== i))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="btn btn-small" onClick={() => set('contacts', [...draft.contacts, { ...emptyContact }])}>
            Add contact
          </button>
        </fieldset>
        <Field label="Website" error={errorFor('website')}>
          <input type="url" value={draft.website} autoComplete="off" placeholder="https://" onChange={(e) => set('website', e.target.value)} />
        </Field>
        <Field label="Notes" error={errorFor('notes')}>
          <textarea rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
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
          <button type="submit" className="btn btn-primary" disabled={create.pending || update.pending}>
            {partner ? 'Save partner' : 'Add partner'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
