/**
 * The deterministic timeline: given the items of a rotation, the moment it
 * started and `now`, which item is on screen, since when, and what follows.
 * Two screens with the same inputs agree to the millisecond; a reloaded screen
 * resumes at the same item and offset.
 */

/** Anything with an id and a time on screen. */
export interface TimedItem {
  id: string;
  durationMs: number;
}

/** Where the rotation stands at one moment. */
export interface TimelinePosition<T extends TimedItem> {
  index: number;
  item: T;
  /** When this showing of the item began. */
  startedAtMs: number;
  /** When it ends and `next` begins. */
  endsAtMs: number;
  /** How far into the item we are. */
  offsetMs: number;
  nextIndex: number;
  next: T;
}

/** Total length of one pass through the rotation. */
export function cycleLengthMs(items: readonly TimedItem[]): number {
  return items.reduce((sum, item) => sum + item.durationMs, 0);
}

/**
 * The item on screen at `nowMs`, or `null` for an empty rotation.
 * Times before `epochMs` count backwards, so a screen whose clock is behind the
 * host's still shows a well-defined item.
 */
export function positionAt<T extends TimedItem>(
  items: readonly T[],
  epochMs: number,
  nowMs: number,
): TimelinePosition<T> | null {
  const cycleMs = cycleLengthMs(items);
  if (items.length === 0 || !(cycleMs > 0) || !Number.isFinite(cycleMs)) return null;

  const elapsedMs = nowMs - epochMs;
  const intoCycleMs = ((elapsedMs % cycleMs) + cycleMs) % cycleMs;
  const cycleStartMs = nowMs - intoCycleMs;

  let startMs = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as T;
    const endMs = startMs + item.durationMs;
    // The last item also catches any floating-point remainder at the very end of the cycle.
    if (intoCycleMs < endMs || index === items.length - 1) {
      const nextIndex = (index + 1) % items.length;
      return {
        index,
        item,
        startedAtMs: cycleStartMs + startMs,
        endsAtMs: cycleStartMs + endMs,
        offsetMs: intoCycleMs - startMs,
        nextIndex,
        next: items[nextIndex] as T,
      };
    }
    startMs = endMs;
  }
  return null;
}
