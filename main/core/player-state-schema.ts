/**
 * The validator for a PlayerState as a screen receives it (SSE or the preload):
 * outside input like any other, so a broken host or a garbled message cannot
 * put NaN into the timeline or a string where a duration belongs.
 */
import { z } from 'zod';
import { IMAGE_FITS, TRANSITION_KINDS, type PlayerState } from './player-state';
import { checkWith, describeProblems } from './validation';

const imageSlideSchema = z.object({
  kind: z.literal('image'),
  id: z.string().min(1),
  itemId: z.string().min(1),
  src: z.string().min(1),
  durationMs: z.number().int().positive(),
  transition: z.enum(TRANSITION_KINDS),
  fit: z.enum(IMAGE_FITS),
});

const newsSlideSchema = z.object({
  kind: z.literal('news'),
  id: z.string().min(1),
  itemId: z.string().min(1),
  durationMs: z.number().int().positive(),
  transition: z.enum(TRANSITION_KINDS),
  title: z.string().min(1),
  publishedAtMs: z.number().nullable(),
  image: z.object({ src: z.string().min(1), caption: z.string().nullable() }).nullable(),
  summary: z.string(),
  author: z.string().nullable(),
  source: z.string().nullable(),
  link: z.string().nullable(),
});

/** Accepts exactly what a screen relies on: finite numbers, whole positive durations, known kinds. */
export const playerStateSchema = z.object({
  revision: z.number().int().nonnegative(),
  epochMs: z.number(),
  timezone: z.string().min(1),
  slides: z.array(z.discriminatedUnion('kind', [imageSlideSchema, newsSlideSchema])),
  marquee: z.object({ slogans: z.array(z.string()), speedPxPerS: z.number().positive() }),
  news: z.object({ lastSuccessAtMs: z.number().nullable(), staleAfterMs: z.number().positive() }),
  showClock: z.boolean(),
  version: z.string(),
}) satisfies z.ZodType<PlayerState>;

/** A state a screen can use, or what is wrong with it as `field: why` (e.g. `epochMs: …`). */
export type PlayerStateCheck = { ok: true; state: PlayerState } | { ok: false; error: string };

/** Checks a received value against playerStateSchema without throwing. */
export function checkPlayerState(value: unknown): PlayerStateCheck {
  const checked = checkWith(playerStateSchema, value);
  return checked.ok ? { ok: true, state: checked.value } : { ok: false, error: describeProblems(checked.problems) };
}
