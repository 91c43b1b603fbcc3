/** Which articles a news slide shows: the featured ones first, then the newest others. */
import type { FeedArticle } from './article';

/** How articles are chosen. */
export interface FeaturedOptions {
  /** An article mentioning one of these (title, summary or a category) is featured. */
  keywords: readonly string[];
  /** An article in one of these categories is featured. */
  categories: readonly string[];
  /** How many articles at most. */
  count: number;
  /** Articles published longer ago than this are left out; null: no limit. */
  maxAgeMs: number | null;
  nowMs: number;
}

/** Case and Unicode form do not matter when an operator types "đại hội" and a feed says "ĐẠI HỘI". */
function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi-VN').replace(/\s+/gu, ' ').trim();
}

function isFeatured(article: FeedArticle, keywords: readonly string[], categories: ReadonlySet<string>): boolean {
  const articleCategories = article.categories.map(fold);
  if (articleCategories.some((category) => categories.has(category))) return true;
  const haystack = fold([article.title, article.summary, ...article.categories].join('\n'));
  return keywords.some((keyword) => keyword !== '' && haystack.includes(keyword));
}

/** Newest first; articles without a time go after dated ones, in feed order (a stable sort). */
function newestFirst(a: FeedArticle, b: FeedArticle): number {
  return (b.publishedAtMs ?? -Infinity) - (a.publishedAtMs ?? -Infinity) || 0;
}

/**
 * The articles to show: featured ones newest first, filled up to `count` with
 * the newest others. Articles too old are dropped; an article dated in the
 * future (a feed's clock or zone is off) is kept.
 */
export function selectFeatured(articles: readonly FeedArticle[], options: FeaturedOptions): FeedArticle[] {
  const keywords = options.keywords.map(fold);
  const categories = new Set(options.categories.map(fold));
  const fresh = articles.filter(
    (article) =>
      options.maxAgeMs === null ||
      article.publishedAtMs === null ||
      options.nowMs - article.publishedAtMs <= options.maxAgeMs,
  );
  const featured = fresh.filter((article) => isFeatured(article, keywords, categories)).sort(newestFirst);
  const others = fresh.filter((article) => !featured.includes(article)).sort(newestFirst);
  return [...featured, ...others].slice(0, Math.max(0, options.count));
}
