/**
 * The operator's media library, DATA/media: uploads checked by their bytes
 * (never the name or the browser's type), images decoded and shrunk to screen
 * size, every file stored under the hash of its content (`<sha256-16hex>.<ext>`)
 * with the name it came under kept in DATA/media/.index.json. Whatever is
 * refused leaves nothing behind: the upload lands in a dot-named temp file
 * (never served, never listed) that is removed on every way out.
 */
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { MEDIA_MAX_BYTES, type MediaEntry, type MediaKind } from '../../core/api/media-api';
import { IMAGE_TYPES, sniffImageType, sniffVideoType, VIDEO_TYPES, contentTypeForFile } from '../../core/media-type';
import { formatBytes } from '../net/http-fetch';
import { writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import type { Logger } from '../logger';
import { DEFAULT_MAX_EDGE_PX, prepareImage } from './downscale-image';
import { isSafeFileName } from './media-catalog';

/** What an upload came to; a refusal carries the HTTP status and a sentence for the operator. */
export type UploadResult =
  { ok: true; entry: MediaEntry } | { ok: false; status: 400 | 413 | 415 | 500; error: string };

/** The media library. */
export interface MediaLibrary {
  /** Every image and video in DATA/media, newest first. */
  list(): Promise<MediaEntry[]>;
  /** Stores one uploaded file; `stream.truncated` (set by the multipart parser) means it was cut at the limit. */
  store(upload: { fileName: string; stream: Readable & { truncated?: boolean } }): Promise<UploadResult>;
  /** Deletes a library file by its stored name; false when there is none. */
  remove(name: string): Promise<boolean>;
}

export interface MediaLibraryOptions {
  /** DATA/media. */
  dir: string;
  logger: Logger;
  maxBytes?: { image: number; video: number };
  /** Uploaded pictures are shrunk to this longest edge (never enlarged). */
  maxEdgePx?: number;
  now?: () => Date;
}

interface IndexEntry {
  originalName: string;
  uploadedAt: string;
  width?: number;
  height?: number;
}

/** Bytes enough to tell every supported type (a WebM's DocType sits in its first few dozen). */
const SNIFF_BYTES = 4096;
const INDEX_FILE = '.index.json';

/** Opens DATA/media, removing temp files a crash left behind. */
export async function openMediaLibrary(options: MediaLibraryOptions): Promise<MediaLibrary> {
  const { dir, logger } = options;
  const maxBytes = options.maxBytes ?? MEDIA_MAX_BYTES;
  const now = options.now ?? (() => new Date());
  const indexFile = join(dir, INDEX_FILE);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (name.startsWith('.upload-') && name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
  }

  let damagedIndexNamed = false;
  async function readIndex(): Promise<Record<string, IndexEntry>> {
    let text: string;
    try {
      text = await readFile(indexFile, 'utf8');
    } catch {
      return {}; // none yet: the files are listed under their stored names
    }
    try {
      const parsed = JSON.parse(text) as { files?: Record<string, IndexEntry> };
      if (parsed.files && typeof parsed.files === 'object') return parsed.files;
    } catch {
      // damaged: said below
    }
    // The index holds the names files were uploaded under. Damaged, the library still lists every file (under its
    // stored name), but the operator should hear why the names changed, and the next upload rewrites the index:
    // keep a copy of what was there first.
    if (!damagedIndexNamed) {
      damagedIndexNamed = true;
      const aside = `${indexFile}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
      await copyFile(indexFile, aside).catch(() => undefined);
      logger.warn(
        'media-index-damaged',
        `${indexFile} is damaged: library files show under their stored names, not the names they were uploaded under (a copy was kept as ${aside})`,
      );
    }
    return {};
  }
  // Read once at the start, so a damaged index is named when the host starts, not at the next upload.
  await readIndex();
  let indexQueue: Promise<unknown> = Promise.resolve();
  const changeIndex = (change: (files: Record<string, IndexEntry>) => void) => {
    const next = indexQueue.then(async () => {
      const files = await readIndex();
      change(files);
      await writeFileAtomic(indexFile, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    });
    indexQueue = next.catch(() => undefined);
    return next;
  };

  function entryFor(name: string, bytes: number, mtime: Date, indexed: IndexEntry | undefined): MediaEntry | null {
    const type = contentTypeForFile(name);
    const kind: MediaKind | null = type.startsWith('image/') ? 'image' : type.startsWith('video/') ? 'video' : null;
    if (!kind) return null;
    return {
      name,
      originalName: indexed?.originalName ?? name,
      kind,
      bytes,
      ...(indexed?.width ? { width: indexed.width, height: indexed.height ?? 0 } : {}),
      url: `/media/library/${encodeURIComponent(name)}`,
      uploadedAt: indexed?.uploadedAt ?? mtime.toISOString(),
    };
  }

  /** Streams the upload into `temp`, deciding its kind from the first bytes; a refusal stops reading. */
  async function receive(
    stream: Readable & { truncated?: boolean },
    temp: string,
  ): Promise<
    { ok: true; kind: MediaKind; ext: string; bytes: number; hash: string } | Exclude<UploadResult, { ok: true }>
  > {
    const handle = await open(temp, 'wx', 0o644);
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let kind: { kind: MediaKind; ext: string } | null = null;
    let bytes = 0;
    const decide = () => {
      const image = sniffImageType(head);
      if (image) return { kind: 'image' as const, ext: IMAGE_TYPES[image] };
      const video = sniffVideoType(head);
      return video ? { kind: 'video' as const, ext: VIDEO_TYPES[video] } : null;
    };
    const unknown = {
      ok: false,
      status: 415,
      error: 'the file is not a JPEG, PNG, WebP, GIF or AVIF image, nor an MP4 or WebM video (judged by its content)',
    } as const;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (!kind && head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (!kind && head.length >= SNIFF_BYTES && !(kind = decide())) return unknown;
        bytes += chunk.length;
        const limit = kind ? maxBytes[kind.kind] : Math.max(maxBytes.image, maxBytes.video);
        if (bytes > limit) return tooLarge(kind?.kind ?? 'video', limit);
        hash.update(chunk);
        await handle.write(chunk);
      }
      if (stream.truncated) return tooLarge(kind?.kind ?? 'video', kind ? maxBytes[kind.kind] : maxBytes.video);
      kind ??= decide();
      if (!kind) return unknown;
      if (bytes > maxBytes[kind.kind]) return tooLarge(kind.kind, maxBytes[kind.kind]);
      await handle.sync();
      return { ok: true, ...kind, bytes, hash: hash.digest('hex') };
    } finally {
      await handle.close();
    }
  }

  async function storeReceived(
    temp: string,
    got: { kind: MediaKind; ext: string; bytes: number; hash: string },
  ): Promise<UploadResult & { indexed?: IndexEntry }> {
    if (got.kind === 'video') {
      const name = `${got.hash.slice(0, 16)}.${got.ext}`;
      await rename(temp, join(dir, name));
      return { ok: true, entry: entryFor(name, got.bytes, now(), undefined) as MediaEntry };
    }
    const prepared = await prepareImage(await readFile(temp), options.maxEdgePx ?? DEFAULT_MAX_EDGE_PX);
    if (!prepared.ok) return { ok: false, status: 400, error: `the image was refused: ${prepared.error}` };
    const { bytes, type } = prepared.value;
    const meta = await sharp(bytes).metadata();
    const shown = meta.autoOrient ?? { width: meta.width, height: meta.height };
    const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${IMAGE_TYPES[type]}`;
    await writeFileAtomic(join(dir, name), bytes);
    const entry = entryFor(name, bytes.length, now(), {
      originalName: name,
      uploadedAt: now().toISOString(),
      width: shown.width,
      height: shown.height,
    }) as MediaEntry;
    return { ok: true, entry };
  }

  return {
    async list() {
      const index = await readIndex();
      const entries: MediaEntry[] = [];
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        if (!isSafeFileName(name)) continue;
        const stats = await lstat(join(dir, name)).catch(() => null);
        const entry = stats?.isFile() ? entryFor(name, stats.size, stats.mtime, index[name]) : null;
        if (entry) entries.push(entry);
      }
      return entries.sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt) || a.name.localeCompare(b.name));
    },

    async store({ fileName, stream }) {
      const originalName = fileName.normalize('NFC');
      if (!isSafeFileName(originalName)) {
        stream.resume(); // let the request finish; nothing of it is kept
        return {
          ok: false,
          status: 400,
          error: `the file name "${originalName.slice(0, 80)}" is not a plain file name (no folders, no leading dot)`,
        };
      }
      const temp = join(dir, `.upload-${randomBytes(8).toString('hex')}.tmp`);
      try {
        const got = await receive(stream, temp);
        if (!got.ok) {
          logger.warn('media-refused', `upload "${originalName}" refused: ${got.error}`);
          return got;
        }
        const stored = await storeReceived(temp, got);
        if (!stored.ok) {
          logger.warn('media-refused', `upload "${originalName}" refused: ${stored.error}`);
          return stored;
        }
        const entry = { ...stored.entry, originalName };
        await changeIndex((files) => {
          files[entry.name] = {
            originalName,
            uploadedAt: entry.uploadedAt,
            ...(entry.width ? { width: entry.width, height: entry.height ?? 0 } : {}),
          };
        });
        logger.info('media-uploaded', `"${originalName}" added to the media library as ${entry.name}`);
        return { ok: true, entry };
      } catch (error) {
        // The disk refused before the body was read (read-only, full, folder gone): drain it, or the browser's
        // kept-alive connection waits on an unread request and the console's next call hangs.
        stream.resume();
        logger.error('media-upload-failed', `cannot store "${originalName}" (${describeFsError(error)})`);
        return { ok: false, status: 500, error: `cannot store the file (${describeFsError(error)})` };
      } finally {
        await rm(temp, { force: true });
      }
    },

    async remove(name) {
      if (!isSafeFileName(name)) return false;
      const stats = await lstat(join(dir, name)).catch(() => null);
      if (!stats?.isFile()) return false;
      await rm(join(dir, name));
      await changeIndex((files) => void delete files[name]);
      logger.info('media-deleted', `${name} deleted from the media library`);
      return true;
    },
  };
}

function tooLarge(kind: MediaKind, limit: number): { ok: false; status: 413; error: string } {
  return { ok: false, status: 413, error: `the ${kind} is larger than the ${formatBytes(limit)} allowed` };
}
