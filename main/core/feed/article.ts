/**
 * What Pano keeps of a news article, whatever the feed's format: plain,
 * cleaned text and absolute http(s) URLs only. Everything a viewer reads from
 * a feed passes through this shape, so nothing from outside reaches the
 * screen as markup.
 */

/** The formats Pano reads. RSS, Atom and JSON Feed are told from the content; `html` needs selectors. */
export const FEED_FORMATS = ['rss', 'atom', 'json-feed', 'html'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** An article's lead image: an absolute http(s) URL on the feed's server, and its caption if it has one. */
export interface ArticleImage {
  url: string;
  caption: string | null;
}

/** One article, normalised. */
export interface FeedArticle {
  /** Stable identity across fetches: the guid/id, else the link, else title and time. */
  key: string;
  /** NFC, entities decoded, tags removed, whitespace collapsed; never empty. */
  title: string;
  /** Absolute http(s) URL of the article, or null (a `javascript:` or relative-without-base link is dropped). */
  link: string | null;
  /** When it was published (ms since the Unix epoch), or null when the feed does not say or says nonsense. */
  publishedAtMs: number | null;
  image: ArticleImage | null;
  /** Plain text; paragraphs separated by a blank line ("\n\n"); script and style content removed. May be empty. */
  summary: string;
  author: string | null;
  categories: string[];
}

/** A parsed feed document. */
export interface FeedDocument {
  format: FeedFormat;
  /** The feed's (or site's) own title, cleaned, for the slide's source line; null when it has none. */
  title: string | null;
  /** Articles in document order, duplicates merged. */
  articles: FeedArticle[];
  /** Why items were left out, one line each (e.g. `item 4: it has no title`), for the log. */
  dropped: string[];
}

/** CSS selectors for a site without a feed. `list` picks each article's element; the rest are looked up inside it. */
export interface HtmlSelectors {
  list: string;
  title: string;
  link?: string | undefined;
  time?: string | undefined;
  image?: string | undefined;
  summary?: string | undefined;
}

/** How to read a document. */
export interface ParseFeedOptions {
  /** The URL the document came from (after redirects): relative links and images resolve against it. */
  baseUrl: string;
  /** IANA zone for times that carry no zone of their own (`21/12/2022 15:06`). */
  timezone: string;
  /** `auto` detects RSS, Atom or JSON Feed from the content; `html` extracts with `selectors`. */
  format: 'auto' | 'html';
  selectors?: HtmlSelectors | null | undefined;
}

/** A document that could not be read, with a reason an operator can act on. */
export type ParsedFeed = { ok: true; value: FeedDocument } | { ok: false; error: string };
