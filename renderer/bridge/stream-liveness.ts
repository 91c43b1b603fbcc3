/** Telling a dead event stream from a quiet host. */
import { SSE_PING_INTERVAL_MS } from '../../main/core/bridge';

/** Silence longer than this (two and a half pings missed) means the stream died without a word. */
export const STREAM_SILENCE_LIMIT_MS = SSE_PING_INTERVAL_MS * 2.5;

/** How often the page asks itself whether the stream is still alive. */
export const STREAM_CHECK_INTERVAL_MS = 5_000;

/**
 * True once nothing (no state, no ping, no open) has arrived for more than
 * `limitMs` since `lastHeardAtMs`; both times on the same monotonic clock.
 */
export function streamIsSilent(
  lastHeardAtMs: number,
  nowMs: number,
  limitMs: number = STREAM_SILENCE_LIMIT_MS,
): boolean {
  return nowMs - lastHeardAtMs > limitMs;
}
