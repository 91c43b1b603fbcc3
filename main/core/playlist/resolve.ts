/** From a validated playlist to the slides and marquee a screen shows. */
import type { FeedArticle } from '../feed/article';
import type { ImageSlide, MarqueeState, NewsSlide, Slide, TransitionKind } from '../player-state';
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
  news: NewsContext;
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

/** At least 1 ms: a tiny but valid duration must never make the rotation empty. */
function durationMsOf(durationS: number): number {
  return Math.max(1, Math.round(durationS * 1000));
}

/**
 * The rotation. A `news` item expands into one slide per featured article, up
 * to its `count`; with no articles it is skipped, never shown empty.
 */
export function resolveSlides(playlist: Playlist, context: ResolveContext): Slide[] {
  const slides: Slide[] = [];
  for (const item of playlist.items) {
    if (item.type === 'image') {
      const slide: ImageSlide = {
        kind: 'image',
        id: item.id,
        itemId: item.id,
        src: context.mediaUrlFor(item.src),
        durationMs: durationMsOf(item.durationS),
        transition: item.transition ?? context.defaultTransition,
        fit: item.fit ?? PLAYLIST_DEFAULTS.fit,
      };
      slides.push(slide);
    } else {
      const articles = context.news.featured.slice(0, item.count ?? PLAYLIST_DEFAULTS.newsCount);
      for (const article of articles) {
        const imageSrc = article.image ? context.news.imageUrlFor(article.image.url) : null;
        const slide: NewsSlide = {
          kind: 'news',
          id: `${item.id}#${article.key}`,
          itemId: item.id,
          durationMs: durationMsOf(item.durationS),
          transition: item.transition ?? context.defaultTransition,
          title: article.title,
          publishedAtMs: article.publishedAtMs,
          image: imageSrc && article.image ? { src: imageSrc, caption: article.image.caption } : null,
          summary: article.summary,
          author: article.author,
          source: context.news.source,
          link: article.link,
        };
        slides.push(slide);
      }
    }
  }
  return slides;
}

/**
 * The slogan strip of a playlist, falling back to the bundled slogans, with the
 * featured headlines after them when the screen is set to show them.
 */
export function resolveMarquee(playlist: Playlist, context: ResolveContext): MarqueeState {
  const slogans = playlist.marquee ? playlist.marquee.text.map(cleanText) : [...context.defaultSlogans];
  if (context.news.headlinesInMarquee) slogans.push(...context.news.featured.map((article) => article.title));
  return {
    slogans: slogans.filter((s) => s.length > 0),
    speedPxPerS: playlist.marquee?.speedPxPerS ?? PLAYLIST_DEFAULTS.speedPxPerS,
  };
}
