// A device's push: every message is checked on its own and either accepted (stored, or already
// stored: messages are idempotent by id) or rejected by id with a reason the device can show.
// Nothing a device sends is trusted: the shared schema validates it, the token decides what it
// may change, and a stamp far ahead of the hub's clock is refused (accepting it would make every
// later edit by anyone lose to it).
import { MAX_DRIFT_MS, parseHlc } from '../../shared/hlc.js';
import { changeMessageSchema, type ChangeMessage } from '../../shared/replication/messages.js';
import type { AckFrame, ChangesFrame, Rejection } from '../../shared/sync/protocol.js';
import { writeRefusal } from '../auth/access.js';
import type { DeviceIdentity } from '../auth/devices.js';
import type { ChapterWriter } from './chapter-writer.js';

export interface PushResult {
  ack: AckFrame;
  /** Newly stored messages, one frame per chapter, for the other connected devices. */
  live: ChangesFrame[];
}

export async function handlePush(
  writer: ChapterWriter,
  device: DeviceIdentity,
  ref: number,
  raw: unknown[],
  now: () => number = Date.now,
): Promise<PushResult> {
  const rejected: Rejection[] = [];
  const byChapter = new Map<string, ChangeMessage[]>();
  const hubTime = now();
  raw.forEach((candidate, index) => {
    const checked = checkMessage(device, candidate, hubTime);
    if ('reason' in checked) {
      rejected.push({ id: idOf(candidate, index), reason: checked.reason });
      return;
    }
    const list = byChapter.get(checked.message.chapter) ?? [];
    list.push(checked.message);
    byChapter.set(checked.message.chapter, list);
  });

  const accepted: string[] = [];
  const live: ChangesFrame[] = [];
  for (const [chapter, messages] of byChapter) {
    const result = await writer.store(chapter, messages, device.id);
    accepted.push(...result.stored);
    for (const id of result.foreignIds) rejected.push({ id, reason: 'this message id is already used by another chapter: the message was not stored' });
    if (result.live) live.push(result.live);
  }
  return { ack: { type: 'ack', ref, accepted, rejected, hubTime: now() }, live };
}

function checkMessage(device: DeviceIdentity, candidate: unknown, hubTime: number): { message: ChangeMessage } | { reason: string } {
  const parsed = changeMessageSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { reason: `invalid message: ${where}${issue?.message ?? 'not a change message'}` };
  }
  const message = parsed.data;
  const refusal = writeRefusal(device, message.chapter);
  if (refusal) return { reason: refusal };
  // The schema already ties a chapters row to its own chapter; checked again here because this
  // is the rule that keeps a device from renaming or deleting someone else's chapter.
  if (message.table === 'chapters' && message.row !== device.chapterId) {
    return { reason: `this device may only change its own chapter's record (${device.chapterId})` };
  }
  const ahead = parseHlc(message.hlc)!.millis - hubTime;
  if (ahead > MAX_DRIFT_MS) {
    return { reason: `stamped ${Math.round(ahead / 1000)} s ahead of the hub's clock: check this computer's clock` };
  }
  return { message };
}

/** The id a rejection is reported under: the message's own, or its position when it has none. */
function idOf(candidate: unknown, index: number): string {
  const id = (candidate as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index}`;
}
