// An attendance row's id, derived from the meeting and the member: two devices checking the same
// person in (the desk and a phone, or two laptops apart) make the same row, so it syncs as one.
import { createHash } from 'node:crypto';

export function attendanceId(meetingId: string, memberId: string): string {
  return `att-${createHash('sha256').update(`${meetingId}\u0000${memberId}`).digest('hex').slice(0, 40)}`;
}
