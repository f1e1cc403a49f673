// The minutes. While the meeting is open: co-edited live with the same editor as proposals (room
// meeting.minutesRoom), which the core pre-filled with a heading per agenda item when the meeting
// started. Once sealed, the core refuses any change to that document, so no editor is shown at all:
// the sealed record itself is, as the core renders it (the same page that prints).
import { useMemo } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { useSession } from '../../app/session-context';
import { CollaborativeEditor } from '../../components/editor-collaborative';
import { errorMessage } from '../../data/call-errors';
import { caretColour } from '../proposals/proposal-words';
import { useDocReplica } from '../proposals/use-doc-replica';
import { MinutesFrame } from './minutes-frame';

export function MinutesTab({ meeting, onStart, starting }: { meeting: MeetingDetail; onStart(): void; starting: boolean }) {
  if (meeting.sealedAt) return <SealedMinutes meeting={meeting} />;
  if (meeting.status === 'scheduled') {
    return (
      <div className="minutes-waiting">
        <p>The minutes open when the meeting starts, with a heading for each agenda item to write under. Everyone at the meeting with the app can write in them at once.</p>
        <button type="button" className="btn btn-primary" onClick={onStart} disabled={starting}>
          Start the meeting
        </button>
      </div>
    );
  }
  return <MinutesEditor room={meeting.minutesRoom} />;
}

function MinutesEditor({ room }: { room: string }) {
  const session = useSession();
  const replica = useDocReplica(room);
  const name = session.device.organiserName ?? 'An organiser';
  const user = useMemo(() => ({ name, color: caretColour(session.device.deviceId) }), [name, session.device.deviceId]);
  if (replica.kind === 'failed') {
    return (
      <section className="editor" role="region" aria-label="Minutes">
        <div className="notice notice-error" role="alert">
          The minutes could not be opened: {errorMessage(replica.error)}{' '}
          <button type="button" className="btn btn-small" onClick={replica.retry}>
            Try again
          </button>
        </div>
      </section>
    );
  }
  if (replica.kind === 'opening') return <section className="editor editor-opening" role="region" aria-label="Minutes" aria-busy="true" />;
  return <CollaborativeEditor key={replica.replica.room} replica={replica.replica} label="Minutes" user={user} placeholder="Write what was said and agreed, under each agenda item." />;
}

function SealedMinutes({ meeting }: { meeting: MeetingDetail }) {
  return (
    <div className="minutes-sealed">
      <p className="muted">These are the minutes as they were sealed when the meeting closed: they can no longer change.</p>
      <MinutesFrame meetingId={meeting.id} title="Sealed minutes" />
    </div>
  );
}
