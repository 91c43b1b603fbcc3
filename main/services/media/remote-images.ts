/**
 * Images named by http(s) URL (playlist items, news articles), downloaded into DATA/cache/media under the hash
 * of their URL. Until a download lands the caller shows its fallback; a failed download retries with growing
 * pauses and never replaces a copy that is already there. Downloads go through the hardened GET, are checked
 * by their bytes and shrunk to the screen's size; the host prunes what no longer is in use.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_TYPES } from '../../core/media-type';
import { writeFileAtomic } from '../atomic-write';
import type { Logger } from '../logger';
import { formatBytes, httpGet, type FetchLimits } from '../net/http-fetch';
import { DEFAULT_MAX_EDGE_PX, prepareImage, type PreparedImage } from './downscale-image';

export interface RemoteImagesOptions {
  cacheDir: string;
  logger: Logger;
  /** Called when a new image has landed, so the state can point at it. */
  onAvailable: () => void;
  /** Largest download accepted (default 30 MB). */
  maxBytes?: number;
  /** Deadline of one download (default 30 s). */
  timeoutMs?: number;
  /** Connect timeout and redirect cap; maxBytes and timeoutMs above win over the same limits here. */
  fetchLimits?: Partial<FetchLimits>;
  /** Pictures are shrunk so their longest edge is at most this (never enlarged). Default 1920. */
  maxEdgePx?: number;
}

/** The cache of downloaded images. */
export interface RemoteImages {
  /** The cached file name for `url`, or null while it is not (yet) there; starts a download when needed. */
  cachedName(url: string): string | null;
  /**
   * Puts a bundled file into the cache as the download of `url` unless it is there already, so a bundled
   * article's picture shows offline. Resolves true when the cache holds `url` afterwards; never rejects.
   */
  seed(url: string, filePath: string): Promise<boolean>;
  /** Removes every cached image whose URL is not among `urls` (all the URLs still in use), so the cache stays bounded. */
  retain(urls: Iterable<string>): void;
  close(): void;
}

const MAX_BYTES = 30 * 1024 * 1024;
const RETRY_MS = { first: 60_000, max: 3_600_000 };
const ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.5';
const hashOf = (url: string) => createHash('sha256').update(url).digest('hex');

/** Opens the cache, learning what is already on disk. */
export async function openRemoteImages(options: RemoteImagesOptions): Promise<RemoteImages> {
  const { cacheDir, logger } = options;
  const maxEdgePx = options.maxEdgePx ?? DEFAULT_MAX_EDGE_PX;
  const limits: Partial<FetchLimits> = {
    ...options.fetchLimits,
    maxBytes: options.maxBytes ?? options.fetchLimits?.maxBytes ?? MAX_BYTES,
    totalTimeoutMs: options.timeoutMs ?? options.fetchLimits?.totalTimeoutMs ?? 30_000,
  };
  await mkdir(cacheDir, { recursive: true });
  const onDisk = new Map<string, string>(); // url hash → file name
  for (const name of await readdir(cacheDir)) {
    // Left by a download cut short (power cut, SIGKILL): never a usable image.
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      await rm(join(cacheDir, name), { force: true });
      continue;
    }
    const hash = name.split('.')[0];
    if (hash && /^[0-9a-f]{64}$/.test(hash)) onDisk.set(hash, name);
  }
  const pending = new Set<string>();
  const retryAt = new Map<string, { atMs: number; delayMs: number }>();
  const controller = new AbortController();

  async function store(hash: string, image: PreparedImage): Promise<string> {
    const name = `${hash}.${IMAGE_TYPES[image.type]}`;
    await writeFileAtomic(join(cacheDir, name), image.bytes);
    const previous = onDisk.get(hash);
    // The same URL may now be another format (the site replaced a PNG with a JPEG): drop the old file.
    if (previous && previous !== name) await rm(join(cacheDir, previous), { force: true });
    onDisk.set(hash, name);
    return name;
  }

  const describe = (image: PreparedImage) =>
    image.resized
      ? `, shrunk from ${image.resized.fromPx.join('×')} to ${image.resized.toPx.join('×')} px`
      : `, ${formatBytes(image.bytes.length)}`;

  async function download(url: string, hash: string): Promise<void> {
    pending.add(hash);
    try {
      const result = await httpGet(url, { limits, accept: ACCEPT, signal: controller.signal });
      if (!result.ok) throw new Error(result.error);
      if (result.notModified) return; // never asked conditionally; nothing to do
      const prepared = await prepareImage(result.body, maxEdgePx);
      if (!prepared.ok) throw new Error(prepared.error);
      if (controller.signal.aborted) return;
      await store(hash, prepared.value);
      retryAt.delete(hash);
      logger.info('image-downloaded', `downloaded ${url}${describe(prepared.value)}`, { url });
      options.onAvailable();
    } catch (error) {
      if (controller.signal.aborted) return;
      const previous = retryAt.get(hash);
      const delayMs = previous ? Math.min(previous.delayMs * 2, RETRY_MS.max) : RETRY_MS.first;
      retryAt.set(hash, { atMs: Date.now() + delayMs, delayMs });
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(
        'image-download-failed',
        `cannot download ${url}: ${reason}; showing the fallback, retrying in ${Math.round(delayMs / 60000)} min`,
        { url },
      );
      setTimeout(options.onAvailable, delayMs).unref();
    } finally {
      pending.delete(hash);
    }
  }

  return {
    cachedName(url) {
      const hash = hashOf(url);
      const name = onDisk.get(hash);
      if (name) return name;
      const retry = retryAt.get(hash);
      if (!controller.signal.aborted && !pending.has(hash) && (!retry || retry.atMs <= Date.now())) {
        void download(url, hash);
      }
      return null;
    },

    async seed(url, filePath) {
      const hash = hashOf(url);
      if (onDisk.has(hash)) return true;
      try {
        const prepared = await prepareImage(await readFile(filePath), maxEdgePx);
        if (!prepared.ok) throw new Error(prepared.error);
        if (onDisk.has(hash)) return true; // a download landed meanwhile: the real thing wins
        await store(hash, prepared.value);
        retryAt.delete(hash);
        return true;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn('image-seed-failed', `cannot use the bundled picture ${filePath} for ${url}: ${reason}`, { url });
        return false;
      }
    },

    retain(urls) {
      const keep = new Set<string>();
      for (const url of urls) keep.add(hashOf(url));
      for (const hash of retryAt.keys()) if (!keep.has(hash)) retryAt.delete(hash);
      const stale = [...onDisk].filter(([hash]) => !keep.has(hash));
      if (stale.length === 0) return;
      for (const [hash] of stale) onDisk.delete(hash);
      void Promise.all(stale.map(([, name]) => rm(join(cacheDir, name), { force: true }))).then(
        () => logger.info('image-cache-pruned', `removed ${stale.length} cached picture(s) no longer in use`),
        (error: unknown) =>
          logger.warn('image-cache-prune-failed', `cannot remove old cached pictures: ${(error as Error).message}`),
      );
    },

    close: () => controller.abort(),
  };
}
