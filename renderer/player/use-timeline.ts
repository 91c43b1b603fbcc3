/** Where the rotation stands now, re-evaluated exactly at each slide boundary. */
import { useEffect, useState } from 'react';
import { positionAt, type TimedItem, type TimelinePosition } from '../../main/core/timeline';

// Checking at least this often keeps a screen right after its clock is corrected (NTP, sleep).
const MAX_WAIT_MS = 30_000;

function samePosition<T extends TimedItem>(a: TimelinePosition<T> | null, b: TimelinePosition<T> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.startedAtMs === b.startedAtMs && a.endsAtMs === b.endsAtMs && a.item === b.item && a.next === b.next;
}

/**
 * The position at `Date.now()` in the rotation `items` that started at
 * `epochMs`. A timer (the page clock, so tests can drive it) wakes at the
 * next boundary; nothing ticks in between.
 */
export function useTimeline<T extends TimedItem>(items: readonly T[], epochMs: number): TimelinePosition<T> | null {
  const [position, setPosition] = useState(() => positionAt(items, epochMs, Date.now()));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const nowMs = Date.now();
      const next = positionAt(items, epochMs, nowMs);
      setPosition((previous) => (samePosition(previous, next) ? previous : next));
      if (next) timer = setTimeout(update, Math.min(MAX_WAIT_MS, Math.max(0, next.endsAtMs - nowMs)));
    };
    update();
    return () => clearTimeout(timer);
  }, [items, epochMs]);

  return position;
}
