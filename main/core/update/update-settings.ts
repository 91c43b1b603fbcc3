/**
 * The `updates` setting: where a kiosk looks for new versions of itself, how often, and
 * the quiet hours in which it may restart into one (settings.ts: `updates`).
 */
import { timeWindowSchema } from '../schedule/schedule-schema';
import { z } from '../zod';

// Core has no URL class (no DOM or Node types), so the shape is checked by pattern: a scheme, a host, no spaces.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** An update server address: http or https, as electron-builder's generic provider expects. */
export const updateFeedUrlSchema = z
  .string({ error: 'must be a web address (http:// or https://), or null for no updates' })
  .trim()
  .regex(HTTP_URL, 'must be a web address starting with http:// or https://, e.g. https://updates.example.vn/pano');

/** The default quiet window: nobody is in the hall, and a restart costs no viewer a slide. */
export const DEFAULT_INSTALL_WINDOW = { start: '02:00', end: '05:00' } as const;

/** How a kiosk updates itself. The defaults mean: no update server, so no updates. */
export const updateSettingsSchema = z
  .strictObject({
    feedUrl: updateFeedUrlSchema
      .nullable()
      .default(null)
      .describe('The update server (the folder holding latest-linux.yml); null turns updates off.'),
    checkEveryHours: z
      .number({ error: 'must be a number of hours' })
      .int('must be a whole number of hours')
      .min(1, 'must be at least 1 hour (a server is not asked more often)')
      .max(168, 'must be at most 168 hours (once a week)')
      .default(6)
      .describe('How often to ask the update server for a new version, in hours.'),
    installWindow: timeWindowSchema
      .default({ ...DEFAULT_INSTALL_WINDOW })
      .describe('When a downloaded update may be installed (a restart), in the screen’s time zone.'),
    channel: z
      .string({ error: 'must be a channel name such as beta' })
      .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a short lower-case name such as beta (letters, digits, hyphens)')
      .optional()
      .describe('An update channel other than the default (latest), e.g. beta.'),
  })
  .describe('Automatic updates of the player itself.');

/** The `updates` setting after defaults are applied. */
export type UpdateSettings = z.output<typeof updateSettingsSchema>;

/** The setting as an operator may write it (every field optional). */
export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;

/** The setting when nothing is configured: updates off. */
export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = updateSettingsSchema.parse({});
