/** From a validated playlist to the slides and marquee a screen shows. */
import type { ImageSlide, MarqueeState, Slide, TransitionKind } from '../player-state';
import { cleanText } from '../text';
import { PLAYLIST_DEFAULTS, type Playlist } from './schema';

/** What the host knows that the playlist does not: where media lives. */
export interface ResolveContext {
  /** The URL path a screen loads for an `image.src` (bundled name, URL or library file). */
  mediaUrlFor(src: string): string;
  /** Transition for items that name none. */
  defaultTransition: TransitionKind;
  /** Slogans used when the playlist has no `marquee`. */
  defaultSlogans: readonly string[];
}

/**
 * The rotation. A `news` item expands into one slide per featured article; with
 * no articles (as now, before the feed exists) it is skipped, never shown empty.
 */
export function resolveSlides(playlist: Playlist, context: ResolveContext): Slide[] {
  const slides: Slide[] = [];
  for (const item of playlist.items) {
    if (item.type === 'image') {
      const slide: ImageSlide = {
        kind: 'image',
        id: item.id,
        src: context.mediaUrlFor(item.src),
        // At least 1 ms: a tiny but valid duration must never make the rotation empty.
        durationMs: Math.max(1, Math.round(item.durationS * 1000)),
        transition: item.transition ?? context.defaultTransition,
        fit: item.fit ?? PLAYLIST_DEFAULTS.fit,
      };
      slides.push(slide);
    }
  }
  return slides;
}

/** The slogan strip of a playlist, falling back to the bundled slogans. */
export function resolveMarquee(playlist: Playlist, context: ResolveContext): MarqueeState {
  const slogans = playlist.marquee ? playlist.marquee.text.map(cleanText) : [...context.defaultSlogans];
  return {
    slogans: slogans.filter((s) => s.length > 0),
    speedPxPerS: playlist.marquee?.speedPxPerS ?? PLAYLIST_DEFAULTS.speedPxPerS,
  };
}
