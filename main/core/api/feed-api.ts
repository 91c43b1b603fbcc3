/** Trying a feed before saving it, and fetching the configured one now. */
import { feedStatusSchema } from '../health';
import { z } from '../zod';
import { FEED_FORMATS } from '../feed/article';
import { feedSettingsSchema } from '../feed/feed-settings';

/** How many articles POST /api/feed/test shows. */
export const FEED_TEST_ARTICLES = 5;

/** POST /api/feed/test: the feed settings to try (not saved). `url` must be set. */
export const feedTestRequestSchema = feedSettingsSchema;

/** One article as the test shows it. `time` is ISO 8601 or null when the feed gives none. */
export const feedTestArticleSchema = z.object({
  title: z.string(),
  time: z.string().nullable(),
  link: z.string().nullable(),
  image: z.string().nullable(),
});

/** 200 from POST /api/feed/test: what the feed holds, or why it cannot be used (a value, not an HTTP error). */
export const feedTestResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    format: z.enum(FEED_FORMATS),
    title: z.string().nullable(),
    articles: z.array(feedTestArticleSchema),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** 200 from POST /api/feed/refresh: the feed's status after the fetch (the /healthz `feed` object). */
export { feedStatusSchema };

export type FeedTestRequest = z.input<typeof feedTestRequestSchema>;
export type FeedTestResponse = z.infer<typeof feedTestResponseSchema>;
export type FeedTestArticle = z.infer<typeof feedTestArticleSchema>;
export type FeedStatusResponse = z.infer<typeof feedStatusSchema>;
