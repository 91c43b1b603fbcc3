/**
 * The one object the host pushes to every screen. A screen renders
 * f(PlayerState, clock): nothing in here changes per slide.
 */

/** How a slide enters the screen. */
export const TRANSITION_KINDS = ['crossfade', 'slide', 'zoom'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/**
 * How an image fills its slide: `cover` fills (may crop), `contain` shows all
 * of it over a blurred copy of itself, `auto` covers when picture and screen
 * share an orientation and contains when they do not (a landscape slide on a
 * portrait screen stays readable).
 */
export const IMAGE_FITS = ['auto', 'cover', 'contain'] as const;
export type ImageFit = (typeof IMAGE_FITS)[number];

/** An image slide, ready to show: `src` is a URL path the screen can load as it is. */
export interface ImageSlide {
  kind: 'image';
  /** The playlist item id (unique within the rotation). */
  id: string;
  src: string;
  durationMs: number;
  transition: TransitionKind;
  fit: ImageFit;
}

/** Every kind of slide the screen can show. News and others join this union. */
export type Slide = ImageSlide;

/** The slogan strip along the bottom. An empty `slogans` hides it. */
export interface MarqueeState {
  slogans: string[];
  speedPxPerS: number;
}

/** Everything a screen needs to decide what is visible at any moment. */
export interface PlayerState {
  /** Increases with every change the host pushes; lets a screen ignore stale copies. */
  revision: number;
  /** When the current rotation started (ms since the Unix epoch): slide positions count from here. */
  epochMs: number;
  /** IANA time zone of the screen, for the clock and dates. */
  timezone: string;
  slides: Slide[];
  marquee: MarqueeState;
  showClock: boolean;
  /** Pano's version, so a screen can show it in diagnostics. */
  version: string;
}
