/**
 * The settings of one screen, stored as settings.json in the data directory
 * (conf in the browser host, electron-store in the kiosk: the same file format).
 */
import { z } from './zod';
import { DEFAULT_FEED_SETTINGS, feedSettingsSchema } from './feed/feed-settings';
import { TRANSITION_KINDS } from './player-state';
import { DEFAULT_TIMEZONE, isValidTimeZone } from './timezone';
import { DEFAULT_MAINTENANCE_SETTINGS, maintenanceSettingsSchema } from './kiosk/maintenance-policy';
import { DEFAULT_DISPLAY_POWER_SETTINGS, displayPowerSettingsSchema } from './kiosk/display-power-policy';
import { DEFAULT_UPDATE_SETTINGS, updateSettingsSchema } from './update/update-settings';

/** A playlist fetched from a URL that, while set, is the playlist in force instead of playlist.json. */
export const remotePlaylistSettingsSchema = z.strictObject(
  {
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, or null' })
      .nullable()
      .default(null)
      .describe('Where the playlist is fetched from (http or https); null: playlist.json plays.'),
    pollIntervalMin: z
      .number({ error: 'must be a number of minutes' })
      .min(1, 'must be at least 1')
      .max(1440, 'must be at most 1440 (one day)')
      .default(5)
      .describe('Minutes between checks of the URL (a 304 costs nothing).'),
  },
  { error: 'must be an object such as { "url": "https://…/playlist.json", "pollIntervalMin": 5 }' },
);

export const settingsSchema = z.strictObject(
  {
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
    remotePlaylist: remotePlaylistSettingsSchema
      .default({ url: null, pollIntervalMin: 5 })
      .describe('A playlist kept on a web server for many screens; while its URL is set it replaces playlist.json.'),
    maintenance: maintenanceSettingsSchema
      .default(DEFAULT_MAINTENANCE_SETTINGS)
      .describe('A daily refresh of the screen at a quiet hour, unseen by viewers, so it stays healthy for months.'),
    displayPower: displayPowerSettingsSchema
      .default(DEFAULT_DISPLAY_POWER_SETTINGS)
      .describe('Hours the display is on; outside them the screen goes dark and the display is asked to sleep.'),
    updates: updateSettingsSchema
      .default(DEFAULT_UPDATE_SETTINGS)
      .describe('Automatic updates of the player itself (the kiosk app); off until an update server is set.'),
  },
  { error: 'must be an object of settings such as { "timezone": "Asia/Ho_Chi_Minh" }' },
);

export type Settings = z.infer<typeof settingsSchema>;

/** The settings of a screen nobody has configured. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
