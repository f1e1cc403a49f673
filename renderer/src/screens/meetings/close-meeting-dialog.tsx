// Closing a meeting seals it: the attendance list, the agenda, the minutes and every decision become
// one record with a hash, chained to this device's earlier records. Said plainly before it happens,
// with what is still open (motions without a decision) named.
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { Dialog } from '../../components/dialog';
import { countOf } from '../../locale/format';

export function CloseMeetingDialog({ meeting, open, onClose, onConfirm }: { meeting: MeetingDetail; open: boolean; onClose(): void; onConfirm(): void }) {
  const undecided = meeting.motions.filter((m) => !m.decisionId).length;
  return (
    <Dialog open={open} title="Close and seal this meeting?" onClose={onClose} alert>
      <p>
        Closing seals the minutes, the attendance ({meeting.attendanceCount} present), the agenda and the decisions ({meeting.decisions.length}) into one record
        with a hash that anyone can check later. Nothing in it can change afterwards: a correction is a new decision at a later meeting.
      </p>
      <p className="muted">Check-ins stop, the phone sign-in page closes, and the minutes become read-only on every computer.</p>
      {undecided > 0 && (
        <p className="notice notice-warning">
          {countOf(undecided, 'motion has', 'motions have')} no decision yet and will be recorded as not decided. Close {undecided === 1 ? 'it' : 'them'} first on the
          Motions tab if the room voted.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Keep it open
        </button>
        <button type="button" className="btn btn-primary" onClick={onConfirm}>
          Close and seal
        </button>
      </div>
    </Dialog>
  );
}
