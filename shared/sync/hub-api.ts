// The hub's HTTP API (`/api/...`): request and response bodies, validated with zod on both ends.
// Every error is answered as `{error: "message a person can act on"}` with status 400, 401, 403
// or 404. Auth: `Authorization: Bearer TOKEN` (the admin's token or a device token).
//
//   POST /api/chapters            admin        createChapterRequest  → 201 createChapterResponse
//   GET  /api/chapters            admin|coord  —                     → 200 chapterReport[]
//   POST /api/invites             admin        createInviteRequest   → 201 createInviteResponse
//   POST /api/join                (none)       joinRequest           → 201 joinResponse (protocol.ts)
//   GET  /api/devices?chapter=ID  admin        —                     → 200 deviceInfo[]
//   POST /api/devices/:id/revoke  admin        —                     → 200 revokeResponse
//   GET  /api/me                  device       —                     → 200 deviceInfo
//   GET  /api/health              (none)       —                     → 200 {ok: true}
//
// Headquarters reports beyond the chapter list will live under `/api/reports/...`.
import { z } from 'zod';
import { roleSchema } from './protocol.js';

const chapterId = z.string().min(1).max(64).regex(/^[\w-]+$/, 'a chapter id is letters, digits, _ and -');

export const createChapterRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'give the chapter a name').max(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'a country is a two-letter code such as US').optional(),
  /**
   * Register a chapter that already exists on a device under this id (a lead hosting a meeting hub
   * for their chapter). Its name is then stamped as old as possible, so the device's own wins.
   */
  chapterId: chapterId.optional(),
});
export type CreateChapterRequest = z.infer<typeof createChapterRequestSchema>;

export const createChapterResponseSchema = z.object({ chapterId: z.string(), invite: z.string() });
export type CreateChapterResponse = z.infer<typeof createChapterResponseSchema>;

export const DEFAULT_INVITE_TTL_DAYS = 7;

export const createInviteRequestSchema = z
  .strictObject({
    role: roleSchema,
    chapterId: chapterId.optional(),
    ttlDays: z.number().positive('ttlDays must be more than 0').max(365, 'an invite lasts at most 365 days').optional(),
  })
  .superRefine((req, ctx) => {
    if (req.role === 'coordinator' && req.chapterId !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['chapterId'], message: 'a coordinator invite has no chapter: coordinators read every chapter' });
    }
    if (req.role !== 'coordinator' && req.chapterId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['chapterId'], message: `an ${req.role} invite needs the chapter it is for` });
    }
  });
export type CreateInviteRequest = z.infer<typeof createInviteRequestSchema>;

export const createInviteResponseSchema = z.object({
  invite: z.string(),
  role: roleSchema,
  chapterId: z.string().nullable(),
  expiresAt: z.string(),
});
export type CreateInviteResponse = z.infer<typeof createInviteResponseSchema>;

export const joinRequestSchema = z.object({
  invite: z.string().min(1, 'give the invite code').max(100),
  deviceName: z.string().trim().max(200).optional(),
  /** The device links a chapter it already holds to the hub's chapter (device side only). */
  link: z.object({ chapterId }).optional(),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const deviceInfoSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  role: roleSchema,
  chapterId: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type DeviceInfo = z.infer<typeof deviceInfoSchema>;

export const revokeResponseSchema = z.object({ id: z.string(), revokedAt: z.string() });
export type RevokeResponse = z.infer<typeof revokeResponseSchema>;

export const chapterReportSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Members neither deleted nor merged into another. */
  memberCount: z.number().int(),
  /** When the hub last stored a change a device sent for this chapter (ISO), or null if never. */
  lastSyncAt: z.string().nullable(),
});
export type ChapterReport = z.infer<typeof chapterReportSchema>;

export const errorResponseSchema = z.object({ error: z.string() });
