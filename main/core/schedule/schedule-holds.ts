/**
 * Whether a schedule holds at an instant, read in the screen's zone.
 */
import { compileSchedule, pushDayIntervals } from './schedule-intervals';
import type { Schedule } from './schedule-schema';
import { localDayAt } from './zone-offsets';

/**
 * True when `schedule` lets its item or playlist play at `nowMs` in `timeZone`:
 * inside its date range (from 00:00 of `from` until the end of `until`, a window
 * that starts on `until` and runs past midnight playing to its end), on a listed
 * weekday (a window past midnight counting for the day it starts), inside one of
 * its windows. Wall times skipped or repeated by DST count as the wall clock
 * first reaches them (see instantAtWall).
 */
export function scheduleHolds(schedule: Schedule, nowMs: number, timeZone: string): boolean {
  const compiled = compileSchedule(schedule);
  const today = localDayAt(timeZone, nowMs);
  const intervals: Array<[number, number]> = [];
  // Yesterday's windows may run past midnight; the outer days only matter where a zone's clock goes back
  // across midnight, and looking costs little.
  for (let day = today - 2; day <= today + 1; day++) pushDayIntervals(compiled, day, timeZone, intervals);
  return intervals.some(([startMs, endMs]) => startMs <= nowMs && nowMs < endMs);
}
