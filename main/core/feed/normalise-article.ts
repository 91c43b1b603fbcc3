/**
 * Raw items of any format → FeedArticles: plain NFC text, absolute http(s)
 * URLs, zone-aware times, sizes capped so PlayerState stays small, duplicates
 * merged, items without a title left out with a reason.
 */
import type { ArticleImage, FeedArticle, FeedDocument } from './article';
import { parseFeedDate } from './feed-dates';
import { absoluteHttpUrl } from './feed-url';
import { htmlToLine, htmlToText, imagesIn, truncateText } from './html-text';
import type { RawFeed, RawImage, RawItem } from './raw-item';

/** A guid longer than this is still unique enough; state does not carry kilobyte keys. */
const MAX_KEY_CHARS = 500;

/** How much of a feed Pano keeps. */
export const FEED_LIMITS = {
  titleChars: 300,
  summaryChars: 2000,
  authorChars: 200,
  categoryChars: 100,
  categories: 20,
  articles: 200,
  /**
   * Items read at most. Duplicates merge without adding articles, so without this bound a feed repeating one
   * item 20,000 times had every copy cleaned (seconds of HTML parsing) to keep a single article.
   */
  itemsRead: 1000,
  /** Reasons listed in `dropped`; the rest are counted in one line. */
  droppedLines: 20,
} as const;

function line(html: string | null, maxChars: number): string {
  return html === null ? '' : truncateText(htmlToLine(html, maxChars * 2), maxChars);
}

function imageOf(item: RawItem, baseUrl: string): ArticleImage | null {
  const candidates: RawImage[] = [...item.images];
  for (const html of [item.content, item.summary]) {
    for (const found of html === null ? [] : imagesIn(html))
      candidates.push({ url: found.src, caption: found.caption });
  }
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate.url, baseUrl);
    if (url === null) continue;
    const caption = line(candidate.caption ?? item.mediaCaption, FEED_LIMITS.summaryChars);
    return { url, caption: caption === '' ? null : caption };
  }
  return null;
}

function summaryOf(item: RawItem): string {
  for (const html of [item.summary, item.content]) {
    if (html === null) continue;
    const text = truncateText(htmlToText(html, FEED_LIMITS.summaryChars * 2), FEED_LIMITS.summaryChars);
    if (text !== '') return text;
  }
  return '';
}

function categoriesOf(item: RawItem): string[] {
  const seen = new Set<string>();
  for (const category of item.categories) {
    const text = line(category, FEED_LIMITS.categoryChars);
    if (text !== '') seen.add(text);
    if (seen.size >= FEED_LIMITS.categories) break;
  }
  return [...seen];
}

type Normalised = { ok: true; article: FeedArticle } | { ok: false; reason: string };

/** One raw item → an article, or why it was left out. */
export function normaliseItem(item: RawItem, baseUrl: string, timezone: string): Normalised {
  const title = line(item.title, FEED_LIMITS.titleChars);
  if (title === '') return { ok: false, reason: 'it has no title' };
  const link = absoluteHttpUrl(item.link, baseUrl);
  const publishedAtMs = parseFeedDate(item.published, timezone);
  const author = line(item.author, FEED_LIMITS.authorChars);
  const id = item.id?.trim().slice(0, MAX_KEY_CHARS) || null;
  return {
    ok: true,
    article: {
      key: id ?? link ?? `${title}|${publishedAtMs ?? ''}`,
      title,
      link,
      publishedAtMs,
      image: imageOf(item, baseUrl),
      summary: summaryOf(item),
      author: author === '' ? null : author,
      categories: categoriesOf(item),
    },
  };
}

/** The first occurrence wins; its empty fields are filled from the duplicate. */
function merge(into: FeedArticle, from: FeedArticle): void {
  into.link ??= from.link;
  into.publishedAtMs ??= from.publishedAtMs;
  into.image ??= from.image;
  into.author ??= from.author;
  if (into.summary === '') into.summary = from.summary;
  if (into.categories.length === 0) into.categories = from.categories;
}

/** A raw feed → a FeedDocument: items normalised, merged by guid/id or link, capped at FEED_LIMITS.articles. */
export function normaliseFeed(feed: RawFeed, baseUrl: string, timezone: string): FeedDocument {
  const articles: FeedArticle[] = [];
  const dropped: string[] = [];
  let droppedCount = 0;
  const byKey = new Map<string, FeedArticle>();
  const byLink = new Map<string, FeedArticle>();
  const drop = (reason: string) => {
    droppedCount += 1;
    if (dropped.length < FEED_LIMITS.droppedLines) dropped.push(reason);
  };

  let index = 0;
  const readable = Math.min(feed.items.length, FEED_LIMITS.itemsRead);
  for (; index < readable && articles.length < FEED_LIMITS.articles; index++) {
    const item = feed.items[index];
    if (item === undefined) continue;
    const result = normaliseItem(item, baseUrl, timezone);
    if (!result.ok) {
      drop(`item ${index + 1}: ${result.reason}`);
      continue;
    }
    const article = result.article;
    const earlier = byKey.get(article.key) ?? (article.link === null ? undefined : byLink.get(article.link));
    if (earlier) {
      merge(earlier, article);
      continue;
    }
    articles.push(article);
    byKey.set(article.key, article);
    if (article.link !== null && !byLink.has(article.link)) byLink.set(article.link, article);
  }

  if (droppedCount > dropped.length) {
    dropped.push(`… and ${droppedCount - dropped.length} more items left out`);
  }
  if (index < feed.items.length) {
    // Counted, not read: a 2,000-item archive costs no more than its first 200 articles.
    const why =
      articles.length >= FEED_LIMITS.articles
        ? `only the first ${FEED_LIMITS.articles} articles are kept`
        : `only the first ${FEED_LIMITS.itemsRead} items are read`;
    dropped.push(`items ${index + 1}–${feed.items.length}: ${why}`);
  }
  const title = line(feed.title, FEED_LIMITS.titleChars);
  return { format: feed.format, title: title === '' ? null : title, articles, dropped };
}
