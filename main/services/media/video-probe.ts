/**
 * What a video file is (MP4, WebM or neither, from its bytes) and how long it
 * runs, read once per version of the file (path + mtime + size) and kept in
 * memory: a playlist rebuild asks many times, the disk is read once.
 */
import { open } from 'node:fs/promises';
import { sniffVideoType, videoDurationMs, type VideoMimeType } from '../../core/media-type';
import type { Logger } from '../logger';

/** What was read from a video file. */
export interface VideoInfo {
  /** null: the file is no MP4 or WebM, whatever its name says. */
  type: VideoMimeType | null;
  /** null: the file does not say (a live WebM recording, a cut file). */
  durationMs: number | null;
}

/** The version of a file the cache is keyed on. */
export interface FileVersion {
  mtimeMs: number;
  size: number;
}

/** Probed videos, by file version. */
export interface VideoProbe {
  /**
   * What is known of this version of the file, or undefined while it is being
   * read (the first ask starts it; `onProbed` says when it is done).
   */
  info(filePath: string, version: FileVersion): VideoInfo | undefined;
  /** Resolves when every probe started so far has finished (tests, shutdown). */
  settled(): Promise<void>;
}

/** How much of each end of a file is read: an MP4's index is at one end or the other. */
export const PROBE_BYTES = 4 * 1024 * 1024;

/** Reads the head (and, for an MP4 whose index is not there, the tail) of one file. */
export async function probeVideoFile(filePath: string, chunkBytes = PROBE_BYTES): Promise<VideoInfo> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const read = async (position: number, length: number) => {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    const head = await read(0, Math.min(size, chunkBytes));
    const type = sniffVideoType(head);
    if (type === null) return { type, durationMs: null };
    let durationMs = videoDurationMs(head);
    if (durationMs === null && type === 'video/mp4' && size > head.length) {
      const tailStart = Math.max(head.length, size - chunkBytes);
      durationMs = videoDurationMs(await read(tailStart, size - tailStart));
    }
    return { type, durationMs };
  } finally {
    await handle.close();
  }
}

const keyOf = (filePath: string, version: FileVersion) =>
  `${filePath}\u0000${Math.round(version.mtimeMs)}\u0000${version.size}`;

/** A probe cache; `onProbed` is called after each file is read so the state can use what was learnt. */
export function createVideoProbe(options: { logger: Logger; onProbed: () => void; chunkBytes?: number }): VideoProbe {
  const known = new Map<string, VideoInfo>();
  const latestKeyOf = new Map<string, string>(); // path → key of the version last asked for
  const running = new Set<Promise<void>>();

  function start(filePath: string, key: string): void {
    const task = probeVideoFile(filePath, options.chunkBytes)
      .catch((error: unknown) => {
        options.logger.warn('video-probe-failed', `cannot read the video ${filePath}: ${(error as Error).message}`, {
          file: filePath,
        });
        return { type: null, durationMs: null } satisfies VideoInfo;
      })
      .then((info) => {
        known.set(key, info);
        if (info.type !== null && info.durationMs === null) {
          options.logger.info('video-length-unknown', `the video ${filePath} does not say how long it is`, {
            file: filePath,
          });
        }
        options.onProbed();
      })
      .finally(() => running.delete(task));
    running.add(task);
  }

  return {
    info(filePath, version) {
      const key = keyOf(filePath, version);
      const found = known.get(key);
      if (found) return found;
      const previous = latestKeyOf.get(filePath);
      if (previous !== key) {
        // A replaced file: forget the old version's entry so the cache stays as small as the library.
        if (previous !== undefined) known.delete(previous);
        latestKeyOf.set(filePath, key);
        start(filePath, key);
      }
      return undefined;
    },
    async settled() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
