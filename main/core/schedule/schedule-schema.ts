/**
 * When something plays: a campaign phase ("from 1/3 until 31/5/2023"), days of
 * the week, and time-of-day windows, all read in the screen's IANA time zone.
 * Used by playlist items, scheduled playlists and the console; resolved by
 * the pure functions next to this file.
 */
import { z } from '../zod';

/** Days of the week as schedules name them, Monday first as on Vietnamese calendars. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A calendar day that exists (no 31/02), written YYYY-MM-DD. */
export function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A day in the screen's time zone, YYYY-MM-DD. */
export const localDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isLocalDate, 'must be a real date written YYYY-MM-DD, e.g. 2023-05-31');

/** A time of day in the screen's time zone, HH:MM (24-hour). */
export const localTimeSchema = z
  .string({ error: 'must be a time written HH:MM' })
  .regex(LOCAL_TIME, 'must be a time written HH:MM (24-hour), e.g. 07:30');

/** A time-of-day window. An `end` before `start` runs past midnight (22:00–02:00) and belongs to the day it starts. */
export const timeWindowSchema = z
  .strictObject({
    start: localTimeSchema.describe('When the window opens, HH:MM.'),
    end: localTimeSchema.describe('When it closes, HH:MM (not included). Before start: the next day.'),
  })
  .refine((window) => window.start !== window.end, { message: 'must not start and end at the same time' });

/** When an item or playlist plays. Every part is optional; an empty schedule always holds. */
export const scheduleSchema = z
  .strictObject({
    from: localDateSchema.optional().describe('First day it plays (YYYY-MM-DD), from 00:00.'),
    until: localDateSchema.optional().describe('Last day it plays (YYYY-MM-DD), until midnight at its end.'),
    days: z
      .array(z.enum(WEEKDAYS, { error: `must be one of ${WEEKDAYS.join(', ')}` }), {
        error: 'must be a list of days',
      })
      .min(1, 'must name at least one day (leave it out for every day)')
      .max(7, 'must name each day at most once')
      .refine((days) => new Set(days).size === days.length, 'must name each day at most once')
      .optional()
      .describe('Days of the week it plays; a window past midnight counts for the day it starts.'),
    times: z
      .array(timeWindowSchema, { error: 'must be a list of time windows' })
      .min(1, 'must have at least one window (leave it out for all day)')
      .max(12, 'must have at most 12 windows')
      .optional()
      .describe('Times of day it plays; without it, all day.'),
  })
  .refine((schedule) => !schedule.from || !schedule.until || schedule.from <= schedule.until, {
    message: 'until must not be before from',
    path: ['until'],
  });

export type Schedule = z.infer<typeof scheduleSchema>;
export type TimeWindow = z.infer<typeof timeWindowSchema>;
