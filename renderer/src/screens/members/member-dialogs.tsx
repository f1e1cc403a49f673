// The two profile actions that need a word first: merging (pick the member to keep) and erasing
// personal data (irreversible, so it is the one place that asks "are you sure").
import { useState } from 'react';
import type { Member } from '../../../../shared/contract/members';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { MemberPicker } from '../../components/member-picker';
import { memberName } from '../../components/member-name';
import { errorMessage } from '../../data/call-errors';

interface MergeDialogProps {
  member: Member;
  onClose(): void;
  onMerge(intoId: string): Promise<void>;
}

export function MergeDialog({ member, onClose, onMerge }: MergeDialogProps) {
  const [intoId, setIntoId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = memberName(member);
  return (
    <Dialog open title={`Merge ${name} into…`} onClose={onClose}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!intoId) return;
          setBusy(true);
          try {
            await onMerge(intoId);
          } catch (err) {
            setError(errorMessage(err));
            setBusy(false);
          }
        }}
      >
        <p className="muted">
          Pick the member to keep. {name}’s details fill that member’s empty fields, tags and custom fields are combined, and the members {name}{' '}
          recruited move over. {name} then leaves the roster.
        </p>
        <Field label="Member to keep" error={error}>
          <MemberPicker label="Member to keep" value={intoId} excludeId={member.id} autoFocus onChange={(id) => { setIntoId(id); setError(null); }} />
        </Field>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!intoId || busy}>
            Merge
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function EraseDialog({ member, onClose, onErase }: { member: Member; onClose(): void; onErase(): Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = memberName(member);
  return (
    <Dialog open alert title={`Erase ${name}’s personal data?`} onClose={onClose}>
      <div className="stack">
        <p>
          This removes {name}’s name, contact details, address, notes, tags and custom fields for good, on this computer and on every copy it syncs
          with. <strong>It cannot be undone.</strong>
        </p>
        <p className="muted">To take someone off the roster but keep their record, use Delete instead.</p>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-danger-solid"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onErase();
              } catch (err) {
                setError(errorMessage(err));
                setBusy(false);
              }
            }}
          >
            Erase permanently
          </button>
        </div>
      </div>
    </Dialog>
  );
}
