/**
 * When to fetch the feed next and whether what we hold is stale. Pure: the clock and the randomness are
 * parameters, so the host's timers and the tests agree.
 */

/** The first pause after a failure; each further failure doubles it. */
export const FIRST_BACKOFF_MS = 30_000;
/** Backoff never waits longer than this (or the poll interval, if that is longer). */
export const MAX_BACKOFF_MS = 30 * 60_000;
/** ± this share of a backoff pause is random, so screens that failed together do not retry together. */
export const BACKOFF_JITTER = 0.2;

/** What the next delay depends on. */
export interface PollDelayInput {
  pollIntervalMs: number;
  /** Failed attempts since the last success (0 after a success or a 304). */
  consecutiveFailures: number;
  /** Uniform in [0, 1), e.g. Math.random. */
  random: () => number;
}

/**
 * The pause before the next fetch: the poll interval after a success; after failures 30 s, 1 min, 2 min …
 * (± 20 % jitter), capped at the poll interval or 30 min, whichever is larger.
 */
export function nextPollDelayMs(input: PollDelayInput): number {
  const { pollIntervalMs, consecutiveFailures } = input;
  if (consecutiveFailures <= 0) return pollIntervalMs;
  const capMs = Math.max(pollIntervalMs, MAX_BACKOFF_MS);
  // 2^n grows past any cap long before it overflows; the min keeps it finite.
  const baseMs = Math.min(FIRST_BACKOFF_MS * 2 ** Math.min(consecutiveFailures - 1, 30), capMs);
  const jitter = 1 - BACKOFF_JITTER + 2 * BACKOFF_JITTER * clamp01(input.random());
  return Math.round(Math.min(baseMs * jitter, capMs));
}

/** What staleness depends on. */
export interface StalenessInput {
  nowMs: number;
  /** When the configured feed last succeeded, or null if it never has. */
  lastSuccessAtMs: number | null;
  staleAfterMs: number;
  /** False for the bundled sample: it was never fetched, so it is never stale. */
  remoteConfigured: boolean;
}

/** Whether the news is stale: a remote feed that has not succeeded for longer than `staleAfterMs`, or ever. */
export function isFeedStale(input: StalenessInput): boolean {
  if (!input.remoteConfigured) return false;
  if (input.lastSuccessAtMs === null) return true;
  return input.nowMs - input.lastSuccessAtMs > input.staleAfterMs;
}

/** When a feed that is fresh now turns stale (ms since the epoch), or null if it is stale already or never will be. */
export function staleAtMs(input: StalenessInput): number | null {
  if (!input.remoteConfigured || input.lastSuccessAtMs === null || isFeedStale(input)) return null;
  // isFeedStale is strict (>), so the first stale millisecond is one past the limit.
  return input.lastSuccessAtMs + input.staleAfterMs + 1;
}

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0.5);
