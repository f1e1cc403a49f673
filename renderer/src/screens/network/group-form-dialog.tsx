// "New group" and "Edit group": an affinity group inside the chapter (a reading group, a
// neighbourhood team) is a name and a line about what it is.
import { useEffect, useState, type FormEvent } from 'react';
import type { Group } from '../../../../shared/contract/network';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { focusFirstInvalid } from '../../components/focus-invalid';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';

export function GroupFormDialog({ open, group, onClose, onSaved }: { open: boolean; group?: Group; onClose(): void; onSaved(group: Group): void }) {
  const create = useMutation('groups.create');
  const update = useMutation('groups.update');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setName(group?.name ?? '');
    setDescription(group?.description ?? '');
    setErrors({});
    setFormError(null);
  }, [open]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    if (name.trim() === '') {
      setErrors({ name: 'Give the group a name' });
      return focusFirstInvalid(form);
    }
    try {
      const saved = group
        ? await update.run({ id: group.id, changes: { name: name.trim(), description: description.trim() || null } })
        : await create.run({ name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) });
      onSaved(saved);
    } catch (error) {
      const fields = fieldErrors(error, 'changes.');
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
      else focusFirstInvalid(form);
    }
  }

  return (
    <Dialog open={open} title={group ? 'Edit group' : 'New group'} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Name" error={errors.name}>
          <input type="text" value={name} autoFocus autoComplete="off" placeholder="Northside neighbourhood team" onChange={(e) => (setName(e.target.value), setErrors({}))} />
        </Field>
        <Field label="Description" error={errors.description} hint="Optional: what the group does, where it meets.">
          <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
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
            {group ? 'Save group' : 'Create group'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
