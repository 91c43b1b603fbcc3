/**
 * Editing the display's on-hours (settings `displayPower.on`) and saying them
 * in plain words: "Thứ Hai–Thứ Sáu: bật 06:00–22:00". Pure, so the page stays
 * a thin form and the rules are tested on their own.
 */
import type { DisplayPowerSettings } from '../../main/core/kiosk/display-power-policy';
import { WEEKDAYS, type TimeWindow, type Weekday } from '../../main/core/schedule/schedule-schema';

/** The on-windows of every weekday. */
export type WeekHours = DisplayPowerSettings['on'];

/** The window a day gets when it has none yet: a hall's working day. */
export const FIRST_WINDOW: TimeWindow = { start: '06:00', end: '22:00' };

/** How long a window added after another one lasts at first, in minutes. */
const ADDED_WINDOW_MIN = 120;

const MIN_PER_DAY = 24 * 60;

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function timeOf(minutes: number): string {
  const wrapped = ((minutes % MIN_PER_DAY) + MIN_PER_DAY) % MIN_PER_DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** A copy of `week` with one day's windows replaced. */
export function withDay(week: WeekHours, day: Weekday, windows: readonly TimeWindow[]): WeekHours {
  return { ...week, [day]: windows.map((w) => ({ ...w })) };
}

/**
 * A day with one more window: the working day when it has none, otherwise
 * two hours from where its last window ends (past midnight wraps round), a
 * starting point the operator then adjusts.
 */
export function addWindow(week: WeekHours, day: Weekday): WeekHours {
  const windows = week[day];
  const last = windows[windows.length - 1];
  const added = last ? { start: last.end, end: timeOf(minutesOf(last.end) + ADDED_WINDOW_MIN) } : FIRST_WINDOW;
  return withDay(week, day, [...windows, added]);
}

/** A day without its window at `index`; no windows left means off all that day. */
export function removeWindow(week: WeekHours, day: Weekday, index: number): WeekHours {
  return withDay(
    week,
    day,
    week[day].filter((_, i) => i !== index),
  );
}

/** A day with its window at `index` replaced. */
export function setWindow(week: WeekHours, day: Weekday, index: number, window: TimeWindow): WeekHours {
  return withDay(
    week,
    day,
    week[day].map((w, i) => (i === index ? window : w)),
  );
}

/** Every day gets Monday's windows (copies, so editing one day later leaves the others alone). */
export function copyMondayToAllDays(week: WeekHours): WeekHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, week.mon.map((w) => ({ ...w }))])) as WeekHours;
}

/** True when a window ends on the next day (the schedule engine's rule: end before start). */
export function runsPastMidnight(window: TimeWindow): boolean {
  return window.end < window.start;
}

/** The words a summary is made of, from the console's dictionary. */
export interface HoursWords {
  /** A day by its index in WEEKDAYS (0 = Monday), written out: "Thứ Hai". */
  dayFullName: (index: number) => string;
  /** "bật 06:00–22:00" from the day's windows already joined. */
  onAt: (windows: string) => string;
  /** Said after a window that ends the next day: " (hôm sau)". */
  nextDay: string;
  /** A day with no windows. */
  offAllDay: string;
  /** Display power switched off: the display never sleeps. */
  alwaysOn: string;
}

/** "07:00–21:00, 22:00–02:00 (hôm sau)". */
export function windowsText(windows: readonly TimeWindow[], words: Pick<HoursWords, 'nextDay'>): string {
  return windows.map((w) => `${w.start}–${w.end}${runsPastMidnight(w) ? words.nextDay : ''}`).join(', ');
}

function daysText(from: number, to: number, words: HoursWords): string {
  if (from === to) return words.dayFullName(from);
  if (to - from === 1) return `${words.dayFullName(from)}, ${words.dayFullName(to)}`;
  return `${words.dayFullName(from)}–${words.dayFullName(to)}`;
}

/**
 * One line per run of consecutive days with the same hours, Monday first:
 * ["Thứ Hai–Thứ Sáu: bật 06:00–22:00", "Thứ Bảy, Chủ Nhật: tắt cả ngày"].
 * A single line saying the display is always on while display power is off.
 */
export function displayHoursSummary(settings: DisplayPowerSettings, words: HoursWords): string[] {
  if (!settings.enabled) return [words.alwaysOn];
  const texts = WEEKDAYS.map((day) =>
    settings.on[day].length === 0 ? words.offAllDay : words.onAt(windowsText(settings.on[day], words)),
  );
  const lines: string[] = [];
  let runStart = 0;
  for (let index = 1; index <= texts.length; index++) {
    if (index < texts.length && texts[index] === texts[runStart]) continue;
    lines.push(`${daysText(runStart, index - 1, words)}: ${texts[runStart]}`);
    runStart = index;
  }
  return lines;
}
