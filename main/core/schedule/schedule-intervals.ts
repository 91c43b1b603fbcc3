/**
 * A Schedule as instants: each eligible local day contributes its windows as
 * half-open [start, end) intervals in epoch ms. Everything else in this folder
 * (holds, next and previous change) is derived from these intervals, so they
 * cannot disagree with each other.
 */
import type { Schedule } from './schedule-schema';
import { instantAtWall, localDayStart, MS_PER_DAY } from './zone-offsets';

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;
const ALL_WEEKDAYS = 0b111_1111;
const WEEKDAY_BITS: Record<string, number> = { mon: 1, tue: 2, wed: 4, thu: 8, fri: 16, sat: 32, sun: 64 };

/** A window in minutes of the day; `wraps` when it ends on the next day. */
interface CompiledWindow {
  startMinute: number;
  endMinute: number;
  wraps: boolean;
}

/** A schedule read once into numbers: local day numbers, a weekday bit mask, windows in minutes. */
export interface CompiledSchedule {
  fromDay: number | null;
  untilDay: number | null;
  weekdayMask: number;
  /** null: all day. */
  windows: CompiledWindow[] | null;
  /** True when it holds at every moment between its first start and its last end (no weekday or time gaps). */
  constantInRange: boolean;
}

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Monday = 1, …, Sunday = 64, matching WEEKDAY_BITS; day 0 (1970-01-01) was a Thursday. */
function weekdayBit(day: number): number {
  return 1 << (((day % 7) + 7 + 3) % 7);
}

// Windows that together leave no minute of the wall day uncovered (00:00–12:00 and 12:00–00:00, say) make a
// schedule that, once started, never stops before its last day: the change search may then jump to the edges.
function coversWholeDay(windows: readonly CompiledWindow[]): boolean {
  const covered = new Uint8Array(MINUTES_PER_DAY);
  for (const { startMinute, endMinute, wraps } of windows) {
    covered.fill(1, startMinute, wraps ? MINUTES_PER_DAY : endMinute);
    if (wraps) covered.fill(1, 0, endMinute);
  }
  return covered.every((minute) => minute === 1);
}

const compiled = new WeakMap<Schedule, CompiledSchedule>();

/** The schedule in numbers, cached per schedule object (states are immutable once pushed). */
export function compileSchedule(schedule: Schedule): CompiledSchedule {
  let result = compiled.get(schedule);
  if (result) return result;
  const weekdayMask = schedule.days
    ? schedule.days.reduce((mask, day) => mask | (WEEKDAY_BITS[day] ?? 0), 0)
    : ALL_WEEKDAYS;
  const windows = schedule.times
    ? schedule.times.map((window) => {
        const startMinute = minuteOfDay(window.start);
        const endMinute = minuteOfDay(window.end);
        return { startMinute, endMinute, wraps: endMinute <= startMinute };
      })
    : null;
  result = {
    fromDay: schedule.from ? dayNumber(schedule.from) : null,
    untilDay: schedule.until ? dayNumber(schedule.until) : null,
    weekdayMask,
    windows,
    constantInRange: weekdayMask === ALL_WEEKDAYS && (windows === null || coversWholeDay(windows)),
  };
  compiled.set(schedule, result);
  return result;
}

/** True when windows starting on this local day count: inside the date range and on a listed weekday. */
export function isEligibleDay(schedule: CompiledSchedule, day: number): boolean {
  if (schedule.fromDay !== null && day < schedule.fromDay) return false;
  if (schedule.untilDay !== null && day > schedule.untilDay) return false;
  return (schedule.weekdayMask & weekdayBit(day)) !== 0;
}

/**
 * Appends the intervals starting on `day` to `out` as [startMs, endMs] pairs.
 * Empty ones (a window wholly inside a spring-forward gap) are left out: they
 * never show and so never flip anything.
 */
export function pushDayIntervals(
  schedule: CompiledSchedule,
  day: number,
  timeZone: string,
  out: Array<[number, number]>,
): void {
  if (!isEligibleDay(schedule, day)) return;
  if (schedule.windows === null) {
    out.push([localDayStart(timeZone, day), localDayStart(timeZone, day + 1)]);
    return;
  }
  const dayWallMs = day * MS_PER_DAY;
  for (const { startMinute, endMinute, wraps } of schedule.windows) {
    const startMs = instantAtWall(timeZone, dayWallMs + startMinute * MS_PER_MINUTE);
    const endMs = instantAtWall(timeZone, dayWallMs + (wraps ? MS_PER_DAY : 0) + endMinute * MS_PER_MINUTE);
    if (endMs > startMs) out.push([startMs, endMs]);
  }
}

/** Intervals of the days from `firstDay` to `lastDay` merged into disjoint, sorted ones (touching ones joined). */
export function mergedIntervals(
  schedule: CompiledSchedule,
  firstDay: number,
  lastDay: number,
  timeZone: string,
): Array<[number, number]> {
  const raw: Array<[number, number]> = [];
  for (let day = firstDay; day <= lastDay; day++) pushDayIntervals(schedule, day, timeZone, raw);
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const interval of raw) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}
