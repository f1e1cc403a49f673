// An attendance row's id, derived from the meeting and the member: two devices checking the same
// person in (the desk and a phone, or two laptops apart) make the same row, so it syncs as one.
import { derivedId } from '../derived-id.js';

export function attendanceId(meetingId: string, memberId: string): string {
  return derivedId('att', meetingId, memberId);
}
