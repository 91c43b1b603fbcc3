/**
 * Screen-sized copies of the media library's big pictures. An operator may copy camera originals
 * (4000×3000) straight into DATA/media; the screen would decode and scale 12 megapixels on every
 * transition. Each such picture gets a copy shrunk to the screen's size in the cache, made once per file
 * version in the background. Until it exists the original is shown, as before; when it lands the host
 * rebuilds the state so screens switch to it. The operator's file is only read, never changed.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_TYPES } from '../../core/media-type';
import { writeFileAtomic } from '../atomic-write';
import type { Logger } from '../logger';
import { DEFAULT_MAX_EDGE_PX, prepareImage } from './downscale-image';

export interface LibraryCopiesOptions {
  /** The operator's media library (DATA/media), only ever read. */
  libraryDir: string;
  /** Where the copies live; nothing else may be kept there (unknown files are pruned). */
  copiesDir: string;
  logger: Logger;
  /** Called when a copy has landed, so the state can point at it. */
  onAvailable: () => void;
  /** Pictures whose longest edge is over this get a copy of at most this. Default 1920. */
  maxEdgePx?: number;
  /** How often at most a use of the copies looks for copies of removed files (default 60 s). */
  sweepEveryMs?: number;
}

/** A library file as the catalog found it: its name in the folder and a version that changes with it. */
export interface LibraryFileVersion {
  name: string;
  version: string;
}

export interface LibraryCopies {
  /** The folder the copy names below live in. */
  readonly dir: string;
  /**
   * The copy's file name for this version of a library picture, or null when the original is to be shown:
   * the copy is being made (started here when needed), the picture is small enough already, or unreadable.
   */
  copyFor(file: LibraryFileVersion): string | null;
  /** Resolves once no copy is being made or pruned (tests and shutdown). */
  settled(): Promise<void>;
  close(): void;
}

const keyOf = (name: string, version: string, maxEdgePx: number) =>
  createHash('sha256').update(`${name}\0${version}\0${maxEdgePx}`).digest('hex');

/** Opens the copies folder, learning which copies are already made. */
export async function openLibraryCopies(options: LibraryCopiesOptions): Promise<LibraryCopies> {
  const { libraryDir, copiesDir, logger } = options;
  const maxEdgePx = options.maxEdgePx ?? DEFAULT_MAX_EDGE_PX;
  const sweepEveryMs = options.sweepEveryMs ?? 60_000;
  await mkdir(copiesDir, { recursive: true });
  const made = new Map<string, string>(); // key → copy file name
  /** Versions that need no copy: small enough as they are (or animated), or unreadable (logged once). */
  const asIs = new Set<string>();
  const queued = new Set<string>(); // keys of copies waiting or being made
  let closed = false;
  let work: Promise<void> = Promise.resolve();
  let lastSweepMs = 0;
  let sweepQueued = false;

  for (const name of await readdir(copiesDir)) {
    const key = name.split('.')[0];
    if (key && /^[0-9a-f]{64}$/.test(key) && !name.startsWith('.')) made.set(key, name);
  }

  /** One after the other: a folder of 200 camera pictures must not decode 200 at once on a small PC. */
  const enqueue = (task: () => Promise<void>) => {
    work = work.then(task).catch((error: unknown) => {
      logger.warn('library-copy-failed', `library picture copies: ${(error as Error).message}`);
    });
  };

  async function makeCopy(key: string, file: LibraryFileVersion): Promise<void> {
    if (closed) return;
    const filePath = join(libraryDir, file.name);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(filePath);
    } catch {
      return; // gone or replaced meanwhile: the next state rebuild asks for what is there now
    }
    // A file still being copied in changes under us; its later version gets its own try.
    if ((await versionOf(filePath)) !== file.version) return;
    const prepared = await prepareImage(bytes, maxEdgePx);
    if (closed) return;
    if (!prepared.ok) {
      asIs.add(key);
      logger.warn(
        'library-copy-failed',
        `cannot make a screen-sized copy of the library picture "${file.name}": ${prepared.error}; showing the file as it is`,
        { src: file.name },
      );
      return;
    }
    const { value } = prepared;
    if (!value.resized) {
      asIs.add(key);
      return;
    }
    const name = `${key}.${IMAGE_TYPES[value.type]}`;
    await writeFileAtomic(join(copiesDir, name), value.bytes);
    made.set(key, name);
    logger.info(
      'library-copy-made',
      `made a screen-sized copy of "${file.name}" (${value.resized.fromPx.join('×')} → ${value.resized.toPx.join('×')} px)`,
      { src: file.name },
    );
    await sweep(); // a replaced file's old copy goes now
    options.onAvailable();
  }

  /** Drops the copies (and what is remembered) of library files that are gone or changed. */
  async function sweep(): Promise<void> {
    sweepQueued = false;
    if (closed) return;
    lastSweepMs = Date.now();
    const current = new Set<string>();
    let names: string[];
    try {
      names = await readdir(libraryDir);
    } catch {
      return; // the library folder is missing (unmounted?): keep the copies until it is back
    }
    for (const name of names) {
      const version = await versionOf(join(libraryDir, name));
      if (version) current.add(keyOf(name, version, maxEdgePx));
    }
    for (const key of asIs) if (!current.has(key)) asIs.delete(key);
    const stale: string[] = [];
    for (const name of await readdir(copiesDir)) {
      const key = name.split('.')[0] ?? '';
      // Copies are made one at a time in this same queue, so a dot file is a write cut short (power cut).
      if (name.startsWith('.') || !current.has(key)) {
        stale.push(name);
        if (made.get(key) === name) made.delete(key);
      }
    }
    if (stale.length === 0) return;
    await Promise.all(stale.map((name) => rm(join(copiesDir, name), { force: true })));
    logger.info('library-copies-pruned', `removed ${stale.length} copied picture(s) of library files gone or replaced`);
  }

  enqueue(sweep);

  return {
    dir: copiesDir,
    copyFor(file) {
      // Files taken out of the library are only noticed by looking; the state asks often, so look now and then.
      if (!closed && !sweepQueued && Date.now() - lastSweepMs > sweepEveryMs) {
        sweepQueued = true;
        enqueue(sweep);
      }
      const key = keyOf(file.name, file.version, maxEdgePx);
      const name = made.get(key);
      if (name) return name;
      if (closed || asIs.has(key) || queued.has(key)) return null;
      queued.add(key);
      enqueue(() => makeCopy(key, file).finally(() => queued.delete(key)));
      return null;
    },
    async settled() {
      // Work queued while waiting is waited for too.
      for (let seen: Promise<void> | null = null; seen !== work;) {
        seen = work;
        await seen;
      }
    },
    close() {
      closed = true;
    },
  };
}

/** The version of a library file as URLs and copies name it: it changes when the file is replaced or edited. */
export function fileVersion(stats: { mtimeMs: number; size: number }): string {
  return `${Math.round(stats.mtimeMs)}-${stats.size}`;
}

async function versionOf(filePath: string): Promise<string | null> {
  try {
    // lstat: symlinks and folders are not media, as in the catalog.
    const stats = await lstat(filePath);
    return stats.isFile() ? fileVersion(stats) : null;
  } catch {
    return null;
  }
}
