// Attendance: the desk's check-in finder and walk-in form on one side, who is present on the other,
// and the two ways to let attendees sign themselves in: their phones, or this computer as a kiosk.
// Once the meeting is sealed only the list remains.
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { useToasts } from '../../components/toasts';
import { CheckInFinder } from './check-in-finder';
import { KioskStartDialog } from './kiosk-start-dialog';
import { signUpInWords } from './meeting-words';
import { PhoneSignInPanel } from './phone-signin-panel';
import { PresentList } from './present-list';
import { WalkInForm } from './walk-in-form';

export function AttendanceTab({ meeting }: { meeting: MeetingDetail }) {
  const toasts = useToasts();
  const [kiosk, setKiosk] = useState(false);
  const sealed = meeting.sealedAt !== null;
  if (sealed) {
    return (
      <div className="attendance attendance-sealed">
        <PresentList meetingId={meeting.id} attendees={meeting.attendees} sealed />
      </div>
    );
  }
  return (
    <div className="attendance-tab">
      <div className="attendance-tools">
        <PhoneSignInPanel meetingId={meeting.id} sealed={sealed} />
        <section className="attendance-tool kiosk-start" aria-labelledby="kiosk-start-title">
          <h2 id="kiosk-start-title">Kiosk</h2>
          <p className="muted">Hand this computer to the people arriving: it shows only the sign-in form until your PIN is given.</p>
          <button type="button" className="btn" onClick={() => setKiosk(true)}>
            Kiosk mode
          </button>
        </section>
      </div>
      <div className="attendance">
        <div className="attendance-desk">
          <CheckInFinder meetingId={meeting.id} />
          <WalkInForm meetingId={meeting.id} via="desk" title="Walk-in" submitLabel="Sign up and check in" onSignedUp={(result) => toasts.success(signUpInWords(result))} />
        </div>
        <PresentList meetingId={meeting.id} attendees={meeting.attendees} sealed={false} />
      </div>
      <KioskStartDialog meetingId={meeting.id} open={kiosk} onClose={() => setKiosk(false)} />
    </div>
  );
}
