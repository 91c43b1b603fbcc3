/**
 * Settings over the API. GET /api/settings answers the stored settings; PATCH
 * takes any subset of the top-level fields (an object such as `feed` is
 * replaced as a whole, with its own defaults for what it leaves out) and
 * answers the settings now stored.
 */
import { z } from '../zod';
import { bodyMustBe } from './common';
import { settingsSchema } from '../settings';

type SettingsShape = typeof settingsSchema.shape;
type PatchShape = { [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>> };

// Each field without its default: a patch must not reset what it leaves out. Built from the settings
// schema, so a new setting is patchable without touching this file.
const patchShape = Object.fromEntries(
  Object.entries(settingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()]),
) as PatchShape;

/** PATCH /api/settings: each top-level field optional; unknown fields are named as errors. */
export const settingsPatchSchema = z.strictObject(patchShape, bodyMustBe('{ "showClock": false }'));

/** 200 from GET and PATCH /api/settings. */
export const settingsResponseSchema = settingsSchema;

export type SettingsPatch = z.input<typeof settingsPatchSchema>;
