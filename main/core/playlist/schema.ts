/**
 * The playlist file, version 1 (contract.md). One zod schema is the source of
 * truth: validation, TypeScript types and the published JSON Schema come from it.
 */
import { z } from '../zod';
import { scheduleSchema } from '../schedule/schedule-schema';
import type {
  countdownItemSchema,
  imageItemSchema,
  newsItemSchema,
  textItemSchema,
  videoItemSchema,
} from './item-schemas';
import { expected, idSchema, playlistItemSchema } from './item-schemas';

export { ITEM_TYPES, NEWS_COUNT_MAX, playlistItemSchema } from './item-schemas';

/** Slides bundled with Pano, usable as `image.src` by name. */
export const BUNDLED_SLIDES = ['bk1', 'bk2', 'bk3', 'bk4', 'bk5'] as const;

/** The slogan strip. */
export const marqueeSchema = z.strictObject(
  {
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
  },
  { error: expected('must be an object with a list of slogans, e.g. { "text": ["Khẩu hiệu"] }') },
);

const itemsSchema = z
  .array(playlistItemSchema, { error: expected('must be a list of items') })
  .max(500, 'must have at most 500 items');

/** Item ids must be unique within one list of items; the problem names the later one. */
function uniqueIds(list: readonly { id: string }[], path: (string | number)[], ctx: z.RefinementCtx, what: string) {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'id'],
        message: `"${entry.id}" is already used by ${what}[${first}]; ids must be unique`,
      });
    } else {
      seen.set(entry.id, index);
    }
  });
}

/** A playlist that takes over while its schedule holds; of several, the highest priority wins. */
export const scheduledPlaylistSchema = z.strictObject(
  {
    id: idSchema.describe('Unique name of the playlist.'),
    name: z
      .string({ error: 'must be text' })
      .trim()
      .max(100, 'must be at most 100 characters')
      .optional()
      .describe('For the console.'),
    priority: z
      .number({ error: expected('must be a whole number') })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(1000, 'must be at most 1000')
      .describe('Of two playlists whose schedules hold, the higher priority plays.'),
    schedule: scheduleSchema.describe('When this playlist plays instead of the default one.'),
    items: itemsSchema,
    marquee: marqueeSchema.optional().describe("The slogan strip while it plays. Default: the default playlist's."),
  },
  { error: expected('must be a playlist object with an id, a priority, a schedule and items') },
);

/** The whole playlist file. */
export const playlistSchema = z
  .strictObject(
    {
      $schema: z
        .string({ error: 'must be text (a link to the JSON Schema)' })
        .optional()
        .describe('Optional link to this JSON Schema, for editors.'),
      version: z.literal(1, { error: expected('must be 1 (the only version there is)') }),
      items: itemsSchema.describe('The default playlist: what plays when no scheduled playlist does.'),
      marquee: marqueeSchema.optional().describe('The slogan strip. Default: the bundled slogans.'),
      playlists: z
        .array(scheduledPlaylistSchema, { error: 'must be a list of playlists' })
        .max(50, 'must have at most 50 playlists')
        .optional()
        .describe('Scheduled playlists that take over from the default one while their schedule holds.'),
    },
    { error: expected('must be a playlist: an object such as { "version": 1, "items": [] }') },
  )
  .superRefine((playlist, ctx) => {
    uniqueIds(playlist.items, ['items'], ctx, 'items');
    uniqueIds(playlist.playlists ?? [], ['playlists'], ctx, 'playlists');
    (playlist.playlists ?? []).forEach((scheduled, index) =>
      uniqueIds(scheduled.items, ['playlists', index, 'items'], ctx, `playlists[${index}].items`),
    );
  });

export type Playlist = z.infer<typeof playlistSchema>;
export type PlaylistItem = z.infer<typeof playlistItemSchema>;
export type ImageItem = z.infer<typeof imageItemSchema>;
export type VideoItem = z.infer<typeof videoItemSchema>;
export type NewsItem = z.infer<typeof newsItemSchema>;
export type CountdownItem = z.infer<typeof countdownItemSchema>;
export type TextItem = z.infer<typeof textItemSchema>;
export type ScheduledPlaylist = z.infer<typeof scheduledPlaylistSchema>;

/** Defaults that the schema leaves optional. */
export const PLAYLIST_DEFAULTS = {
  // The default transition is a screen setting (settings.defaultTransition), not a playlist one.
  fit: 'auto',
  newsCount: 3,
  speedPxPerS: 120,
} as const;
