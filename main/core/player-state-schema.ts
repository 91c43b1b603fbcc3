/**
 * The validator for a PlayerState as a screen receives it (SSE or the preload):
 * outside input like any other, so a broken host or a garbled message cannot
 * put NaN into the timeline or a string where a duration belongs.
 */
import { z } from './zod';
import { ANNOUNCEMENT_MODES } from './announcements';
import { IMAGE_FITS, TRANSITION_KINDS, type PlayerState } from './player-state';
import { scheduleSchema } from './schedule/schedule-schema';
import { DEFAULT_DISPLAY_POWER_SETTINGS, displayPowerSettingsSchema } from './kiosk/display-power-policy';
import { DEFAULT_MAINTENANCE_SETTINGS, maintenanceSettingsSchema } from './kiosk/maintenance-policy';
import { checkWith, describeProblems } from './validation';

// Fields every slide has. Unknown fields are dropped (z.object), so each one the screen reads is listed.
const slideBase = {
  id: z.string().min(1),
  itemId: z.string().min(1),
  durationMs: z.number().int().positive(),
  transition: z.enum(TRANSITION_KINDS),
  schedule: scheduleSchema.optional(),
};

const imageSlideSchema = z.object({
  ...slideBase,
  kind: z.literal('image'),
  src: z.string().min(1),
  fit: z.enum(IMAGE_FITS),
});

const newsSlideSchema = z.object({
  ...slideBase,
  kind: z.literal('news'),
  title: z.string().min(1),
  publishedAtMs: z.number().nullable(),
  image: z.object({ src: z.string().min(1), caption: z.string().nullable() }).nullable(),
  summary: z.string(),
  author: z.string().nullable(),
  source: z.string().nullable(),
  link: z.string().nullable(),
});

const videoSlideSchema = z.object({
  ...slideBase,
  kind: z.literal('video'),
  src: z.string().min(1),
  fit: z.enum(IMAGE_FITS),
  muted: z.boolean(),
});

const countdownSlideSchema = z.object({
  ...slideBase,
  kind: z.literal('countdown'),
  title: z.string().min(1),
  targetAtMs: z.number(),
  doneText: z.string().nullable(),
});

const textSlideSchema = z.object({
  ...slideBase,
  kind: z.literal('text'),
  title: z.string().min(1),
  body: z.string(),
});

const slidesSchema = z.array(
  z.discriminatedUnion('kind', [
    imageSlideSchema,
    newsSlideSchema,
    videoSlideSchema,
    countdownSlideSchema,
    textSlideSchema,
  ]),
);

const marqueeStateSchema = z.object({ slogans: z.array(z.string()), speedPxPerS: z.number().positive() });

/** Accepts exactly what a screen relies on: finite numbers, whole positive durations, known kinds. */
export const playerStateSchema = z.object({
  revision: z.number().int().nonnegative(),
  epochMs: z.number(),
  timezone: z.string().min(1),
  slides: slidesSchema,
  marquee: marqueeStateSchema,
  scheduled: z.array(
    z.object({
      id: z.string().min(1),
      priority: z.number().int(),
      schedule: scheduleSchema,
      slides: slidesSchema,
      marquee: marqueeStateSchema.nullable(),
    }),
  ),
  announcements: z.array(
    z.object({
      id: z.string().min(1),
      mode: z.enum(ANNOUNCEMENT_MODES),
      title: z.string().min(1),
      body: z.string(),
      startsAtMs: z.number(),
      endsAtMs: z.number(),
    }),
  ),
  news: z.object({ lastSuccessAtMs: z.number().nullable(), staleAfterMs: z.number().positive() }),
  showClock: z.boolean(),
  version: z.string(),
  // Defaults: a screen updated before its host (or a test's hand-made state) still gets a complete state.
  maintenance: maintenanceSettingsSchema.default(DEFAULT_MAINTENANCE_SETTINGS),
  displayPower: displayPowerSettingsSchema.default(DEFAULT_DISPLAY_POWER_SETTINGS),
}) satisfies z.ZodType<PlayerState>;

/** A state a screen can use, or what is wrong with it as `field: why` (e.g. `epochMs: …`). */
export type PlayerStateCheck = { ok: true; state: PlayerState } | { ok: false; error: string };

/** Checks a received value against playerStateSchema without throwing. */
export function checkPlayerState(value: unknown): PlayerStateCheck {
  const checked = checkWith(playerStateSchema, value);
  return checked.ok ? { ok: true, state: checked.value } : { ok: false, error: describeProblems(checked.problems) };
}
