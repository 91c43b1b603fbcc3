/**
 * The settings of one screen, stored as settings.json in the data directory
 * (conf in the browser host, electron-store in the kiosk: the same file format).
 */
import { z } from 'zod';
import { DEFAULT_FEED_SETTINGS, feedSettingsSchema } from './feed/feed-settings';
import { TRANSITION_KINDS } from './player-state';
import { DEFAULT_TIMEZONE, isValidTimeZone } from './timezone';

export const settingsSchema = z.strictObject({
  displayIndex: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(16, 'must be at most 16')
    .default(0)
    .describe('Which display the kiosk fills, counting from 0 (0 = the primary display).'),
  timezone: z
    .string({ error: 'must be text' })
    .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh')
    .default(DEFAULT_TIMEZONE)
    .describe('IANA time zone of the screen.'),
  feed: feedSettingsSchema.default(DEFAULT_FEED_SETTINGS).describe('The news feed and which articles are featured.'),
  showClock: z.boolean({ error: 'must be true or false' }).default(true).describe('Show the date and time.'),
  defaultTransition: z
    .enum(TRANSITION_KINDS, { error: `must be one of ${TRANSITION_KINDS.join(', ')}` })
    .default('crossfade')
    .describe('Transition for items that do not name one.'),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The settings of a screen nobody has configured. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
