/** How long to wait before recreating a closed event stream. */

/** First wait after the stream closes. */
export const RECONNECT_MIN_MS = 1_000;
/** Longest wait: a hall screen should find a restarted host within seconds. */
export const RECONNECT_MAX_MS = 10_000;

/** The wait before attempt number `attempt` (0 for the first), doubling from 1 s up to 10 s. */
export function reconnectDelayMs(attempt: number): number {
  const safeAttempt = Math.max(0, Math.min(attempt, 30));
  return Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** safeAttempt);
}
