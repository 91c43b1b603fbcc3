/**
 * Every image and video a playlist can name, behind one URL scheme shared by both hosts:
 *   /media/bundled/NAME  – Pano's own slides (assets/slides)
 *   /media/library/NAME  – the operator's media library (DATA/media)
 *   /media/cache/NAME    – images downloaded from http(s) URLs (DATA/cache/media)
 *   /media/copies/NAME   – screen-sized copies of big library pictures (see library-copies.ts)
 */
import { lstatSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeForFile } from '../../core/media-type';
import { BUNDLED_SLIDES } from '../../core/playlist/schema';
import type { MediaFile } from '../host/host-api';
import type { Logger } from '../logger';
import { fileVersion, type LibraryCopies } from './library-copies';
import type { RemoteImages } from './remote-images';
import type { VideoProbe } from './video-probe';

/** The URL path shown while an image is not available: the bundled standby card. */
export const STANDBY_MEDIA_URL = '/media/bundled/standby.jpg';

export interface MediaCatalog {
  /** The URL path a screen loads for a playlist `image.src`. */
  urlFor(src: string): string;
  /** The file behind a media URL (path, with or without a query), or null. Never leaves its folder. */
  resolve(url: string): Promise<MediaFile | null>;
  /**
   * The URL path of a playlist `video.src`: a library file that is an MP4 or
   * WebM by its bytes; null while it is missing, not yet read, not a video, or
   * an http(s) URL (remote videos are not downloaded yet).
   */
  videoUrlFor(src: string): string | null;
  /** The length of a library video in ms once it has been read, else null. */
  videoDurationMsFor(src: string): number | null;
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
  /** Reads library videos; without it no video plays. */
  videos?: VideoProbe;
  /** Shows big library pictures through screen-sized copies; without it they are served as they are. */
  copies?: LibraryCopies;
}): MediaCatalog {
  const folders: Record<string, string | undefined> = {
    bundled: options.slidesDir,
    library: options.libraryDir,
    cache: options.cacheDir,
    copies: options.copies?.dir,
  };
  const reportedMissing = new Set<string>();

  function missing(src: string, why: string): string {
    if (!reportedMissing.has(src)) {
      reportedMissing.add(src);
      options.logger.warn('media-missing', `image "${src}" ${why}; showing the standby card instead`, { src });
    }
    return STANDBY_MEDIA_URL;
  }

  function missingVideo(src: string, why: string): null {
    if (!reportedMissing.has(src)) {
      reportedMissing.add(src);
      options.logger.warn('media-missing', `video "${src}" ${why}; the rotation plays without it`, { src });
    }
    return null;
  }

  /** The library file of a video src and what its bytes say, or why there is none (undefined: being read). */
  function libraryVideo(src: string) {
    if (!options.videos || /^https?:\/\//i.test(src) || !isSafeFileName(src)) return null;
    const found = findLibraryFile(options.libraryDir, src);
    if (!found) return null;
    return { found, info: options.videos.info(join(options.libraryDir, found.name), found) };
  }

  return {
    videoUrlFor(src) {
      if (!options.videos) return null;
      if (/^https?:\/\//i.test(src)) return missingVideo(src, 'is an http(s) URL; only media library videos play');
      if (!isSafeFileName(src)) return missingVideo(src, 'is not a plain file name in the media library');
      const video = libraryVideo(src);
      if (!video) return missingVideo(src, `is not in the media library (${options.libraryDir})`);
      if (video.info === undefined) return null; // being read; the state is rebuilt when it is done
      if (video.info.type === null) return missingVideo(src, 'is not an MP4 or WebM video');
      reportedMissing.delete(src);
      return `/media/library/${encodeURIComponent(video.found.name)}?v=${video.found.version}`;
    },

    videoDurationMsFor(src) {
      return libraryVideo(src)?.info?.durationMs ?? null;
    },

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
      // Until the copy is made (or when none is needed) the original is shown, as it always was.
      const copy = options.copies?.copyFor(found);
      if (copy) return `/media/copies/${copy}`;
      // The version makes a replaced file a new URL, so no screen keeps showing its cached old picture.
      return `/media/library/${encodeURIComponent(found.name)}?v=${found.version}`;
    },

    async resolve(url) {
      // The ?v= of a library URL only makes it new for caches; the file is named by the path.
      const match = /^\/media\/(bundled|library|cache|copies)\/([^/?]+)(?:\?.*)?$/.exec(url);
      const folder = match && folders[match[1] as string];
      if (!match || !folder) return null;
      let name: string;
      try {
        name = decodeURIComponent(match[2] as string);
      } catch {
        return null;
      }
      if (!isSafeFileName(name)) return null;
      const filePath = join(folder, name);
      let stats: Awaited<ReturnType<typeof lstat>>;
      try {
        // lstat: a symlink planted in a media folder must not lead out of it.
        stats = await lstat(filePath);
        if (!stats.isFile()) return null;
      } catch {
        return null;
      }
      const byName = contentTypeForFile(name);
      // A library video is served as what its bytes are, whatever the operator named it ("phim.MOV"
      // that is an MP4). Pictures keep their name's type: probing each one would read it twice.
      const sniffed =
        match[1] === 'library' && !byName.startsWith('image/') ? options.videos?.info(filePath, stats)?.type : null;
      return { filePath, contentType: sniffed ?? byName };
    },
  };
}

/**
 * The library file for `src` and a version that changes when the file does. Names are tried as
 * typed and in both Unicode forms: files copied from some systems carry decomposed Vietnamese
 * letters that look the same as the playlist's. Symlinks and folders are not media.
 */
function findLibraryFile(
  libraryDir: string,
  src: string,
): { name: string; version: string; mtimeMs: number; size: number } | null {
  for (const name of new Set([src, src.normalize('NFC'), src.normalize('NFD')])) {
    try {
      const stats = lstatSync(join(libraryDir, name));
      if (stats.isFile()) {
        return {
          name,
          version: fileVersion(stats),
          mtimeMs: stats.mtimeMs,
          size: stats.size,
        };
      }
    } catch {
      // try the next form
    }
  }
  return null;
}
