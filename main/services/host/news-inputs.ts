/**
 * What the state builder needs to know about the news: the featured articles
 * (chosen by the operator's keywords and age limit), the local URL of each
 * picture already on disk, and how fresh the feed is.
 */
import { selectFeatured } from '../../core/feed/featured';
import type { NewsFreshness } from '../../core/player-state';
import type { NewsContext } from '../../core/playlist/resolve';
import { NEWS_COUNT_MAX } from '../../core/playlist/schema';
import type { Settings } from '../../core/settings';
import type { FeedSnapshot } from '../feed/feed-service';
import type { RemoteImages } from '../media/remote-images';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The news part of the state's inputs, and the article pictures it wants downloaded. */
export interface NewsInputs {
  context: NewsContext;
  freshness: NewsFreshness;
  /** The remote picture URLs of the featured articles: the cache keeps these. */
  imageUrls: string[];
}

/**
 * Builds the news inputs at `nowMs`. Asking the image cache for a featured
 * article's picture starts its download; until it lands the slide is text-only.
 */
export function newsInputs(
  snapshot: FeedSnapshot,
  settings: Settings,
  images: RemoteImages,
  nowMs: number,
): NewsInputs {
  const { feed } = settings;
  const featured = selectFeatured(snapshot.articles, {
    keywords: feed.keywords,
    categories: feed.categories,
    count: NEWS_COUNT_MAX,
    maxAgeMs: feed.maxAgeDays === null ? null : feed.maxAgeDays * DAY_MS,
    nowMs,
  });
  const imageUrls = featured.flatMap((article) => (article.image ? [article.image.url] : []));
  return {
    context: {
      featured,
      imageUrlFor(url) {
        const name = images.cachedName(url);
        return name ? `/media/cache/${name}` : null;
      },
      source: snapshot.title,
      headlinesInMarquee: feed.headlinesInMarquee,
    },
    freshness: {
      // The bundled sample is never "old news": it was never fetched.
      lastSuccessAtMs: snapshot.origin === 'remote' ? snapshot.lastSuccessAtMs : null,
      staleAfterMs: feed.staleAfterHours * HOUR_MS,
    },
    imageUrls,
  };
}
