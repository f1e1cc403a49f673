// Chapters and this device: the first-start setup, the chapter switcher, the organiser profile.
import { z } from 'zod';
import { method } from './define.js';

export const chapterSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** ISO 3166 alpha-2: the default region for phone numbers and the day/month order of dates. */
  country: z.string().regex(/^[A-Z]{2}$/),
});
export type Chapter = z.infer<typeof chapterSchema>;

export const deviceSchema = z.object({
  deviceId: z.string(),
  organiserName: z.string().nullable(),
  organiserMemberId: z.string().nullable(),
});
export type DeviceProfile = z.infer<typeof deviceSchema>;

export const sessionSchema = z.object({
  chapters: z.array(chapterSchema),
  /** The chapter the app is working on; null until the first chapter exists. */
  current: chapterSchema.nullable(),
  device: deviceSchema,
  /** True when the app must ask for a chapter name and the organiser's name first. */
  needsSetup: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'use a two-letter country code, like US');

export const chaptersContract = {
  'session.get': method({ input: z.object({}), output: sessionSchema, writes: false }),
  'session.setup': method({
    input: z.object({
      chapterName: z.string().trim().min(1, 'name the chapter').max(200),
      country: countryCode,
      organiserName: z.string().trim().min(1, 'say who is using this computer').max(200),
    }),
    output: sessionSchema,
    writes: true,
  }),
  'session.switchChapter': method({ input: z.object({ chapterId: z.string().min(1) }), output: sessionSchema, writes: true }),
  'session.setOrganiser': method({
    input: z.object({
      organiserName: z.string().trim().min(1).max(200),
      organiserMemberId: z.string().min(1).nullable(),
    }),
    output: sessionSchema,
    writes: true,
  }),
};
