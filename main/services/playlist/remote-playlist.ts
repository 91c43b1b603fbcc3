/**
 * A playlist kept on a web server for many screens (settings.remotePlaylist).
 * Polled with conditional GETs (a 304 costs nothing) and backoff on failure;
 * only a document that passes the same validation as playlist.json replaces
 * the one in force — a failed fetch, a captive portal's page or a broken
 * document never does. The last good one is kept on disk and plays at start,
 * offline included.
 */
import { nextPollDelayMs } from '../../core/feed/poll-policy';
import { parsePlaylist } from '../../core/playlist/parse';
import type { Playlist } from '../../core/playlist/schema';
import { describeProblems } from '../../core/validation';
import type { Logger } from '../logger';
import { httpGet, type FetchLimits, type Validators } from '../net/http-fetch';
import { readRemotePlaylistState, writeRemotePlaylistState, type RemotePlaylistState } from './remote-playlist-file';

/** The part of the settings this service reads. */
export interface RemotePlaylistSettings {
  url: string | null;
  pollIntervalMin: number;
}

/** Where the remote playlist stands, for /healthz and the console. */
export interface RemotePlaylistStatus {
  url: string | null;
  /** ISO time of the last good answer (200 or 304), or null. */
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last attempt did not bring a usable playlist, or null. */
  lastError: string | null;
}

/** The running service. */
export interface RemotePlaylist {
  /** The remote playlist in force: null while no URL is set or no good document was ever had. */
  current(): Playlist | null;
  status(): RemotePlaylistStatus;
  /** Call after the settings changed: a new URL is fetched at once, a new interval applies from now. */
  reconfigure(): void;
  /** Fetches now; never rejects. */
  refreshNow(): Promise<RemotePlaylistStatus>;
  /** Calls `listener` when the playlist in force changes; returns the function that stops it. */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
}

export interface RemotePlaylistOptions {
  stateFile: string;
  settings: () => RemotePlaylistSettings;
  logger: Logger;
  now?: () => Date;
  random?: () => number;
  fetchLimits?: Partial<FetchLimits>;
}

/** A playlist is small: 2 MB is far beyond 500 items and 50 playlists. */
const LIMITS: Partial<FetchLimits> = { maxBytes: 2 * 1024 * 1024, totalTimeoutMs: 30_000 };
const ACCEPT = 'application/json, */*;q=0.5';

/** Opens the service: the saved playlist is in force at once; the first poll starts now. */
export async function openRemotePlaylist(options: RemotePlaylistOptions): Promise<RemotePlaylist> {
  const { logger, stateFile } = options;
  const now = options.now ?? (() => new Date());
  const limits = { ...LIMITS, ...options.fetchLimits };
  let saved: RemotePlaylistState | null = await readRemotePlaylistState(stateFile, logger, now);
  const listeners = new Set<() => void>();
  const controller = new AbortController();
  let status: RemotePlaylistStatus = { url: null, lastSuccessAt: null, lastAttemptAt: null, lastError: null };
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | null = null;
  let announcedUrl: string | null = null;
  let loggedProblem: string | null = null;

  const url = () => options.settings().url;
  let published: Playlist | null = null; // what listeners were last told is in force
  const emit = () => {
    published = current();
    listeners.forEach((listener) => listener());
  };

  function problem(reason: string): void {
    status = { ...status, lastError: reason };
    failures++;
    // Logged once per change of state, not on every retry of the same failure.
    if (reason !== loggedProblem) {
      loggedProblem = reason;
      const keeping = saved ? 'keeping the last good remote playlist' : 'playing playlist.json meanwhile';
      logger.error('remote-playlist-failed', `remote playlist ${url() ?? ''}: ${reason}; ${keeping}`, {
        url: url(),
      });
    }
  }

  function success(): void {
    if (loggedProblem !== null)
      logger.info('remote-playlist-recovered', `remote playlist ${url() ?? ''} answers again`);
    loggedProblem = null;
    failures = 0;
    status = { ...status, lastSuccessAt: now().toISOString(), lastError: null };
  }

  async function attempt(target: string): Promise<void> {
    status = { ...status, url: target, lastAttemptAt: now().toISOString() };
    const validators: Validators | null =
      saved?.url === target ? { etag: saved.etag, lastModified: saved.lastModified } : null;
    const result = await httpGet(target, { limits, validators, accept: ACCEPT, signal: controller.signal });
    if (controller.signal.aborted || url() !== target) return;
    if (!result.ok) return problem(result.error);
    if (result.notModified) return success();
    const text = new TextDecoder('utf-8').decode(result.body); // strips a BOM
    if (/html/i.test(result.contentType ?? '') || /^\s*</.test(text)) {
      return problem('the server sent a web page instead of a playlist (a captive portal or a wrong address?)');
    }
    const checked = parsePlaylist(text);
    if (!checked.ok) return problem(`not a valid playlist: ${describeProblems(checked.problems)}`);
    success();
    const changed = !saved || JSON.stringify(saved.playlist) !== JSON.stringify(checked.value) || saved.url !== target;
    saved = {
      version: 1,
      url: target,
      playlist: checked.value,
      ...result.validators,
      fetchedAt: now().toISOString(),
    };
    const error = await writeRemotePlaylistState(stateFile, saved);
    if (error) logger.warn('remote-playlist-save-failed', `cannot save ${stateFile} (${error})`, { file: stateFile });
    if (changed) {
      logger.info(
        'remote-playlist-updated',
        `playing the playlist from ${target} (${checked.value.items.length} items)`,
      );
      emit();
    }
  }

  function schedule(delayMs: number): void {
    clearTimeout(timer);
    if (controller.signal.aborted || url() === null) return;
    timer = setTimeout(() => void poll(), delayMs);
    timer.unref();
  }

  function poll(): Promise<void> {
    const target = url();
    if (target === null || controller.signal.aborted) return Promise.resolve();
    inFlight ??= attempt(target)
      .catch((error: unknown) => problem((error as Error).message))
      .finally(() => {
        inFlight = null;
        const pollIntervalMs = options.settings().pollIntervalMin * 60_000;
        schedule(
          nextPollDelayMs({ pollIntervalMs, consecutiveFailures: failures, random: options.random ?? Math.random }),
        );
      });
    return inFlight;
  }

  function configure(): void {
    const target = url();
    if (target !== announcedUrl) {
      announcedUrl = target;
      failures = 0;
      loggedProblem = null;
      status = { url: target, lastSuccessAt: null, lastAttemptAt: null, lastError: null };
      if (target !== null) {
        logger.info(
          'remote-playlist-configured',
          `the playlist comes from ${target} while remotePlaylist.url is set; playlist.json is left alone`,
          { url: target },
        );
      }
      void poll();
    } else if (!inFlight) {
      // Same URL: only the interval may have changed; the next poll counts from now.
      const pollIntervalMs = options.settings().pollIntervalMin * 60_000;
      schedule(
        nextPollDelayMs({ pollIntervalMs, consecutiveFailures: failures, random: options.random ?? Math.random }),
      );
    }
  }

  configure();
  // A document from another URL keeps playing until the new URL gives a good one: never a blank screen.
  function current(): Playlist | null {
    return url() !== null && saved ? saved.playlist : null;
  }
  published = current();

  return {
    current,
    status: () => ({ ...status, url: url() }),
    reconfigure() {
      configure();
      // The URL removed (or set again with a saved document): what plays changes without a fetch.
      if (current() !== published) emit();
    },
    async refreshNow() {
      await poll();
      return { ...status, url: url() };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      controller.abort();
      clearTimeout(timer);
      await inFlight?.catch(() => undefined);
    },
  };
}
