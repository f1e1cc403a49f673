// What a device token may do, in one place, so the row sync, the Yjs rooms and the reports all
// apply the same rules:
// - an organiser reads and writes its own chapter, nothing else;
// - an observer reads its own chapter, writes nothing;
// - a coordinator (headquarters) has no chapter and reads only reports (GET /api/chapters and,
//   later, /api/reports/...): never a chapter's rows or documents, which hold members' personal
//   data. When chapters can choose what headquarters may read, that choice lands here.
import type { DeviceIdentity } from './devices.js';

/** May this device read the rows and documents of `chapterId`? */
export function mayRead(device: DeviceIdentity, chapterId: string): boolean {
  return device.role !== 'coordinator' && device.chapterId === chapterId;
}

/** May this device read headquarters reports across chapters? */
export function mayReadReports(device: DeviceIdentity): boolean {
  return device.role === 'coordinator';
}

/** Null when the device may change data in `chapterId`; otherwise the reason, for the person. */
export function writeRefusal(device: DeviceIdentity, chapterId: string): string | null {
  if (device.role === 'observer') return 'observers cannot change data';
  if (device.role === 'coordinator') return 'coordinators read reports and cannot change chapter data';
  if (device.chapterId !== chapterId) return `this device may only change chapter ${device.chapterId}`;
  return null;
}
