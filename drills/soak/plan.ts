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
 */

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
