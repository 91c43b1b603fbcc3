/**
 * Images named by http(s) URL in the playlist, downloaded into DATA/cache/media
 * under the hash of their URL. Until a download lands the caller shows its
 * fallback; a failed download retries with growing pauses and never replaces a
 * copy that is already there.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_TYPES, sniffImageType } from '../../core/media-type';
import { writeFileAtomic } from '../atomic-write';
import type { Logger } from '../logger';

export interface RemoteImagesOptions {
  cacheDir: string;
  logger: Logger;
  /** Called when a new image has landed, so the state can point at it. */
  onAvailable: () => void;
  maxBytes?: number;
  timeoutMs?: number;
}

/** The cache of downloaded images. */
export interface RemoteImages {
  /** The cached file name for `url`, or null while it is not (yet) there; starts a download when needed. */
  cachedName(url: string): string | null;
  close(): void;
}

const MAX_BYTES = 30 * 1024 * 1024;
const RETRY_MS = { first: 60_000, max: 3_600_000 };

/** Opens the cache, learning what is already on disk. */
export async function openRemoteImages(options: RemoteImagesOptions): Promise<RemoteImages> {
  const { cacheDir, logger } = options;
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

  async function download(url: string, hash: string): Promise<void> {
    pending.add(hash);
    try {
      const response = await fetch(url, {
        redirect: 'follow',
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(options.timeoutMs ?? 30_000)]),
      });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const bytes = await readCapped(response, options.maxBytes ?? MAX_BYTES);
      const type = sniffImageType(bytes);
      if (!type) throw new Error('it is not a JPEG, PNG, WebP, GIF or AVIF image');
      const name = `${hash}.${IMAGE_TYPES[type]}`;
      await writeFileAtomic(join(cacheDir, name), bytes);
      onDisk.set(hash, name);
      retryAt.delete(hash);
      logger.info('image-downloaded', `downloaded ${url} (${Math.round(bytes.length / 1024)} KB)`, { url });
      options.onAvailable();
    } catch (error) {
      if (controller.signal.aborted) return;
      const previous = retryAt.get(hash);
      const delayMs = previous ? Math.min(previous.delayMs * 2, RETRY_MS.max) : RETRY_MS.first;
      retryAt.set(hash, { atMs: Date.now() + delayMs, delayMs });
      const reason =
        error instanceof Error ? (error.name === 'TimeoutError' ? 'it took too long' : error.message) : String(error);
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
      const hash = createHash('sha256').update(url).digest('hex');
      const name = onDisk.get(hash);
      if (name) return name;
      const retry = retryAt.get(hash);
      if (!pending.has(hash) && (!retry || retry.atMs <= Date.now())) void download(url, hash);
      return null;
    },
    close: () => controller.abort(),
  };
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new Error(`it is larger than ${formatBytes(maxBytes)}`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`it is larger than ${formatBytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function formatBytes(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
