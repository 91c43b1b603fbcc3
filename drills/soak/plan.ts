/**
 * What happens in each simulated hour of the soak, decided up front (pure,
 * so the schedule can be read and tested without running it).
 *
 * Every hour the remote playlist changes. The feed cycles through its moods:
 * up with new articles, 500, slow (one byte a second), invalid XML, up and
 * unchanged. Banners come and go on a four-hour cycle. Once every `cadence`
 * hours (at hour cadence−2 of each cycle) the host restarts, alternately
 * stopped with SIGTERM and killed with SIGKILL; as often (at hour 1 of each
 * cycle) the renderer dies,
 * alternately crashed (CDP Page.crash) and closed, and a new page is opened
 * as a kiosk's recovery would.
 *
 * The page's clock starts at 22:00 on the screen's wall clock and the
 * operator's maintenance reload is set to 01:30, so every form of the soak,
 * the short one too, has the page reload itself each night: 01:30 falls in
 * hour 3 of the four-hour banner cycle (no banner holds it back), and the
 * renderer is replaced at 23:30 or 11:30, never earlier on that day (a page
 * loaded on the reload's day counts as that day's refresh).
 */
import { DEFAULT_TIMEZONE } from '../../main/core/timezone';
import { instantAtWall, localDayAt, MS_PER_DAY } from '../../main/core/schedule/zone-offsets';

/** How the feed answers during an hour. */
export type FeedMood = 'new-articles' | 'server-error' | 'slow' | 'invalid' | 'unchanged';

export const FEED_MOODS: readonly FeedMood[] = ['new-articles', 'server-error', 'slow', 'invalid', 'unchanged'];

/** One simulated hour. */
export interface SoakHour {
  hour: number;
  feed: FeedMood;
  /** Restart the host at the start of the hour. */
  host: 'keep' | 'sigterm' | 'sigkill';
  /** Take the renderer down in the middle of the hour. */
  renderer: 'keep' | 'crash' | 'close';
  /** The operator's announcement work at the start of the hour. */
  announcement: 'none' | 'add-short-banner' | 'add-long-banner' | 'remove-long-banner';
  /** How many announcements the screen shows at the end of the hour. */
  bannersAtEnd: number;
}

/** How long each announcement lasts (page clock). */
export const SHORT_BANNER_MS = 90 * 60_000;
export const LONG_BANNER_MS = 10 * 3_600_000;

/** The soak's hours, 0 … hours−1. */
export function soakPlan(hours: number, cadence = 6): SoakHour[] {
  if (!Number.isInteger(hours) || hours < 1) throw new Error(`a soak needs a whole number of hours, not ${hours}`);
  return Array.from({ length: hours }, (_, hour) => {
    const cycle = hour % 4;
    // The short banner ends by itself half-way through the next hour; the long one is removed two hours in.
    const announcement =
      cycle === 1 ? 'add-short-banner' : cycle === 2 ? 'add-long-banner' : cycle === 3 ? 'remove-long-banner' : 'none';
    return {
      hour,
      feed: FEED_MOODS[hour % FEED_MOODS.length] as FeedMood,
      host: hour % cadence === cadence - 2 ? (Math.floor(hour / cadence) % 2 === 0 ? 'sigterm' : 'sigkill') : 'keep',
      renderer: hour % cadence === 1 ? (Math.floor(hour / cadence) % 2 === 0 ? 'crash' : 'close') : 'keep',
      announcement,
      bannersAtEnd: cycle === 1 || cycle === 2 ? 1 : 0,
    };
  });
}

/** The wall-clock time of day the soak's page clock starts at (see above). */
export const SOAK_STARTS_AT_HOUR = 22;
/** The maintenance reload the operator sets for the soak (see above). */
export const SOAK_RELOAD_AT = '01:30';

/** The next 22:00 in the screen's time zone (the host's default) after `nowMs`: where the page clock starts. */
export function soakStartMs(nowMs: number, timeZone = DEFAULT_TIMEZONE): number {
  for (let day = localDayAt(timeZone, nowMs); ; day += 1) {
    const startMs = instantAtWall(timeZone, day * MS_PER_DAY + SOAK_STARTS_AT_HOUR * 3_600_000);
    if (startMs > nowMs) return startMs;
  }
}

/** How many nightly reloads at SOAK_RELOAD_AT fall within `hours` from `startMs` (in the screen's zone). */
export function reloadsDue(startMs: number, hours: number, timeZone = DEFAULT_TIMEZONE): number {
  const [h, m] = SOAK_RELOAD_AT.split(':').map(Number) as [number, number];
  const endMs = startMs + hours * 3_600_000;
  let due = 0;
  for (let day = localDayAt(timeZone, startMs); ; day += 1) {
    const momentMs = instantAtWall(timeZone, day * MS_PER_DAY + (h * 60 + m) * 60_000);
    if (momentMs >= endMs) return due;
    if (momentMs > startMs) due += 1;
  }
}
