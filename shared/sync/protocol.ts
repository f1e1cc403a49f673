// The row-sync protocol between a device and a hub, over one WebSocket at
// `ws(s)://HOST:PORT/sync?token=TOKEN`. Frames are JSON, validated on both ends.
//
// device → hub   push     messages the hub has not acknowledged yet (idempotent by id)
//                pull     "send me what you stored after `after`" (a hub sequence number)
// hub → device   ack      for a push: accepted ids, rejected ids with reasons, the hub's clock
//                presence the devices syncing the chapter now (who else is online)
//                changes  stored messages after a cursor, with the new cursor; also sent
//                         unasked when other devices' changes arrive (live updates)
//                error    a frame the hub could not take at all
//
// The cursor is a sequence number the hub assigns as it stores messages, never a clock value: a
// device back from a week offline pushes old timestamps, and must still be pulled by others.
import { z } from 'zod';
import { changeMessageSchema } from '../replication/messages.js';

export const MAX_PUSH = 2000;
export const MAX_PULL = 5000;

export const pushFrameSchema = z.object({
  type: z.literal('push'),
  /** Echoed in the ack, so the device knows which push it answers. */
  ref: z.number().int(),
  messages: z.array(z.unknown()).max(MAX_PUSH),
});

export const pullFrameSchema = z.object({
  type: z.literal('pull'),
  chapter: z.string().min(1),
  after: z.number().int().min(0),
});

export const deviceFrameSchema = z.discriminatedUnion('type', [pushFrameSchema, pullFrameSchema]);
export type DeviceFrame = z.infer<typeof deviceFrameSchema>;

export const rejectionSchema = z.object({ id: z.string(), reason: z.string() });
export type Rejection = z.infer<typeof rejectionSchema>;

export const ackFrameSchema = z.object({
  type: z.literal('ack'),
  ref: z.number().int(),
  accepted: z.array(z.string()),
  rejected: z.array(rejectionSchema),
  hubTime: z.number(),
});

export const changesFrameSchema = z.object({
  type: z.literal('changes'),
  chapter: z.string(),
  messages: z.array(changeMessageSchema),
  /**
   * `messages` are ALL of the chapter's stored messages with `after < seq <= cursor` (less any
   * whose values an erasure scrubbed away). For a pull reply, `after` is the pull's `after`. For a
   * live frame, it is the chapter's last seq before these messages: a device whose cursor is at
   * least `after` may move its cursor to `cursor`; otherwise it applies them and pulls from its
   * own cursor (it missed something in between).
   */
  after: z.number().int(),
  /** The hub sequence of the last message sent; pull again after it. */
  cursor: z.number().int(),
  /** True when more messages wait after `cursor` (a pull is capped at MAX_PULL). */
  more: z.boolean(),
});

export const errorFrameSchema = z.object({ type: z.literal('error'), message: z.string() });

/** The devices syncing a chapter right now, sent whenever one connects or leaves. */
export const presenceFrameSchema = z.object({
  type: z.literal('presence'),
  chapter: z.string(),
  devices: z.array(z.object({ deviceId: z.string(), name: z.string().nullable() })),
});

export const hubFrameSchema = z.discriminatedUnion('type', [ackFrameSchema, changesFrameSchema, errorFrameSchema, presenceFrameSchema]);
export type HubFrame = z.infer<typeof hubFrameSchema>;
export type AckFrame = z.infer<typeof ackFrameSchema>;
export type ChangesFrame = z.infer<typeof changesFrameSchema>;

export const SYNC_PATH = '/sync';
/** y-websocket's server URL is `ws://HOST:PORT/yjs`; the provider appends `/<room>`. */
export const YJS_PATH = '/yjs';

/**
 * Close codes the hub uses on an open WebSocket (4400–4499: y-websocket's provider does not
 * reconnect after these; the close reason says why in words). A /sync upgrade with a bad token is
 * refused before opening, with HTTP 401 and a JSON `{error}` body.
 */
export const hubCloseCodes = {
  /** Malformed room name or frame. */
  badRequest: 4400,
  /** Unknown or revoked token, or the device was revoked while connected. */
  unauthorised: 4401,
  /** A valid token for another chapter's room. */
  forbidden: 4403,
} as const;

export const roles = ['organiser', 'observer', 'coordinator'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** What `POST /api/join` answers a device that brings a valid invite. */
export const joinResponseSchema = z.object({
  chapterId: z.string().nullable(),
  chapterName: z.string().nullable(),
  deviceId: z.string(),
  role: roleSchema,
  token: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const yjsRoomKinds = ['proposal', 'minutes', 'board'] as const;
/** A Yjs room name: `<chapterId>/<kind>/<id>`. */
export const roomNameSchema = z
  .string()
  .regex(/^[\w-]{1,64}\/(proposal|minutes|board)\/[\w-]{1,64}$/, 'a room is <chapterId>/<proposal|minutes|board>/<id>');
