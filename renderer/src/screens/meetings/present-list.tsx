// Who is here: everyone checked in, newest first, with how they came in (desk, kiosk, phone), who
// signed up at the door, and pledges made there. A check-in made by mistake is undone from here
// while the meeting is not sealed.
import type { Attendee } from '../../../../shared/contract/meetings';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { formatMoment } from '../../locale/format';
import { viaLabels } from './meeting-words';

export function PresentList({ meetingId, attendees, sealed }: { meetingId: string; attendees: Attendee[]; sealed: boolean }) {
  const toasts = useToasts();
  const undo = useMutation('attendance.undo');
  const newestFirst = [...attendees].reverse();
  const walkIns = attendees.filter((a) => a.walkIn).length;

  async function undoCheckIn(attendee: Attendee) {
    try {
      await undo.run({ meetingId, memberId: attendee.memberId });
      toasts.success(`${attendee.name} is no longer checked in`);
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <section className="present" aria-labelledby="present-title">
      <h2 id="present-title">
        Present <span className="muted">{attendees.length}</span>
      </h2>
      <p className="muted present-summary" role="status">
        {attendees.length === 0 ? 'Nobody is checked in yet.' : `${attendees.length} present${walkIns ? `, ${walkIns} signed up at the door` : ''}`}
      </p>
      {attendees.length > 0 && (
        <ul className="present-list" aria-label="Present">
          {newestFirst.map((a) => (
            <li key={a.memberId} className="present-row" aria-label={a.name}>
              <div className="present-main">
                <span className="present-name">{a.name}</span>
                {a.walkIn && <span className="badge badge-member">New</span>}
                <span className="muted">
                  {a.checkedInAt ? formatMoment(a.checkedInAt) : ''} {a.via ? viaLabels[a.via] : ''}
                  {a.pledgeNote ? ` · pledged ${a.pledgeNote}` : ''}
                </span>
              </div>
              {!sealed && (
                <button type="button" className="btn btn-small btn-ghost" aria-label={`Undo check-in of ${a.name}`} onClick={() => void undoCheckIn(a)} disabled={undo.pending}>
                  Undo
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
