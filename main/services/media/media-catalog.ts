/**
 * Every image a playlist can name, behind one URL scheme shared by both hosts:
 *   /media/bundled/NAME  – Pano's own slides (assets/slides)
 *   /media/library/NAME  – the operator's media library (DATA/media)
 *   /media/cache/NAME    – images downloaded from http(s) URLs (DATA/cache/media)
 */
import { lstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeForFile } from '../../core/media-type';
import { BUNDLED_SLIDES } from '../../core/playlist/schema';
import type { MediaFile } from '../host/host-api';
import type { Logger } from '../logger';
import type { RemoteImages } from './remote-images';

/** The URL path shown while an image is not available: the bundled standby card. */
export const STANDBY_MEDIA_URL = '/media/bundled/standby.jpg';

export interface MediaCatalog {
  /** The URL path a screen loads for a playlist `image.src`. */
  urlFor(src: string): string;
  /** The file behind a media URL (path, with or without a query), or null. Never leaves its folder. */
  resolve(url: string): Promise<MediaFile | null>;
}

/**
 * A plain file name as people make them ("Ảnh Đại hội (2).jpg"): no folder
 * separators, no control characters, no leading dot — nothing that could
 * climb out of a folder or hide.
 */
export function isSafeFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.length <= 200 && /^[^./\\\x00-\x1f][^/\\\x00-\x1f]*$/u.test(name);
}

export function createMediaCatalog(options: {
  slidesDir: string;
  libraryDir: string;
  cacheDir: string;
  remote: RemoteImages;
  logger: Logger;
}): MediaCatalog {
  const folders: Record<string, string> = {
    bundled: options.slidesDir,
    library: options.libraryDir,
    cache: options.cacheDir,
  };
  const reportedMissing = new Set<string>();

  function missing(src: string, why: string): string {
    if (!reportedMissing.has(src)) {
      reportedMissing.add(src);
      options.logger.warn('media-missing', `image "${src}" ${why}; showing the standby card instead`, { src });
    }
    return STANDBY_MEDIA_URL;
  }

  return {
    urlFor(src) {
      if ((BUNDLED_SLIDES as readonly string[]).includes(src)) return `/media/bundled/${src}.jpg`;
      if (/^https?:\/\//i.test(src)) {
        const name = options.remote.cachedName(src);
        return name ? `/media/cache/${name}` : STANDBY_MEDIA_URL;
      }
      if (!isSafeFileName(src))
        return missing(src, 'is not a bundled slide (bk1…bk5), an http(s) URL or a plain file name');
      const found = findLibraryFile(options.libraryDir, src);
      if (!found) return missing(src, `is not in the media library (${options.libraryDir})`);
      reportedMissing.delete(src);
      // The version makes a replaced file a new URL, so no screen keeps showing its cached old picture.
      return `/media/library/${encodeURIComponent(found.name)}?v=${found.version}`;
    },

    async resolve(url) {
      // The ?v= of a library URL only makes it new for caches; the file is named by the path.
      const match = /^\/media\/(bundled|library|cache)\/([^/?]+)(?:\?.*)?$/.exec(url);
      if (!match) return null;
      const folder = folders[match[1] as string] as string;
      let name: string;
      try {
        name = decodeURIComponent(match[2] as string);
      } catch {
        return null;
      }
      if (!isSafeFileName(name)) return null;
      const filePath = join(folder, name);
      try {
        // lstat: a symlink planted in a media folder must not lead out of it.
        if (!(await lstat(filePath)).isFile()) return null;
      } catch {
        return null;
      }
      return { filePath, contentType: contentTypeForFile(name) };
    },
  };
}

/**
 * The library file for `src` and a version that changes when the file does. Names are tried as
 * typed and in both Unicode forms: files copied from some systems carry decomposed Vietnamese
 * letters that look the same as the playlist's. Symlinks and folders are not media.
 */
function findLibraryFile(libraryDir: string, src: string): { name: string; version: string } | null {
  for (const name of new Set([src, src.normalize('NFC'), src.normalize('NFD')])) {
    try {
      const stats = lstatSync(join(libraryDir, name));
      if (stats.isFile()) return { name, version: `${Math.round(stats.mtimeMs)}-${stats.size}` };
    } catch {
      // try the next form
    }
  }
  return null;
}
