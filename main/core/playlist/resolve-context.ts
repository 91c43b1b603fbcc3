/** What the host knows that a playlist does not, handed to the pure resolver. */
import type { FeedArticle } from '../feed/article';
import type { TransitionKind } from '../player-state';

/** What the host knows that the playlist does not: where media lives, the screen's zone, the news. */
export interface ResolveContext {
  /** The URL path a screen loads for an `image.src` (bundled name, URL or library file). */
  mediaUrlFor(src: string): string;
  /** Transition for items that name none. */
  defaultTransition: TransitionKind;
  /** Slogans used when the playlist has no `marquee`. */
  defaultSlogans: readonly string[];
  /** IANA zone of the screen: a countdown's `targetAt` is wall time there. */
  timezone: string;
  news: NewsContext;
  /** Where videos are and how long they run; absent: video items are skipped (a host without video support). */
  video?: VideoContext;
}

/** What the host knows of the news feed. */
export interface NewsContext {
  /** The featured articles, best first, already limited by age (see selectFeatured). */
  featured: readonly FeedArticle[];
  /** The media URL path of an article image on disk, or null while it is not (the slide goes text-only). */
  imageUrlFor(url: string): string | null;
  /** The feed's title or host name, for the slide's source line. */
  source: string | null;
  /** Also scroll the featured headlines in the slogan strip. */
  headlinesInMarquee: boolean;
}

/** What the host knows of the videos a playlist names. */
export interface VideoContext {
  /**
   * The URL path of a `video.src` (a library file, or an http(s) video once
   * downloaded), or null while there is no playable file: the slide is skipped.
   */
  urlFor(src: string): string | null;
  /** The file's own length in ms when the host has read it, else null. */
  durationMsFor(src: string): number | null;
  /** Told when a video without `durationS` plays for the fallback length because its own is unknown. */
  onUnknownDuration?(src: string, fallbackMs: number): void;
}
