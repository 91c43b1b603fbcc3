/**
 * A pure function of (state, clock) that says when its answer next changes,
 * kept current by one timer at that moment: what rotation plays, which
 * announcements show. Nothing polls; Playwright's page.clock drives it.
 */
import { useEffect, useState } from 'react';

/** What such a function returns: its answer and when it may next differ (null: not by the clock alone). */
export interface ClockedValue {
  nextChangeAtMs: number | null;
}

// Checking at least this often keeps a screen right after its clock is corrected (NTP, sleep).
const MAX_WAIT_MS = 30_000;
// A change time already past (a clock set back under us) is checked again after this, never in a tight loop.
const PAST_CHANGE_RETRY_MS = 1_000;

interface Entry<S, T> {
  state: S;
  compute: (state: S, nowMs: number) => T;
  value: T;
  nextChangeAtMs: number | null;
}

function evaluate<S, T extends ClockedValue>(state: S, compute: (state: S, nowMs: number) => T): Entry<S, T> {
  const value = compute(state, Date.now());
  return { state, compute, value, nextChangeAtMs: value.nextChangeAtMs };
}

/** How long to sleep until `nextChangeAtMs`, as seen at `nowMs`. */
export function waitUntilChangeMs(nextChangeAtMs: number | null, nowMs: number): number {
  if (nextChangeAtMs === null || !Number.isFinite(nextChangeAtMs)) return MAX_WAIT_MS;
  const waitMs = nextChangeAtMs - nowMs;
  return waitMs < 0 ? PAST_CHANGE_RETRY_MS : Math.min(MAX_WAIT_MS, waitMs);
}

/**
 * `compute(state, Date.now())`, re-evaluated when `state` changes and when
 * the clock reaches the answer's `nextChangeAtMs`. While `same` says the
 * answer did not change, the previous object is kept, so a rotation's slide
 * list keeps its identity and its timeline is not restarted.
 */
export function useClockedValue<S, T extends ClockedValue>(
  state: S,
  compute: (state: S, nowMs: number) => T,
  same: (a: T, b: T) => boolean,
): T {
  const [entry, setEntry] = useState(() => evaluate(state, compute));
  let current = entry;
  if (entry.state !== state || entry.compute !== compute) {
    // A new state is a new answer (its slides are new objects): derived during render, no flash of the old one.
    current = evaluate(state, compute);
    setEntry(current);
  }

  useEffect(() => {
    const timer = setTimeout(
      () => {
        setEntry((previous) => {
          if (previous.state !== state || previous.compute !== compute) return previous;
          const next = evaluate(state, compute);
          return same(previous.value, next.value) ? { ...previous, nextChangeAtMs: next.nextChangeAtMs } : next;
        });
      },
      waitUntilChangeMs(current.nextChangeAtMs, Date.now()),
    );
    return () => clearTimeout(timer);
    // `current` is a new object after every evaluation, so the timer is re-armed each time.
  }, [current, state, compute, same]);

  return current.value;
}
