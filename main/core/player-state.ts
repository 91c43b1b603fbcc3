/**
 * The one object the host pushes to every screen. A screen renders
 * f(PlayerState, clock): nothing in here changes per slide.
 */

import type { AnnouncementMode } from './announcements';
import type { Schedule } from './schedule/schedule-schema';
import type { DisplayPowerSettings } from './kiosk/display-power-policy';
import type { MaintenanceSettings } from './kiosk/maintenance-policy';

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

/** What every slide carries: where it comes from, how long and how it enters, and when it may show. */
interface SlideBase {
  /** Unique within the rotation. */
  id: string;
  /** The playlist item this slide comes from (`data-item-id` on screen). */
  itemId: string;
  durationMs: number;
  transition: TransitionKind;
  /**
   * The item's own schedule; absent: whenever its rotation plays. The screen
   * checks it against its own clock (visibleRotation in core/schedule).
   */
  schedule?: Schedule;
}

/** A video slide: `src` is a URL path; it plays muted unless `muted` is false, from its start, for `durationMs`. */
export interface VideoSlide extends SlideBase {
  kind: 'video';
  src: string;
  fit: ImageFit;
  muted: boolean;
}

/** "Còn 12 ngày đến …": the days and hours left until `targetAtMs`, counted by the screen's clock. */
export interface CountdownSlide extends SlideBase {
  kind: 'countdown';
  title: string;
  targetAtMs: number;
  /** Shown once the moment has passed; null: the slide is skipped from then on. */
  doneText: string | null;
}

/** A full-screen card with a title and a body (plain text, paragraphs separated by a blank line). */
export interface TextSlide extends SlideBase {
  kind: 'text';
  title: string;
  body: string;
}

/** An image slide, ready to show: `src` is a URL path the screen can load as it is. */
export interface ImageSlide extends SlideBase {
  kind: 'image';
  src: string;
  fit: ImageFit;
}

/**
 * One featured article on screen. Everything in it is plain, cleaned text and
 * URLs the host checked: the screen never renders feed markup.
 */
export interface NewsSlide extends SlideBase {
  kind: 'news';
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
export type Slide = ImageSlide | NewsSlide | VideoSlide | CountdownSlide | TextSlide;

/** A scheduled playlist as the screen gets it: it replaces the default rotation while its schedule holds. */
export interface ScheduledRotation {
  id: string;
  /** Of two whose schedules hold, the higher plays. */
  priority: number;
  schedule: Schedule;
  slides: Slide[];
  /** Its own slogans; null: the default marquee. */
  marquee: MarqueeState | null;
}

/** An operator's message above every schedule, from `startsAtMs` until `endsAtMs`. */
export interface AnnouncementState {
  id: string;
  /** `takeover`: a full-screen card instead of the slides; `banner`: a band over the slides. */
  mode: AnnouncementMode;
  title: string;
  /** Plain text; may be empty. */
  body: string;
  startsAtMs: number;
  endsAtMs: number;
}

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
  /** The default rotation: what plays when no scheduled rotation holds. */
  slides: Slide[];
  marquee: MarqueeState;
  /** Scheduled playlists, highest priority first; empty when there are none. */
  scheduled: ScheduledRotation[];
  /** Announcements not yet ended; the screen shows each while its clock is inside its window. */
  announcements: AnnouncementState[];
  news: NewsFreshness;
  showClock: boolean;
  /** Pano's version, so a screen can show it in diagnostics. */
  version: string;
  /** The daily refresh at a quiet hour: the screen reloads itself at a slide change after `reloadAt` (maintenance-policy.ts). */
  maintenance: MaintenanceSettings;
  /** When the display is on; outside these hours the screen shows black (display-power-policy.ts). */
  displayPower: DisplayPowerSettings;
}
