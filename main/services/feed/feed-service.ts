/**
 * The news feed poller. It shows the last good feed (from disk at start, so a screen offline since boot still
 * has news), else the bundled sample; polls the configured URL with backoff on failure; and never lets a
 * failed fetch, a broken document, a captive portal or an empty feed replace good articles.
 */
import type { FeedSettings } from '../../core/feed/feed-settings';
import { isFeedStale, nextPollDelayMs, staleAtMs } from '../../core/feed/poll-policy';
import { fetchFeed, readSampleFeed } from './feed-fetch';
import { createFeedLog } from './feed-log';
import { readFeedState, writeFeedState, type FeedState } from './feed-state-file';
import type { FeedFetchOutcome, FeedService, FeedServiceOptions, FeedSnapshot, FeedStatus } from './feed-types';

export type { FeedService, FeedServiceOptions, FeedSnapshot, FeedStatus } from './feed-types';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const MAX_TIMER_MS = 2 ** 31 - 1;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
/** How the document is read: a 304 only stands for the stored articles if this has not changed. */
const readKey = (feed: FeedSettings, timezone: string) => JSON.stringify([feed.format, feed.selectors, timezone]);

/** Opens the feed: saved state or sample first, then the first fetch in the background. */
export async function openFeedService(options: FeedServiceOptions): Promise<FeedService & { reconfigure(): void }> {
  const { logger, settings } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const log = createFeedLog(logger);

  const sampleDoc = await readSampleFeed(options.sampleFile, settings().timezone);
  if (!sampleDoc.ok) logger.error('feed-sample-invalid', `${sampleDoc.error}; no sample news until a feed loads`);
  const sample: FeedSnapshot = {
    origin: 'sample',
    url: null,
    title: sampleDoc.ok ? sampleDoc.value.title : null,
    articles: sampleDoc.ok ? sampleDoc.value.articles : [],
    lastSuccessAtMs: null,
  };
  let saved: FeedState | null = await readFeedState(options.stateFile, logger, now);
  let configKey = '';
  let failures = 0;
  let lastError: string | null = null;
  let lastAttemptAtMs: number | null = null;
  let nextAttemptAtMs: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  let staleTimer: NodeJS.Timeout | undefined;
  let inflight: Promise<void> | null = null;
  let controller: AbortController | null = null;
  let generation = 0;
  let closed = false;
  let writing: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();
  const fetchOutcomes: Record<FeedFetchOutcome, number> = {
    updated: 0,
    'not-modified': 0,
    'fetch-failed': 0,
    'document-refused': 0,
  };

  const settingsNow = () => {
    const { feed, timezone } = settings();
    return { feed, timezone, url: feed.url, key: JSON.stringify([feed.url, readKey(feed, timezone)]) };
  };

  function current(): FeedSnapshot {
    if (settings().feed.url === null || saved === null) return sample;
    const state = saved;
    return {
      origin: 'remote',
      url: state.url,
      title: state.title,
      articles: state.articles,
      lastSuccessAtMs: state.lastSuccessAtMs,
    };
  }

  function staleness() {
    const { feed } = settings();
    const lastSuccessAtMs = feed.url !== null && saved?.url === feed.url ? saved.lastSuccessAtMs : null;
    return {
      nowMs: now(),
      lastSuccessAtMs,
      staleAfterMs: feed.staleAfterHours * HOUR_MS,
      remoteConfigured: feed.url !== null,
    };
  }

  function status(): FeedStatus {
    const fresh = staleness();
    const snapshot = current();
    return {
      url: settings().feed.url,
      origin: snapshot.origin,
      lastSuccessAt: iso(fresh.lastSuccessAtMs),
      lastAttemptAt: iso(lastAttemptAtMs),
      lastError,
      items: snapshot.articles.length,
      stale: isFeedStale(fresh),
      nextAttemptAt: iso(nextAttemptAtMs),
    };
  }

  // Listeners hear about what the screen shows: the articles, their age and whether they count as stale.
  let shownKey = '';
  let shownArticles = current().articles;
  function emitIfChanged(): void {
    const snapshot = current();
    const fresh = staleness();
    const key = JSON.stringify([
      snapshot.origin,
      snapshot.url,
      snapshot.title,
      snapshot.lastSuccessAtMs,
      isFeedStale(fresh),
    ]);
    const articlesChanged = shownArticles !== snapshot.articles;
    shownArticles = snapshot.articles;
    clearTimeout(staleTimer);
    const turnsStaleAt = staleAtMs(fresh);
    if (turnsStaleAt !== null && !closed) {
      staleTimer = setTimeout(emitIfChanged, Math.min(turnsStaleAt - fresh.nowMs, MAX_TIMER_MS));
      staleTimer.unref();
    }
    if (key === shownKey && !articlesChanged) return;
    shownKey = key;
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        logger.error('feed-listener-failed', `a feed listener failed: ${(error as Error).message}`);
      }
    }
  }

  function save(state: FeedState): void {
    writing = writing.then(async () => log.saveResult(await writeFeedState(options.stateFile, state)));
  }

  async function pollOnce(): Promise<void> {
    const { feed, timezone, url } = settingsNow();
    if (url === null) return;
    const gen = generation;
    const readWith = readKey(feed, timezone);
    const reuse = saved !== null && saved.url === url && saved.readWith === readWith;
    controller = new AbortController();
    lastAttemptAtMs = now();
    const attempt = await fetchFeed(url, {
      validators: reuse && saved ? { etag: saved.etag, lastModified: saved.lastModified } : null,
      limits: options.fetchLimits,
      signal: controller.signal,
      timezone,
      format: feed.format,
      selectors: feed.selectors,
    });
    controller = null;
    // Settings changed meanwhile: this answer belongs to a configuration no longer in force.
    if (closed || gen !== generation) return;
    fetchOutcomes[
      attempt.kind === 'failed'
        ? attempt.phase === 'fetch'
          ? 'fetch-failed'
          : 'document-refused'
        : attempt.kind === 'document'
          ? 'updated'
          : 'not-modified'
    ]++;
    if (attempt.kind === 'failed') {
      failures++;
      lastError = attempt.error;
      log.failure(url, attempt.phase, attempt.error, current());
      return;
    }
    const previous = saved;
    if (attempt.kind === 'not-modified' && reuse && saved) {
      saved = {
        ...saved,
        lastSuccessAtMs: now(),
        etag: attempt.validators.etag,
        lastModified: attempt.validators.lastModified,
      };
    } else if (attempt.kind === 'document') {
      const { document } = attempt;
      saved = {
        version: 1,
        url,
        finalUrl: attempt.finalUrl,
        title: document.title ?? new URL(attempt.finalUrl).hostname,
        articles: document.articles,
        lastSuccessAtMs: now(),
        etag: attempt.validators.etag,
        lastModified: attempt.validators.lastModified,
        readWith,
      };
      log.document(url, document.dropped, attempt.charsetNote);
    } else {
      return;
    }
    failures = 0;
    lastError = null;
    log.success(url, saved, previous);
    save(saved);
  }

  function scheduleIn(delayMs: number): void {
    clearTimeout(timer);
    timer = undefined;
    nextAttemptAtMs = null;
    if (closed || settings().feed.url === null) return;
    nextAttemptAtMs = now() + delayMs;
    timer = setTimeout(() => void runPoll(), Math.min(Math.max(delayMs, 0), MAX_TIMER_MS));
    timer.unref();
  }
  const pollDelayMs = () =>
    nextPollDelayMs({
      pollIntervalMs: settings().feed.pollIntervalMin * MINUTE_MS,
      consecutiveFailures: failures,
      random,
    });
  const scheduleNext = () => scheduleIn(pollDelayMs());

  let soon = false;
  function runPoll(): Promise<void> {
    if (inflight) return inflight;
    clearTimeout(timer);
    nextAttemptAtMs = null;
    soon = false;
    inflight = (async () => {
      try {
        await pollOnce();
      } catch (error) {
        // A bug here must not stop polling for good.
        logger.error('feed-poll-failed', `the feed poll failed unexpectedly: ${(error as Error).message}`);
      } finally {
        inflight = null;
        if (soon) scheduleIn(0);
        else scheduleNext();
        emitIfChanged();
      }
    })();
    return inflight;
  }

  function reconfigure(): void {
    if (closed) return;
    const next = settingsNow();
    if (next.key === configKey) {
      // Same feed read the same way. A new interval counts from the last attempt, and other settings saves
      // (marquee, clock…) must not push the next poll back every time.
      if (next.feed.pollIntervalMin !== intervalMin && !inflight) {
        scheduleIn((lastAttemptAtMs ?? now()) + pollDelayMs() - now());
      }
      intervalMin = next.feed.pollIntervalMin;
      emitIfChanged(); // staleAfterHours may have changed
      return;
    }
    intervalMin = next.feed.pollIntervalMin;
    configKey = next.key;
    generation++;
    failures = 0;
    lastError = null;
    lastAttemptAtMs = null;
    log.reset();
    controller?.abort();
    if (inflight) soon = true;
    else scheduleIn(0);
    emitIfChanged();
  }

  // First fetch: at once, unless the saved copy of this very feed is younger than the poll interval.
  const start = settingsNow();
  configKey = start.key;
  let intervalMin = start.feed.pollIntervalMin;
  const intervalMs = intervalMin * MINUTE_MS;
  const reusable = saved !== null && saved.url === start.url && saved.readWith === readKey(start.feed, start.timezone);
  // Clamped to one interval: a saved time in the future (the clock was set back) must not delay the poll by as much.
  scheduleIn(reusable && saved ? Math.min(intervalMs, saved.lastSuccessAtMs + intervalMs - now()) : 0);
  emitIfChanged();

  return {
    current,
    status,
    fetchOutcomes: () => ({ ...fetchOutcomes }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refreshNow() {
      if (!closed) await runPoll();
      return status();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(staleTimer);
      nextAttemptAtMs = null;
      controller?.abort();
      await inflight;
      await writing;
    },
    reconfigure,
  };
}
