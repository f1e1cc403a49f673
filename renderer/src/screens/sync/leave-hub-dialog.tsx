// Leaving a hub cannot be undone from here: the device's token is forgotten and joining again takes
// a new invite. So, unlike the app's other destructive actions, it asks first, and says what stays.
import { useState } from 'react';
import type { HubState } from '../../../../shared/contract/sync';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { countOf } from '../../locale/format';

export function LeaveHubDialog({ hub, onClose }: { hub: HubState; onClose(): void }) {
  const leave = useMutation('sync.leave');
  const toasts = useToasts();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      await leave.run({ hubId: hub.id });
      toasts.success(`Left ${hub.url}`);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Dialog open alert title="Leave this hub?" onClose={onClose}>
      <div className="stack">
        <p>
          This computer stops syncing with <strong className="mono">{hub.url}</strong>. Everything already on this computer stays here.
        </p>
        {hub.pending > 0 && (
          <p>
            {countOf(hub.pending, 'change', 'changes')} this hub has not received yet will stay on this computer only, unless another hub carries them.
          </p>
        )}
        <p className="muted">To sync with this hub again you will need a new invite code from its organiser.</p>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="button" className="btn btn-danger-solid" onClick={confirm} disabled={leave.pending}>
            {leave.pending ? 'Leaving…' : 'Leave hub'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
