/**
 * The update service's clock and timers, injected so tests can drive hours and nights
 * in milliseconds with a fake clock (the rest of the service runs for real).
 */

/** Time, and one-shot timers. */
export interface UpdateClock {
  now(): number;
  /** Runs `run` after `delayMs`; returns the function that cancels it. */
  setTimer(run: () => void, delayMs: number): () => void;
}

// setTimeout's limit; longer waits are re-armed by the service anyway.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The real clock. Its timers do not keep a process alive on their own. */
export const systemClock: UpdateClock = {
  now: () => Date.now(),
  setTimer(run, delayMs) {
    const timer = setTimeout(run, Math.min(Math.max(delayMs, 0), MAX_TIMER_MS));
    timer.unref();
    return () => clearTimeout(timer);
  },
};
