/**
 * When schedules flip: the next instant after now, and the latest at or before
 * now, at which some schedule starts or stops holding. Only real flips count
 * (two windows that touch make no change where they meet), so a screen that
 * wakes at the next change finds something changed.
 */
import { compileSchedule, mergedIntervals, type CompiledSchedule } from './schedule-intervals';
import type { Schedule } from './schedule-schema';
import { localDayAt, localDayStart } from './zone-offsets';

// Days are scanned in chunks; a schedule with any weekday or time gap flips within every week of its range,
// so the bound only matters for the date edges, which the scan jumps to directly.
const CHUNK_DAYS = 8;
const MAX_CHUNKS = 50;

/**
 * Flips of one schedule within [start of lo, start of hi + 1). Intervals of days lo − 2 … hi are enough:
 * earlier days' windows end before day lo begins, later days' start after day hi ends.
 */
function flipsInDays(schedule: CompiledSchedule, lo: number, hi: number, timeZone: string): number[] {
  const zoneStartMs = localDayStart(timeZone, lo);
  const zoneEndMs = localDayStart(timeZone, hi + 1);
  const flips: number[] = [];
  for (const [startMs, endMs] of mergedIntervals(schedule, lo - 2, hi, timeZone)) {
    if (startMs >= zoneStartMs && startMs < zoneEndMs) flips.push(startMs);
    if (endMs >= zoneStartMs && endMs < zoneEndMs) flips.push(endMs);
  }
  return flips;
}

/** The first flip of one schedule strictly after `nowMs`, or null. */
export function nextFlip(schedule: CompiledSchedule, nowMs: number, timeZone: string): number | null {
  const { fromDay, untilDay, constantInRange } = schedule;
  let lo = localDayAt(timeZone, nowMs) - 1;
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk++) {
    if (untilDay !== null && lo > untilDay + 2) return null;
    if (fromDay !== null && lo < fromDay - 2) {
      lo = fromDay - 2; // nothing starts before `from`
    } else if (constantInRange && (fromDay === null || lo > fromDay + 2)) {
      if (untilDay === null) return null; // holds for ever from here on
      lo = Math.max(lo, untilDay - 2);
    }
    const hi = lo + CHUNK_DAYS - 1;
    for (const flipMs of flipsInDays(schedule, lo, hi, timeZone)) if (flipMs > nowMs) return flipMs;
    lo = hi + 1;
  }
  return null;
}

/** The latest flip of one schedule at or before `nowMs`, or null. */
export function previousFlip(schedule: CompiledSchedule, nowMs: number, timeZone: string): number | null {
  const { fromDay, untilDay, constantInRange } = schedule;
  let hi = localDayAt(timeZone, nowMs) + 1;
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk++) {
    if (fromDay !== null && hi < fromDay - 2) return null;
    if (untilDay !== null && hi > untilDay + 2) {
      hi = untilDay + 2; // nothing stops after `until` (and its last window) has passed
    } else if (constantInRange && (untilDay === null || hi < untilDay - 2)) {
      if (fromDay === null) return null; // has held for ever
      hi = Math.min(hi, fromDay + 2);
    }
    const lo = hi - CHUNK_DAYS + 1;
    const flips = flipsInDays(schedule, lo, hi, timeZone);
    for (let index = flips.length - 1; index >= 0; index--) {
      const flipMs = flips[index] as number;
      if (flipMs <= nowMs) return flipMs;
    }
    hi = lo - 1;
  }
  return null;
}

/**
 * The next instant strictly after `nowMs` at which any of `schedules` starts or
 * stops holding in `timeZone`; null when none ever will (no schedules, or only
 * ones that hold all day every day for ever). A campaign's far-off first or
 * last day is found at once; weekly and daily patterns are scanned at most
 * about 400 days ahead.
 */
export function nextScheduleChange(schedules: readonly Schedule[], nowMs: number, timeZone: string): number | null {
  let best: number | null = null;
  for (const schedule of new Set(schedules)) {
    const flipMs = nextFlip(compileSchedule(schedule), nowMs, timeZone);
    if (flipMs !== null && (best === null || flipMs < best)) best = flipMs;
  }
  return best;
}

/**
 * The latest instant at or before `nowMs` at which any of `schedules` started
 * or stopped holding in `timeZone`; null when none ever did (within about 400
 * days back for weekly and daily patterns).
 */
export function previousScheduleChange(schedules: readonly Schedule[], nowMs: number, timeZone: string): number | null {
  let best: number | null = null;
  for (const schedule of new Set(schedules)) {
    const flipMs = previousFlip(compileSchedule(schedule), nowMs, timeZone);
    if (flipMs !== null && (best === null || flipMs > best)) best = flipMs;
  }
  return best;
}
