/** The media library over the API: list, upload (multipart, one file field), delete. */
import { z } from '../zod';

/** Largest accepted upload per kind, in bytes. */
export const MEDIA_MAX_BYTES = { image: 30 * 1024 * 1024, video: 500 * 1024 * 1024 } as const;

/** The multipart field that carries the file in POST /api/media. */
export const MEDIA_UPLOAD_FIELD = 'file';

/**
 * One library file. `name` is what a playlist item's `src` names
 * (`<sha256-16hex>.<ext>`, content-addressed); `originalName` is the file name
 * it was uploaded under; `url` is where a browser shows it.
 */
export const mediaEntrySchema = z.object({
  name: z.string(),
  originalName: z.string(),
  kind: z.enum(['image', 'video']),
  bytes: z.number().int(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  url: z.string(),
  /** ISO 8601. */
  uploadedAt: z.string(),
});

/** GET /api/media: newest first. POST /api/media answers one entry (201). */
export const mediaListResponseSchema = z.array(mediaEntrySchema);

export type MediaEntry = z.infer<typeof mediaEntrySchema>;
export type MediaKind = MediaEntry['kind'];
