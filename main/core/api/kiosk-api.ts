/** The remote checks of a kiosk: proof of play as CSV, and a screenshot of what is on screen now. */
import { z } from '../zod';
import { bodyMustBe } from './common';

/** The longest span one proof-of-play export covers (the log keeps about a year). */
export const PROOF_OF_PLAY_MAX_DAYS = 400;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Without `from`, an export covers this many days up to `to`. */
export const PROOF_OF_PLAY_DEFAULT_DAYS = 7;

/** A date (`2026-11-27`, midnight UTC) or an instant (`2026-11-27T08:00:00+07:00`). */
const instantParam = z
  .string({ error: 'must be a date such as 2026-11-27 or a time such as 2026-11-27T08:00:00+07:00' })
  .refine((text) => /^\d{4}-\d{2}-\d{2}/.test(text) && Number.isFinite(Date.parse(text)), {
    message: 'must be a date such as 2026-11-27 or a time such as 2026-11-27T08:00:00+07:00',
  })
  .transform((text) => Date.parse(text));

/** GET /api/proof-of-play.csv?from=…&to=… — showings that overlap [from, to); see exportRange for defaults. */
export const proofOfPlayQuerySchema = z
  .strictObject(
    { from: instantParam.optional(), to: instantParam.optional() },
    { error: 'the query may hold only from and to, e.g. ?from=2026-11-20&to=2026-11-27' },
  )
  .superRefine(({ from, to }, context) => {
    if (from === undefined || to === undefined) return;
    if (from >= to) context.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    else if (to - from > PROOF_OF_PLAY_MAX_DAYS * DAY_MS)
      context.addIssue({
        code: 'custom',
        path: ['from'],
        message: `must be at most ${PROOF_OF_PLAY_MAX_DAYS} days before to`,
      });
  });

/** The span of an export: up to `to` (default: everything to now), from `from` (default: 7 days before the end). */
export function exportRange(query: { from?: number; to?: number }, nowMs: number): { fromMs: number; toMs: number } {
  const toMs = query.to ?? Number.MAX_SAFE_INTEGER;
  const fromMs = query.from ?? Math.min(toMs, nowMs) - PROOF_OF_PLAY_DEFAULT_DAYS * DAY_MS;
  return { fromMs, toMs };
}

/** The file name an export is saved under, e.g. `pano-proof-of-play-2026-11-20-2026-11-27.csv`. */
export function proofOfPlayFileName(fromMs: number, toMs: number, nowMs: number): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return `pano-proof-of-play-${day(fromMs)}-${day(Math.min(toMs, nowMs))}.csv`;
}

/** POST /api/screens/reload: every screen refreshes itself at its next slide change (unseen). No fields. */
export const screensReloadRequestSchema = z.strictObject({}, bodyMustBe('{}'));

/** 200 from POST /api/screens/reload: how many pages were connected to hear it. */
export const screensReloadResponseSchema = z.object({ screens: z.number().int() });
export type ScreensReloadResponse = z.infer<typeof screensReloadResponseSchema>;
