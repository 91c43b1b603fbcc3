/** When an error boundary tries its children again, and when the page gives up and reloads. */

/** First wait after a render failure before trying again. */
export const BOUNDARY_RETRY_MIN_MS = 5_000;
/** Longest wait between tries: a hall screen should heal within a minute of the fault going away. */
export const BOUNDARY_RETRY_MAX_MS = 60_000;
/** Children that render this long without failing have recovered: the count of failures in a row starts again. */
export const BOUNDARY_HEALTHY_AFTER_MS = 60_000;

/** What a boundary does after its `failures`-th failure in a row (1 for the first). */
export type BoundaryStep = { kind: 'retry'; delayMs: number } | { kind: 'give-up' };

/**
 * 5 s, 10 s, 20 s … up to 60 s; with `giveUpAfter`, that many failures in a
 * row end in `give-up` instead (the page reloads, the kiosk's last resort).
 */
export function nextBoundaryStep(failures: number, giveUpAfter?: number): BoundaryStep {
  if (giveUpAfter !== undefined && failures >= giveUpAfter) return { kind: 'give-up' };
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  return { kind: 'retry', delayMs: Math.min(BOUNDARY_RETRY_MAX_MS, BOUNDARY_RETRY_MIN_MS * 2 ** exponent) };
}
