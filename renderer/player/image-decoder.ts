/**
 * Decoding slide images before they are needed, so a transition never shows
 * a half-loaded or missing picture. A small cache of what is decoded, trimmed
 * to the current rotation so memory stays flat over weeks of playback.
 */

/** Where one image stands. */
export type DecodeStatus = 'pending' | 'ready' | 'failed';

/** Loads and decodes one image; resolves with something to hold on to (keeps the decoded bitmap alive). */
export type DecodeImage = (src: string) => Promise<unknown>;

/** A failed image is tried again after this long, in case it was a passing fault. */
export const RETRY_FAILED_AFTER_MS = 60_000;

/** A decode that has not finished by then counts as failed, so a hung download cannot hold a slide forever. */
export const DECODE_TIMEOUT_MS = 20_000;

/** How long to wait for the server to say why an image failed: a hung server must not hold the report. */
export const EXPLAIN_TIMEOUT_MS = 5_000;

interface Entry {
  status: DecodeStatus;
  /** The decoded image while it is in the rotation. */
  handle?: unknown;
  failedAtMs?: number;
}

/** Options of a DecodeCache. */
export interface DecodeCacheOptions {
  decode: DecodeImage;
  /**
   * A monotonic clock in ms, for retrying failures (default `performance.now()`):
   * a wall clock set back by NTP or an operator must not hold retries for that long.
   */
  now?: () => number;
  retryFailedAfterMs?: number;
  /** Called once per source (until it leaves the rotation) when it first fails. */
  onFailure?: (src: string, itemId: string, reason: string) => void;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** The decoded-image cache. An external store: React reads it with useSyncExternalStore. */
export class DecodeCache {
  private readonly entries = new Map<string, Entry>();
  private readonly reported = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private readonly now: () => number;
  private readonly retryFailedAfterMs: number;

  constructor(private readonly options: DecodeCacheOptions) {
    this.now = options.now ?? (() => performance.now());
    this.retryFailedAfterMs = options.retryFailedAfterMs ?? RETRY_FAILED_AFTER_MS;
  }

  /** The status of `src`, or undefined if nobody asked for it yet. */
  status(src: string): DecodeStatus | undefined {
    return this.entries.get(src)?.status;
  }

  /** For a failed `src`: ms until `load` will try it again (0: now); undefined if it has not failed. */
  retryInMs(src: string): number | undefined {
    const entry = this.entries.get(src);
    if (entry?.status !== 'failed') return undefined;
    return Math.max(0, (entry.failedAtMs ?? 0) + this.retryFailedAfterMs - this.now());
  }

  /** How many images are held. */
  get size(): number {
    return this.entries.size;
  }

  /** Starts decoding `src` unless it is decoded, decoding, or failed too recently to try again. */
  load(src: string, itemId: string): void {
    const existing = this.entries.get(src);
    if (existing && existing.status !== 'failed') return;
    if (existing && this.now() - (existing.failedAtMs ?? 0) < this.retryFailedAfterMs) return;

    const entry: Entry = { status: 'pending' };
    this.entries.set(src, entry);
    this.changed();
    this.options.decode(src).then(
      (handle) => {
        if (this.entries.get(src) !== entry) return; // evicted meanwhile
        entry.status = 'ready';
        entry.handle = handle;
        this.changed();
      },
      (error: unknown) => this.fail(src, itemId, reasonOf(error), entry),
    );
  }

  /** Marks `src` failed (e.g. the shown <img> errored after all). */
  markFailed(src: string, itemId: string, reason: string): void {
    const entry = this.entries.get(src) ?? { status: 'pending' };
    this.entries.set(src, entry);
    this.fail(src, itemId, reason, entry);
  }

  /** Forgets every image not in `srcs`: the rotation changed and they are no longer needed. */
  retain(srcs: Iterable<string>): void {
    const keep = new Set(srcs);
    let removed = false;
    for (const src of this.entries.keys()) {
      if (!keep.has(src)) {
        this.entries.delete(src);
        removed = true;
      }
    }
    for (const src of this.reported) if (!keep.has(src)) this.reported.delete(src);
    if (removed) this.changed();
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A number that changes whenever any status does (useSyncExternalStore's snapshot). */
  readonly getVersion = (): number => this.version;

  private fail(src: string, itemId: string, reason: string, entry: Entry): void {
    if (this.entries.get(src) !== entry) return;
    entry.status = 'failed';
    entry.failedAtMs = this.now();
    delete entry.handle;
    if (!this.reported.has(src)) {
      this.reported.add(src);
      this.options.onFailure?.(src, itemId, reason);
    }
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Why an image failed, in words an operator can act on. The decoder says only
 * "cannot be decoded" for a missing file too, so ask the server once.
 */
async function explainFailure(src: string, decoderMessage: string): Promise<string> {
  try {
    const response = await fetch(src, {
      method: 'HEAD',
      cache: 'no-store',
      signal: AbortSignal.timeout(EXPLAIN_TIMEOUT_MS),
    });
    if (!response.ok) return `the server answered HTTP ${response.status} for it`;
    const type = response.headers.get('content-type') ?? 'unknown type';
    return `the file (${type}) is not a picture this screen can decode (${decoderMessage})`;
  } catch {
    return `cannot load or decode the image (${decoderMessage})`;
  }
}

/**
 * The browser's decoder: load `src` into an Image and wait until it is
 * decoded, or give up after `timeoutMs`. Resolves with the Image so the cache
 * keeps the decoded picture ready for the <img> that shows it.
 */
export function decodeImage(src: string, timeoutMs: number = DECODE_TIMEOUT_MS): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = src;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      image.src = ''; // stop the download
      reject(new Error(`not decoded within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const decoded = image.decode().then(
    () => image,
    async (error: unknown) => {
      // After a timeout the reason is known, and a server that hung once would only hang the question too.
      if (timedOut) throw new Error(`not decoded within ${timeoutMs} ms`);
      throw new Error(await explainFailure(src, reasonOf(error)));
    },
  );
  return Promise.race([decoded, timeout]).finally(() => clearTimeout(timer));
}
