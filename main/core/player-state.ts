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
  /** Unique within the rotation; for an image slide, its playlist item id. */
  id: string;
  /** The playlist item this slide comes from (`data-item-id` on screen). */
  itemId: string;
  src: string;
  durationMs: number;
  transition: TransitionKind;
  fit: ImageFit;
}

/**
 * One featured article on screen. Everything in it is plain, cleaned text and
 * URLs the host checked: the screen never renders feed markup.
 */
export interface NewsSlide {
  kind: 'news';
  /** Unique within the rotation: the item id and the article's key. */
  id: string;
  /** The playlist `news` item this slide comes from (`data-item-id` on screen). */
  itemId: string;
  durationMs: number;
  transition: TransitionKind;
  title: string;
  /** When the article was published (ms since the Unix epoch), shown in the screen's time zone; null: not shown. */
  publishedAtMs: number | null;
  /** The lead image as a media URL path, already downloaded and downscaled; null: a text-only layout. */
  image: { src: string; caption: string | null } | null;
  /** Plain text, paragraphs separated by a blank line. */
  summary: string;
  author: string | null;
  /** Where the news comes from (the feed's title or the site's host name). */
  source: string | null;
  /** The article's absolute http(s) URL, for the QR code; null: no QR code. */
  link: string | null;
}

/** Every kind of slide the screen can show. */
export type Slide = ImageSlide | NewsSlide;

/** How fresh the news is, so a screen can say discreetly when it is old. */
export interface NewsFreshness {
  /** The last successful fetch of the feed; null for the bundled sample (never stale). */
  lastSuccessAtMs: number | null;
  /** After this long since `lastSuccessAtMs` the news slide says how old its news is. */
  staleAfterMs: number;
}

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
  news: NewsFreshness;
  showClock: boolean;
  /** Pano's version, so a screen can show it in diagnostics. */
  version: string;
}
