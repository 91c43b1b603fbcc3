/** The console's dashboard: health, disk use, recent problems, and what plays over the next days. */
import { z } from '../zod';
import { healthSchema } from '../health';

/** How many recent warnings and errors GET /api/status returns. */
export const RECENT_ERRORS_LIMIT = 20;

/** One warn/error line of DATA/logs/pano.log. */
export const recentErrorSchema = z.object({
  /** ISO 8601. */
  at: z.string(),
  level: z.enum(['warn', 'error']),
  event: z.string(),
  message: z.string(),
});

/** GET /api/status. Bytes are on-disk sizes of DATA/cache/media and DATA/media. */
export const statusResponseSchema = z.object({
  health: healthSchema,
  cacheBytes: z.number().int(),
  libraryBytes: z.number().int(),
  /** Newest last. */
  recentErrors: z.array(recentErrorSchema),
});

/** Longest span GET /api/schedule-preview covers. */
export const SCHEDULE_PREVIEW_MAX_DAYS = 31;

/** GET /api/schedule-preview?days=N (default 7). */
export const schedulePreviewQuerySchema = z.strictObject(
  {
    days: z.coerce
      .number({ error: 'must be a number of days' })
      .int('must be a whole number of days')
      .min(1, 'must be at least 1')
      .max(SCHEDULE_PREVIEW_MAX_DAYS, `must be at most ${SCHEDULE_PREVIEW_MAX_DAYS}`)
      .default(7),
  },
  { error: 'the query may hold only days, e.g. ?days=7' },
);

/** One stretch during which the same rotation plays the same items (core's schedulePreview). */
export const previewSegmentSchema = z.object({
  startMs: z.number(),
  endMs: z.number(),
  /** null: the default playlist; else the scheduled playlist's id. */
  rotationId: z.string().nullable(),
  itemIds: z.array(z.string()),
  announcementIds: z.array(z.string()),
});

/** 200 from GET /api/schedule-preview: from now, consecutive, in the screen's order. */
export const schedulePreviewResponseSchema = z.object({
  fromMs: z.number(),
  timezone: z.string(),
  segments: z.array(previewSegmentSchema),
});

export type RecentError = z.infer<typeof recentErrorSchema>;
export type StatusResponse = z.infer<typeof statusResponseSchema>;
export type PreviewSegmentResponse = z.infer<typeof previewSegmentSchema>;
export type SchedulePreviewResponse = z.infer<typeof schedulePreviewResponseSchema>;
