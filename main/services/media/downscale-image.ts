/**
 * Makes a downloaded picture fit for a screen: refuses what is not an image or cannot be decoded, and shrinks
 * a camera original (4000×3000, 8 MB) to the screen's size, so the cache stays small and the player never
 * decodes 12 megapixels to show 2. Small images are kept byte for byte.
 */
import sharp, { type Sharp } from 'sharp';
import { sniffImageType, type ImageMimeType } from '../../core/media-type';

/** Screens are at most Full HD in the halls; a 4K screen still looks fine with a 1920 px news picture. */
export const DEFAULT_MAX_EDGE_PX = 1920;

/** A picture ready for the cache. */
export interface PreparedImage {
  bytes: Uint8Array;
  type: ImageMimeType;
  /** Sizes as shown (after EXIF orientation) when it was shrunk, else null. */
  resized: { fromPx: [number, number]; toPx: [number, number] } | null;
}

/** The sentence the log shows for bytes that are no image (kept as the cache has always said it). */
export const NOT_AN_IMAGE = 'it is not a JPEG, PNG, WebP, GIF or AVIF image';

// 'error' refuses a truncated or corrupt file but lets through the harmless warnings many CMS JPEGs carry.
const DECODE = { failOn: 'error' } as const;

/** Checks and, when its longest edge is over `maxEdgePx`, shrinks `bytes`, keeping the format. */
export async function prepareImage(
  bytes: Uint8Array,
  maxEdgePx = DEFAULT_MAX_EDGE_PX,
): Promise<{ ok: true; value: PreparedImage } | { ok: false; error: string }> {
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, error: NOT_AN_IMAGE };
  try {
    const metadata = await sharp(bytes, DECODE).metadata();
    // Animations are left alone: resizing every frame costs more than the cache saves.
    if ((metadata.pages ?? 1) > 1) return { ok: true, value: { bytes, type, resized: null } };
    const shown = metadata.autoOrient ?? { width: metadata.width, height: metadata.height };
    if (Math.max(shown.width, shown.height) <= maxEdgePx) {
      // Decoding a thumbnail proves the whole file decodes (a JPEG cut short fails here), cheaply.
      await sharp(bytes, DECODE).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
      return { ok: true, value: { bytes, type, resized: null } };
    }
    const pipeline = sharp(bytes, DECODE)
      .autoOrient() // the pixels turn upright; the EXIF tag that said so is not written again
      .resize({ width: maxEdgePx, height: maxEdgePx, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await encodeAs(pipeline, type).toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      value: {
        bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
        type,
        resized: { fromPx: [shown.width, shown.height], toPx: [info.width, info.height] },
      },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, error: `it cannot be decoded as an image (${reason})` };
  }
}

function encodeAs(pipeline: Sharp, type: ImageMimeType): Sharp {
  switch (type) {
    case 'image/jpeg':
      return pipeline.jpeg({ quality: 85, mozjpeg: true });
    case 'image/png':
      return pipeline.png();
    case 'image/webp':
      return pipeline.webp({ quality: 85 });
    case 'image/gif':
      return pipeline.gif();
    case 'image/avif':
      return pipeline.avif({ quality: 60, effort: 3 });
  }
}
