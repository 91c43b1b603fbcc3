/**
 * How soon to try again after the screen's page failed to load
 * (window-faults.ts). A page that fails on every load (a missing build, a
 * broken disk) must not spin the CPU in a retry loop, but a one-off failure
 * should come back at once. Crashes and hangs are core's recovery policy's.
 */

/** Crashes further apart than this are unrelated. Longer than the longest delay, so a crash loop settles at it. */
export const CRASH_WINDOW_MS = 10 * 60_000;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 60_000;

/** The delay before the next reload, given the times of earlier crashes (ms, any order) and now. */
export function reloadDelayMs(earlierCrashesMs: readonly number[], nowMs: number): number {
  const recent = earlierCrashesMs.filter((t) => nowMs - t < CRASH_WINDOW_MS).length;
  return Math.min(FIRST_DELAY_MS * 2 ** recent, MAX_DELAY_MS);
}

/** The crash times worth remembering: those inside the window, the newest included. */
export function rememberCrash(earlierCrashesMs: readonly number[], nowMs: number): number[] {
  return [...earlierCrashesMs.filter((t) => nowMs - t < CRASH_WINDOW_MS), nowMs];
}
