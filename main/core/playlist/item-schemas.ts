/**
 * The items a playlist can hold. Every item has an id, a time on screen, an
 * optional transition, an `enabled` switch and an optional schedule.
 */
import { z } from '../zod';
import { IMAGE_FITS, TRANSITION_KINDS } from '../player-state';
import { scheduleSchema } from '../schedule/schedule-schema';

/** A field error that says "is required" when the field is missing and `what` otherwise. */
export function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : what);
}

/** A name unique within its list (items of a playlist, playlists of a document). */
export const idSchema = z
  .string({ error: expected('must be text') })
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters');

const durationS = z
  .number({ error: expected('must be a number of seconds') })
  .positive('must be greater than 0')
  .max(86_400, 'must be at most 86400 seconds (one day)')
  .describe('Seconds on screen.');

const text = (max: number) =>
  z
    .string({ error: expected('must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

const mediaSrc = text(2048);

const fit = z
  .enum(IMAGE_FITS, { error: expected(`must be one of ${IMAGE_FITS.join(', ')}`) })
  .optional()
  .describe(
    'auto fills the screen when picture and screen share an orientation, else shows all of it; cover fills (may crop); contain shows all of it. Default: auto.',
  );

const commonItemFields = {
  id: idSchema.describe('Unique name of the item within the playlist.'),
  transition: z
    .enum(TRANSITION_KINDS, { error: expected(`must be one of ${TRANSITION_KINDS.join(', ')}`) })
    .optional()
    .describe('How the item enters the screen. Default: crossfade.'),
  enabled: z
    .boolean({ error: 'must be true or false' })
    .optional()
    .describe('false keeps the item in the playlist without playing it. Default: true.'),
  schedule: scheduleSchema.optional().describe('When the item plays. Default: whenever its playlist plays.'),
};

/** An image: a bundled slide name, an http(s) URL, or a file in the media library. */
export const imageItemSchema = z.strictObject({
  ...commonItemFields,
  durationS,
  type: z.literal('image'),
  src: mediaSrc.describe('bk1…bk5 (bundled), an http(s) URL, or a file name in the media library.'),
  fit,
});

/** A video (mp4 or webm), muted unless said otherwise; it plays to its end, or for `durationS`. */
export const videoItemSchema = z.strictObject({
  ...commonItemFields,
  durationS: durationS.optional().describe('Seconds on screen. Default: the length of the video.'),
  type: z.literal('video'),
  src: mediaSrc
    // Videos are not downloaded into the cache (yet): say so when the file is read, not by a silent skip.
    .refine(
      (src) => !/^https?:\/\//i.test(src),
      'must be a file in the media library (videos from a URL are not supported yet)',
    )
    .describe('An MP4 or WebM file name in the media library.'),
  fit,
  muted: z.boolean({ error: 'must be true or false' }).optional().describe('Default: true (halls are quiet).'),
});

/** The most articles one news item can show. */
export const NEWS_COUNT_MAX = 20;

/** Featured news: one slide per featured article, newest first, up to `count`. */
export const newsItemSchema = z.strictObject({
  ...commonItemFields,
  durationS,
  type: z.literal('news'),
  count: z
    .number({ error: expected('must be a whole number') })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(NEWS_COUNT_MAX, `must be at most ${NEWS_COUNT_MAX}`)
    .optional()
    .describe('How many articles at most. Default: 3.'),
});

/** A date and time in the screen's time zone, YYYY-MM-DDTHH:MM. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/** "Còn 12 ngày đến Đại hội …": days and hours left until a moment. */
export const countdownItemSchema = z.strictObject({
  ...commonItemFields,
  durationS,
  type: z.literal('countdown'),
  title: text(200).describe('What is counted down to, e.g. "Đại hội XIII Công đoàn Việt Nam".'),
  targetAt: z
    .string({ error: expected('must be a date and time written YYYY-MM-DDTHH:MM') })
    .regex(LOCAL_DATE_TIME, 'must be a date and time written YYYY-MM-DDTHH:MM, e.g. 2023-12-01T08:00')
    .describe("The moment, in the screen's time zone."),
  doneText: text(200).optional().describe('Shown once the moment has passed. Default: the item is skipped then.'),
});

/** A full-screen announcement card with a title and a body. */
export const textItemSchema = z.strictObject({
  ...commonItemFields,
  durationS,
  type: z.literal('text'),
  title: text(200),
  body: z
    .string({ error: 'must be text' })
    .trim()
    .max(2000, 'must be at most 2000 characters')
    .optional()
    .describe('Paragraphs separated by a blank line.'),
});

export const ITEM_TYPES = ['image', 'video', 'news', 'countdown', 'text'] as const;

/** Any playlist item, told apart by `type`. */
export const playlistItemSchema = z.discriminatedUnion(
  'type',
  [imageItemSchema, videoItemSchema, newsItemSchema, countdownItemSchema, textItemSchema],
  {
    error: (issue) => {
      // Not an object at all (a number, a string, a list, null): there is no type to name.
      if ((issue.code as string) === 'invalid_type')
        return 'must be an item: an object with an id, a type and a durationS';
      if (issue.code !== 'invalid_union') return undefined;
      return (issue.input as { type?: unknown } | undefined)?.type === undefined
        ? `is required (one of ${ITEM_TYPES.join(', ')})`
        : `must be one of ${ITEM_TYPES.join(', ')}`;
    },
  },
);
