/**
 * The playlist file, version 1 (contract.md). One zod schema is the source of
 * truth: validation, TypeScript types and the published JSON Schema come from it.
 */
import { z } from 'zod';
import { IMAGE_FITS, TRANSITION_KINDS } from '../player-state';

/** Slides bundled with Pano, usable as `image.src` by name. */
export const BUNDLED_SLIDES = ['bk1', 'bk2', 'bk3', 'bk4', 'bk5'] as const;

/** A field error that says "is required" when the field is missing and `what` otherwise. */
function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : what);
}

const itemId = z
  .string({ error: expected('must be text') })
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .describe('Unique name of the item within the playlist.');

const durationS = z
  .number({ error: expected('must be a number of seconds') })
  .positive('must be greater than 0')
  .max(86_400, 'must be at most 86400 seconds (one day)')
  .describe('Seconds on screen.');

const commonItemFields = {
  id: itemId,
  durationS,
  transition: z
    .enum(TRANSITION_KINDS, { error: expected(`must be one of ${TRANSITION_KINDS.join(', ')}`) })
    .optional()
    .describe('How the item enters the screen. Default: crossfade.'),
};

/** An image: a bundled slide name, an http(s) URL, or a file in the media library. */
export const imageItemSchema = z.strictObject({
  ...commonItemFields,
  type: z.literal('image'),
  src: z
    .string({ error: expected('must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(2048, 'must be at most 2048 characters')
    .describe('bk1…bk5 (bundled), an http(s) URL, or a file name in the media library.'),
  fit: z
    .enum(IMAGE_FITS, { error: expected(`must be one of ${IMAGE_FITS.join(', ')}`) })
    .optional()
    .describe(
      'auto fills the screen when picture and screen share an orientation, else shows all of it; cover fills (may crop); contain shows all of it. Default: auto.',
    ),
});

/** The most articles one news item can show. */
export const NEWS_COUNT_MAX = 20;

/** Featured news: one slide per featured article, newest first, up to `count`. */
export const newsItemSchema = z.strictObject({
  ...commonItemFields,
  type: z.literal('news'),
  count: z
    .number({ error: expected('must be a whole number') })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(NEWS_COUNT_MAX, `must be at most ${NEWS_COUNT_MAX}`)
    .optional()
    .describe('How many articles at most. Default: 3.'),
});

export const ITEM_TYPES = ['image', 'news'] as const;

/** Any playlist item, told apart by `type`. */
export const playlistItemSchema = z.discriminatedUnion('type', [imageItemSchema, newsItemSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? (issue.input as { type?: unknown } | undefined)?.type === undefined
        ? `is required (one of ${ITEM_TYPES.join(', ')})`
        : `must be one of ${ITEM_TYPES.join(', ')}`
      : undefined,
});

/** The slogan strip. */
export const marqueeSchema = z.strictObject({
  text: z
    .array(z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'), {
      error: 'must be a list of slogans',
    })
    .max(100, 'must have at most 100 slogans')
    .describe('The slogans, shown in order with a separator. An empty list hides the strip.'),
  speedPxPerS: z
    .number({ error: expected('must be a number of pixels per second') })
    .positive('must be greater than 0')
    .max(2000, 'must be at most 2000')
    .optional()
    .describe('Scrolling speed in CSS pixels per second. Default: 120.'),
});

/** The whole playlist file. */
export const playlistSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Optional link to this JSON Schema, for editors.'),
    version: z.literal(1, { error: expected('must be 1 (the only version there is)') }),
    items: z
      .array(playlistItemSchema, { error: expected('must be a list of items') })
      .max(500, 'must have at most 500 items'),
    marquee: marqueeSchema.optional().describe('The slogan strip. Default: the bundled slogans.'),
  })
  .superRefine((playlist, ctx) => {
    const seen = new Map<string, number>();
    playlist.items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `"${item.id}" is already used by items[${first}]; ids must be unique`,
        });
      } else {
        seen.set(item.id, index);
      }
    });
  });

export type Playlist = z.infer<typeof playlistSchema>;
export type PlaylistItem = z.infer<typeof playlistItemSchema>;
export type ImageItem = z.infer<typeof imageItemSchema>;
export type NewsItem = z.infer<typeof newsItemSchema>;

/** Defaults that the schema leaves optional. */
export const PLAYLIST_DEFAULTS = {
  // The default transition is a screen setting (settings.defaultTransition), not a playlist one.
  fit: 'auto',
  newsCount: 3,
  speedPxPerS: 120,
} as const;
