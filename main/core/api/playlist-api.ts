/** The playlist document over the API: read, save with a revision check, history and undo. */
import { z } from '../zod';
import { bodyMustBe } from './common';
import { playlistSchema } from '../playlist/schema';

/** How many previous versions of playlist.json the host keeps (DATA/history/). */
export const PLAYLIST_HISTORY_LIMIT = 20;

/**
 * GET /api/playlist. `playlist` is the document in force; `revision` names the
 * file on disk (send it back as `baseRevision`); `origin` and `problem` say
 * whether playlist.json is what plays (see /healthz).
 */
export const playlistResponseSchema = z.object({
  playlist: playlistSchema,
  revision: z.string(),
  origin: z.enum(['file', 'last-good', 'default']),
  problem: z.string().nullable(),
});

/**
 * PUT /api/playlist. 400 names each bad field (`playlist.items[2].durationS`);
 * 409 when `baseRevision` is not the file's revision any more (someone else
 * saved in between): reload and try again.
 */
export const playlistSaveRequestSchema = z.strictObject(
  {
    playlist: playlistSchema,
    baseRevision: z.string({ error: 'must be the revision the edit started from' }).min(1, 'must not be empty'),
  },
  bodyMustBe('{ "playlist": { "version": 1, "items": [] }, "baseRevision": "…" }'),
);

/** 200 from PUT /api/playlist and POST /api/playlist/undo: the revision now on disk. */
export const playlistSavedSchema = z.object({ revision: z.string() });

/** One kept previous version (newest first in GET /api/playlist/history). */
export const playlistHistoryEntrySchema = z.object({
  id: z.string(),
  /** When it was replaced (ISO 8601). */
  savedAt: z.string(),
  /** Items in its default playlist. */
  items: z.number().int(),
  /** One line for a person, e.g. "5 items, 2 scheduled playlists, 3 slogans". */
  summary: z.string(),
});

/** GET /api/playlist/history: at most {@link PLAYLIST_HISTORY_LIMIT}, newest first. */
export const playlistHistoryResponseSchema = z.array(playlistHistoryEntrySchema);

export type PlaylistResponse = z.infer<typeof playlistResponseSchema>;
export type PlaylistSaveRequest = z.input<typeof playlistSaveRequestSchema>;
export type PlaylistSaved = z.infer<typeof playlistSavedSchema>;
export type PlaylistHistoryEntry = z.infer<typeof playlistHistoryEntrySchema>;
