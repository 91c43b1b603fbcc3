/** From a validated playlist to the rotations and marquees a screen shows. */
import type { MarqueeState, ScheduledRotation, Slide } from '../player-state';
import { cleanText } from '../text';
import type { ResolveContext } from './resolve-context';
import { slidesOfItem } from './resolve-items';
import { PLAYLIST_DEFAULTS, type Playlist, type PlaylistItem, type ScheduledPlaylist } from './schema';

export type { NewsContext, ResolveContext, VideoContext } from './resolve-context';
export { VIDEO_FALLBACK_DURATION_MS, localDateTimeToEpochMs } from './resolve-items';

/**
 * The slides of a list of items. Disabled items (`enabled: false`) never reach
 * a screen; a `news` item expands into one slide per featured article, up to
 * its `count`; with no articles it is skipped, never shown empty. Each slide
 * carries its item's schedule for the screen to check against its own clock.
 */
export function resolveItems(items: readonly PlaylistItem[], context: ResolveContext): Slide[] {
  return items.filter((item) => item.enabled !== false).flatMap((item) => slidesOfItem(item, context));
}

/** The default rotation: what plays when no scheduled playlist holds. */
export function resolveSlides(playlist: Playlist, context: ResolveContext): Slide[] {
  return resolveItems(playlist.items, context);
}

/** Slogans (cleaned, empty ones dropped) with the featured headlines after them when the screen shows them. */
function marqueeOf(slogans: readonly string[], speedPxPerS: number | undefined, context: ResolveContext): MarqueeState {
  const all = [...slogans];
  if (context.news.headlinesInMarquee) all.push(...context.news.featured.map((article) => article.title));
  return {
    slogans: all.filter((s) => s.length > 0),
    speedPxPerS: speedPxPerS ?? PLAYLIST_DEFAULTS.speedPxPerS,
  };
}

/**
 * The slogan strip of a playlist, falling back to the bundled slogans, with the
 * featured headlines after them when the screen is set to show them.
 */
export function resolveMarquee(playlist: Playlist, context: ResolveContext): MarqueeState {
  const slogans = playlist.marquee ? playlist.marquee.text.map(cleanText) : context.defaultSlogans;
  return marqueeOf(slogans, playlist.marquee?.speedPxPerS, context);
}

function resolveScheduledOne(scheduled: ScheduledPlaylist, context: ResolveContext): ScheduledRotation {
  return {
    id: scheduled.id,
    priority: scheduled.priority,
    schedule: scheduled.schedule,
    slides: resolveItems(scheduled.items, context),
    marquee: scheduled.marquee
      ? marqueeOf(scheduled.marquee.text.map(cleanText), scheduled.marquee.speedPxPerS, context)
      : null,
  };
}

/**
 * The scheduled playlists as rotations, highest priority first; of equal
 * priorities the one written first in the file comes first (a stable order,
 * so two screens break a tie the same way).
 */
export function resolveScheduled(playlist: Playlist, context: ResolveContext): ScheduledRotation[] {
  return (playlist.playlists ?? [])
    .map((scheduled) => resolveScheduledOne(scheduled, context))
    .sort((a, b) => b.priority - a.priority);
}
