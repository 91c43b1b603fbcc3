/**
 * Which operator announcements are on screen at an instant. They sit above
 * every schedule and need no time zone: each has absolute start and end instants.
 */
import type { AnnouncementState, PlayerState } from '../player-state';

/** The announcements in force at one instant. */
export interface ActiveAnnouncements {
  /** The full-screen card, if any: of several in force, the one that started last. */
  takeover: AnnouncementState | null;
  /** Bands over the slides, in the order they started. */
  banners: AnnouncementState[];
  /** The next instant any announcement starts or ends, or null. */
  nextChangeAtMs: number | null;
}

/**
 * The announcements in force at `nowMs` (startsAtMs ≤ now < endsAtMs). Ties keep
 * list order: of two takeovers that started together the first listed shows.
 */
export function activeAnnouncements(state: PlayerState, nowMs: number): ActiveAnnouncements {
  let takeover: AnnouncementState | null = null;
  const banners: AnnouncementState[] = [];
  let nextChangeAtMs: number | null = null;
  const consider = (atMs: number) => {
    if (atMs > nowMs && (nextChangeAtMs === null || atMs < nextChangeAtMs)) nextChangeAtMs = atMs;
  };
  for (const announcement of state.announcements) {
    consider(announcement.startsAtMs);
    consider(announcement.endsAtMs);
    if (!(announcement.startsAtMs <= nowMs && nowMs < announcement.endsAtMs)) continue;
    if (announcement.mode === 'banner') banners.push(announcement);
    else if (takeover === null || announcement.startsAtMs > takeover.startsAtMs) takeover = announcement;
  }
  // Array.prototype.sort is stable, so banners that started together keep list order.
  banners.sort((a, b) => a.startsAtMs - b.startsAtMs);
  return { takeover, banners, nextChangeAtMs };
}
