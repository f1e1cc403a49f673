// A meeting's status as a small coloured badge ("Scheduled", "In progress", "Closed and sealed").
import type { MeetingStatus } from '../../../../shared/contract/meetings';
import { meetingStatusLabels, meetingStatusTones } from './meeting-words';

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge badge-status tone-${meetingStatusTones[status]}`}>{meetingStatusLabels[status]}</span>;
}
