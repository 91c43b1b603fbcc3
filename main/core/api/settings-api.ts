/**
 * Settings over the API. GET /api/settings answers the stored settings; PATCH
 * takes any subset of the top-level fields (`feed` is replaced as a whole, with
 * its own defaults for what it leaves out) and answers the settings now stored.
 */
import { z } from 'zod';
import { settingsSchema } from '../settings';

const shape = settingsSchema.shape;

/** PATCH /api/settings: each field optional, no defaults filled in (a patch must not reset what it omits). */
export const settingsPatchSchema = z.strictObject({
  displayIndex: shape.displayIndex.unwrap().optional(),
  timezone: shape.timezone.unwrap().optional(),
  feed: shape.feed.unwrap().optional(),
  showClock: shape.showClock.unwrap().optional(),
  defaultTransition: shape.defaultTransition.unwrap().optional(),
});

/** 200 from GET and PATCH /api/settings. */
export const settingsResponseSchema = settingsSchema;

export type SettingsPatch = z.input<typeof settingsPatchSchema>;
