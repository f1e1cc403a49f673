// Sync: the hubs this device has joined, what waits to be sent, what a hub refused, and the
// headquarters view for coordinators.
import { z } from 'zod';
import { method } from './define.js';

export const hubStateSchema = z.object({
  id: z.string(),
  url: z.string(),
  role: z.enum(['organiser', 'observer', 'coordinator']),
  chapterId: z.string().nullable(),
  connected: z.boolean(),
  /** Changes made on this computer that this hub has not acknowledged yet. */
  pending: z.number().int(),
  lastSyncAt: z.string().nullable(),
  lastError: z.string().nullable(),
  clockWarning: z.string().nullable(),
  /** Who else is syncing this chapter through the hub right now (their devices' names). */
  online: z.array(z.string()),
});
export type HubState = z.infer<typeof hubStateSchema>;

export const syncStatusSchema = z.object({
  hubs: z.array(hubStateSchema),
  /** Changes saved only on this computer: no hub has acknowledged them yet. */
  pending: z.number().int(),
  rejected: z.number().int(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const rejectionSchema = z.object({
  hubId: z.string(),
  messageId: z.string(),
  table: z.string(),
  rowId: z.string(),
  reason: z.string(),
  rejectedAt: z.string(),
});

export const headquartersChapterSchema = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.number().int(),
  lastSyncAt: z.string().nullable(),
});

export const meetingHubSchema = z.object({
  addresses: z.array(z.string()),
  invite: z.string(),
  qrSvg: z.string(),
});
export type MeetingHub = z.infer<typeof meetingHubSchema>;

export const syncContract = {
  'sync.status': method({ input: z.object({}), output: syncStatusSchema, writes: false }),
  'sync.join': method({
    input: z.object({
      hubUrl: z.string().trim().min(1, 'enter the hub’s address').max(500),
      invite: z.string().trim().min(1, 'enter the invite code').max(500),
      /** Link the current chapter to the hub's chapter instead of adding the hub's beside it. */
      linkCurrentChapter: z.boolean().default(false),
      allowInsecure: z.boolean().default(false),
    }),
    /** With the device's id and token at the hub, which scripts (`join --json`) print. */
    output: hubStateSchema.extend({ deviceId: z.string(), token: z.string() }),
    writes: true,
  }),
  /** Forgets a hub: this device stops syncing with it (its data stays here). */
  'sync.leave': method({ input: z.object({ hubId: z.string().min(1) }), output: z.object({ hubId: z.string() }), writes: true }),
  /** Starts a hub for the current chapter on this computer's network, for a meeting. */
  'sync.hostStart': method({ input: z.object({ port: z.number().int().min(0).max(65535).default(0) }), output: meetingHubSchema, writes: true }),
  /** Another single-use invite for the next device at the meeting. */
  'sync.hostInvite': method({ input: z.object({}), output: meetingHubSchema, writes: false }),
  'sync.hostStop': method({ input: z.object({}), output: z.object({ stopped: z.boolean() }), writes: true }),
  'sync.hosting': method({ input: z.object({}), output: meetingHubSchema.nullable(), writes: false }),
  'sync.rejections': method({ input: z.object({}), output: z.array(rejectionSchema), writes: false }),
  'hq.chapters': method({ input: z.object({}), output: z.array(headquartersChapterSchema), writes: false }),
};
