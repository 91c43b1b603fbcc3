/**
 * When the display is on: hours per weekday, read on the screen's wall clock.
 * Outside them the screen shows black and the host asks the display to sleep
 * (DPMS, HDMI-CEC), so a hall's screen is dark at night without a timer plug.
 * The windows are the schedule engine's own (a window whose end is before its
 * start runs past midnight and belongs to the day it starts), and so is the
 * arithmetic: each weekday becomes a Schedule, resolved with DST handled there.
 */
import { z } from '../zod';
import { nextScheduleChange, scheduleHolds } from '../schedule';
import { timeWindowSchema, WEEKDAYS, type Schedule, type Weekday } from '../schedule/schedule-schema';

const dayWindowsSchema = z
  .array(timeWindowSchema, { error: 'must be a list of time windows' })
  .max(12, 'must have at most 12 windows')
  .default([]);

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const EVERY_DAY_DEFAULT = [{ start: '06:00', end: '22:00' }];

/** Settings of display power: off by default, so a screen nobody configured is never dark. */
export const displayPowerSettingsSchema = z
  .strictObject({
    enabled: z
      .boolean({ error: 'must be true or false' })
      .default(false)
      .describe('Turn the display off outside the hours below; false: the display stays on all the time.'),
    on: z
      .strictObject(
        Object.fromEntries(
          WEEKDAYS.map((day) => [
            day,
            dayWindowsSchema.describe(
              `Hours the display is on on ${DAY_NAMES[day]}, e.g. [{"start":"06:00","end":"22:00"}]; empty or left out: off all ${DAY_NAMES[day]}. A window ending before it starts runs past midnight.`,
            ),
          ]),
        ) as Record<Weekday, typeof dayWindowsSchema>,
      )
      .default(
        Object.fromEntries(WEEKDAYS.map((day) => [day, EVERY_DAY_DEFAULT])) as Record<
          Weekday,
          typeof EVERY_DAY_DEFAULT
        >,
      )
      .describe(
        "Hours the display is on, per day of the week (in the screen's time zone); left out: 06:00–22:00 every day.",
      ),
  })
  .refine((power) => !power.enabled || WEEKDAYS.some((day) => power.on[day].length > 0), {
    message: 'must give the display some hours to be on (or set enabled to false)',
    path: ['on'],
  });

export type DisplayPowerSettings = z.infer<typeof displayPowerSettingsSchema>;

export const DEFAULT_DISPLAY_POWER_SETTINGS: DisplayPowerSettings = displayPowerSettingsSchema.parse({});

// Settings objects are replaced, never mutated, so their schedules can be built once (and the schedule
// engine's own cache, keyed by schedule object, then holds across calls).
const schedulesOf = new WeakMap<DisplayPowerSettings, Schedule[]>();

function onSchedules(settings: DisplayPowerSettings): Schedule[] {
  let schedules = schedulesOf.get(settings);
  if (!schedules) {
    schedules = WEEKDAYS.filter((day) => settings.on[day].length > 0).map((day) => ({
      days: [day],
      times: settings.on[day],
    }));
    schedulesOf.set(settings, schedules);
  }
  return schedules;
}

/** True when the display should be on at `nowMs` in `timeZone` (always, while display power is not enabled). */
export function displayShouldBeOn(settings: DisplayPowerSettings, nowMs: number, timeZone: string): boolean {
  if (!settings.enabled) return true;
  return onSchedules(settings).some((schedule) => scheduleHolds(schedule, nowMs, timeZone));
}

// Each weekday's windows flip on their own; where two meet (Monday until midnight, Tuesday from midnight)
// the display does not change, so those flips are walked past. A week's worth of flips is the most that can
// pass without a real change; more means the display is on all week.
const MAX_FLIPS = WEEKDAYS.length * 12 * 2 + 2;

/**
 * The next instant after `nowMs` at which the display turns on or off, or null
 * when it never will (display power off, or on around the clock). The host
 * sets its timer to this.
 */
export function nextDisplayPowerChangeAtMs(
  settings: DisplayPowerSettings,
  nowMs: number,
  timeZone: string,
): number | null {
  if (!settings.enabled) return null;
  const schedules = onSchedules(settings);
  const onNow = displayShouldBeOn(settings, nowMs, timeZone);
  let atMs: number | null = nowMs;
  for (let flip = 0; flip < MAX_FLIPS; flip++) {
    atMs = nextScheduleChange(schedules, atMs, timeZone);
    if (atMs === null) return null;
    if (displayShouldBeOn(settings, atMs, timeZone) !== onNow) return atMs;
  }
  return null;
}
