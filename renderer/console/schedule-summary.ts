/** One line that tells an operator when something plays: "Thứ 2–6, 07:00–11:30, đến 31/05/2023". */
import { WEEKDAYS, type Schedule } from '../../main/core/schedule/schedule-schema';
import { isoDateToVn } from './vn-date';

/** The words a summary is made of, from the console's dictionary. */
export interface ScheduleWords {
  /** For a schedule that always holds (or none). */
  always: string;
  /** A day by its index in WEEKDAYS (0 = Monday): "Thứ 2", "CN". */
  dayName: (index: number) => string;
  /** Three or more days in a row: "Thứ 2–6". */
  dayRange: (from: number, to: number) => string;
  /** "từ 01/03/2023". */
  from: (date: string) => string;
  /** "đến 31/05/2023". */
  until: (date: string) => string;
}

/** Runs of consecutive weekday indexes, Monday first: [0,1,2,4] → [[0,2],[4,4]]. */
export function weekdayRuns(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/** The days part: ranges for three or more days in a row, single names otherwise; empty for every day. */
export function summariseDays(days: Schedule['days'], words: ScheduleWords): string {
  if (!days || new Set(days).size === WEEKDAYS.length) return '';
  const parts: string[] = [];
  for (const [from, to] of weekdayRuns(days.map((day) => WEEKDAYS.indexOf(day)))) {
    if (to - from >= 2) parts.push(words.dayRange(from, to));
    else for (let i = from; i <= to; i++) parts.push(words.dayName(i));
  }
  return parts.join(', ');
}

/** The whole line; `always` when the schedule does not limit anything. */
export function scheduleSummary(schedule: Schedule | undefined, words: ScheduleWords): string {
  if (!schedule) return words.always;
  const parts: string[] = [];
  const days = summariseDays(schedule.days, words);
  if (days) parts.push(days);
  if (schedule.times?.length) parts.push(schedule.times.map((w) => `${w.start}–${w.end}`).join(', '));
  if (schedule.from) parts.push(words.from(isoDateToVn(schedule.from)));
  if (schedule.until) parts.push(words.until(isoDateToVn(schedule.until)));
  return parts.length ? parts.join(', ') : words.always;
}
