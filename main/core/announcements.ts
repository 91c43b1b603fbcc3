/**
 * Announcements: an operator's message that takes over the screen (a full
 * card) or runs as a banner over the slides, from a start until an end, above
 * every schedule. Stored by the host in DATA/announcements.json; they end by
 * themselves and survive restarts.
 */
import { z } from './zod';

/** How an announcement shows. */
export const ANNOUNCEMENT_MODES = ['takeover', 'banner'] as const;
export type AnnouncementMode = (typeof ANNOUNCEMENT_MODES)[number];

const instant = z.iso
  .datetime({ offset: true, error: 'must be a date and time with its zone, e.g. 2023-10-20T08:00:00+07:00' })
  .describe('An instant with its UTC offset (ISO 8601).');

/** One announcement. */
export const announcementSchema = z
  .strictObject({
    id: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
    mode: z.enum(ANNOUNCEMENT_MODES, { error: `must be one of ${ANNOUNCEMENT_MODES.join(', ')}` }),
    title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    body: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
    startsAt: instant,
    endsAt: instant,
  })
  .refine((a) => Date.parse(a.endsAt) > Date.parse(a.startsAt), {
    message: 'must be after startsAt',
    path: ['endsAt'],
  });

/** DATA/announcements.json. */
export const announcementsFileSchema = z.strictObject({
  version: z.literal(1, { error: 'must be 1' }),
  announcements: z.array(announcementSchema).max(50, 'must have at most 50 announcements'),
});

export type Announcement = z.infer<typeof announcementSchema>;
export type AnnouncementsFile = z.infer<typeof announcementsFileSchema>;
