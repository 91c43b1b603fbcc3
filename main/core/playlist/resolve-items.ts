/** One playlist item → its slides. Used by resolve.ts; each function is pure and knows nothing of the host. */
import type { FeedArticle } from '../feed/article';
import { wallTimeToEpochMs } from '../feed/zoned-time';
import type {
  CountdownSlide,
  ImageSlide,
  NewsSlide,
  Slide,
  TextSlide,
  TransitionKind,
  VideoSlide,
} from '../player-state';
import { cleanText } from '../text';
import {
  PLAYLIST_DEFAULTS,
  type CountdownItem,
  type ImageItem,
  type NewsItem,
  type PlaylistItem,
  type TextItem,
  type VideoItem,
} from './schema';
import type { ResolveContext } from './resolve-context';

/**
 * How long a video plays when the playlist gives no `durationS` and the host
 * does not know the file's length (not probed yet, or a format it cannot
 * read): long enough for a typical campaign clip, short enough that a wrong
 * guess does not hold the hall for minutes. The host logs a warning each time
 * it is used for a new video.
 */
export const VIDEO_FALLBACK_DURATION_MS = 30_000;

/** At least 1 ms: a tiny but valid duration must never make the rotation empty. */
export function durationMsOf(durationS: number): number {
  return Math.max(1, Math.round(durationS * 1000));
}

/** What every slide of an item shares: its id, duration, transition and schedule. */
function base(item: PlaylistItem, id: string, durationMs: number, defaultTransition: TransitionKind) {
  return {
    id,
    itemId: item.id,
    durationMs,
    transition: item.transition ?? defaultTransition,
    ...(item.schedule ? { schedule: item.schedule } : {}),
  };
}

function imageSlide(item: ImageItem, context: ResolveContext): ImageSlide {
  return {
    kind: 'image',
    ...base(item, item.id, durationMsOf(item.durationS), context.defaultTransition),
    src: context.mediaUrlFor(item.src),
    fit: item.fit ?? PLAYLIST_DEFAULTS.fit,
  };
}

/**
 * A video slide, or none while the host has no playable file for it (a
 * download still running, a missing library file): a screen never gets a
 * `<video>` that cannot play.
 */
function videoSlide(item: VideoItem, context: ResolveContext): VideoSlide | null {
  const video = context.video;
  const src = video?.urlFor(item.src) ?? null;
  if (!video || src === null) return null;
  let durationMs: number;
  if (item.durationS !== undefined) {
    durationMs = durationMsOf(item.durationS);
  } else {
    const probed = video.durationMsFor(item.src);
    if (probed !== null && Number.isFinite(probed) && probed > 0) {
      durationMs = Math.max(1, Math.round(probed));
    } else {
      durationMs = VIDEO_FALLBACK_DURATION_MS;
      video.onUnknownDuration?.(item.src, VIDEO_FALLBACK_DURATION_MS);
    }
  }
  return {
    kind: 'video',
    ...base(item, item.id, durationMs, context.defaultTransition),
    src,
    fit: item.fit ?? PLAYLIST_DEFAULTS.fit,
    muted: item.muted ?? true,
  };
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `YYYY-MM-DDTHH:MM` in `timezone` → epoch ms (DST-correct), or null for a date the calendar lacks. */
export function localDateTimeToEpochMs(text: string, timezone: string): number | null {
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return wallTimeToEpochMs({ year, month, day, hour, minute, second: 0 }, timezone);
}

/** A countdown slide; none when `targetAt` names no real moment (31/02 passes the schema's pattern). */
function countdownSlide(item: CountdownItem, context: ResolveContext): CountdownSlide | null {
  const targetAtMs = localDateTimeToEpochMs(item.targetAt, context.timezone);
  if (targetAtMs === null) return null;
  return {
    kind: 'countdown',
    ...base(item, item.id, durationMsOf(item.durationS), context.defaultTransition),
    title: cleanText(item.title),
    targetAtMs,
    doneText: item.doneText === undefined ? null : cleanText(item.doneText) || null,
  };
}

/** Paragraphs cleaned one by one (NFC, spaces collapsed) and kept apart by one blank line. */
export function cleanParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\n/u)
    .map(cleanText)
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

function textSlide(item: TextItem, context: ResolveContext): TextSlide {
  return {
    kind: 'text',
    ...base(item, item.id, durationMsOf(item.durationS), context.defaultTransition),
    title: cleanText(item.title),
    body: cleanParagraphs(item.body ?? ''),
  };
}

/** One slide per featured article, up to the item's count; none at all when there is no news. */
function newsSlides(item: NewsItem, context: ResolveContext): NewsSlide[] {
  const articles = context.news.featured.slice(0, item.count ?? PLAYLIST_DEFAULTS.newsCount);
  return articles.map((article: FeedArticle) => {
    const imageSrc = article.image ? context.news.imageUrlFor(article.image.url) : null;
    return {
      kind: 'news',
      ...base(item, `${item.id}#${article.key}`, durationMsOf(item.durationS), context.defaultTransition),
      title: article.title,
      publishedAtMs: article.publishedAtMs,
      image: imageSrc && article.image ? { src: imageSrc, caption: article.image.caption } : null,
      summary: article.summary,
      author: article.author,
      source: context.news.source,
      link: article.link,
    };
  });
}

/** The slides of one enabled item (zero or more). */
export function slidesOfItem(item: PlaylistItem, context: ResolveContext): Slide[] {
  switch (item.type) {
    case 'image':
      return [imageSlide(item, context)];
    case 'video':
      return optional(videoSlide(item, context));
    case 'countdown':
      return optional(countdownSlide(item, context));
    case 'text':
      return [textSlide(item, context)];
    case 'news':
      return newsSlides(item, context);
  }
}

const optional = <T>(slide: T | null): T[] => (slide === null ? [] : [slide]);
