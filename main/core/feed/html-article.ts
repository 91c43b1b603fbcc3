/**
 * One article page (no listing): the article Open Graph and the page itself
 * describe — og:title, og:image, og:description, and the Vietnamese date line
 * ("Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)") printed under the headline.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';

import { parseVietnameseDateLine } from './feed-dates';
import { type RawItem, emptyRawItem } from './raw-item';

/** Words Vietnamese portals print before an article's date; they tell it from dates in slogans and titles. */
const DATE_LINE_WORDS =
  /(cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày cập nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|GMT|UTC)/iu;
/** A date line is short; a paragraph that mentions a date is not one. */
const MAX_DATE_LINE_CHARS = 200;
/** Paragraphs of the body used as the summary when the page has no description. */
const SUMMARY_PARAGRAPHS = 3;

function meta($: CheerioAPI, selector: string): string | null {
  const content = $(selector).first().attr('content')?.trim();
  return content ? content : null;
}

/** Where the article is: its `article` element, else `main`, else the body. */
function scopeOf($: CheerioAPI) {
  for (const selector of ['article', 'main', '[itemprop=articleBody]', 'body']) {
    const found = $(selector).first();
    if (found.length > 0) return found;
  }
  return $.root();
}

/**
 * The page's date line: the first short text with a date-line word and a date
 * that parses. Text nodes are walked in order without recursion; a line split
 * over a few inline elements is read from their parent.
 */
function findDateLine($: CheerioAPI, scope: AnyNode[], timezone: string): string | null {
  const stack: AnyNode[] = [...scope].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if ('attribs' in node && /^(script|style|noscript|template)$/iu.test(node.name)) continue;
    if (node.nodeType === 3 && 'data' in node && DATE_LINE_WORDS.test(node.data)) {
      const parentText = node.parent ? $(node.parent).text() : '';
      const text = parentText.length <= MAX_DATE_LINE_CHARS ? parentText : node.data;
      if (text.length <= MAX_DATE_LINE_CHARS && parseVietnameseDateLine(text, timezone) !== null) return text;
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  return null;
}

function publishedOf($: CheerioAPI, scope: AnyNode[], timezone: string): string | null {
  return (
    meta($, 'meta[property="article:published_time"]') ??
    meta($, 'meta[itemprop="datePublished"]') ??
    ($('time[datetime]').first().attr('datetime')?.trim() || null) ??
    findDateLine($, scope, timezone)
  );
}

/**
 * The single article of an article page, or null when the page does not look
 * like one (no og:title and no `article` element): a guess would be worse
 * than saying the list selector matched nothing.
 */
export function readArticlePage($: CheerioAPI, baseUrl: string, timezone: string): RawItem | null {
  const ogTitle = meta($, 'meta[property="og:title"]');
  const article = $('article').first();
  if (ogTitle === null && article.length === 0) return null;

  const scope = scopeOf($);
  const heading = scope.find('h1').first();
  const title = ogTitle ?? (heading.length > 0 ? $.html(heading) : null);
  const paragraphs = scope
    .find('p')
    .toArray()
    .filter((p) => $(p).text().trim() !== '' && !DATE_LINE_WORDS.test($(p).text().slice(0, 40)))
    .slice(0, SUMMARY_PARAGRAPHS);
  const ogImage = meta($, 'meta[property="og:image"]') ?? meta($, 'meta[property="og:image:url"]');
  const img = scope.find('img').first();
  const imageUrl = ogImage ?? img.attr('data-src') ?? img.attr('src') ?? null;
  const author =
    meta($, 'meta[name="author"]') ??
    meta($, 'meta[property="article:author"]') ??
    ($('[rel=author], .author').first().text().trim() || null);

  return {
    ...emptyRawItem(),
    title,
    link: $('link[rel="canonical"]').first().attr('href') ?? meta($, 'meta[property="og:url"]') ?? baseUrl,
    published: publishedOf($, scope.toArray(), timezone),
    images:
      imageUrl === null
        ? []
        : [{ url: imageUrl, caption: ogImage ? meta($, 'meta[property="og:image:alt"]') : (img.attr('alt') ?? null) }],
    summary:
      meta($, 'meta[property="og:description"]') ??
      meta($, 'meta[name="description"]') ??
      (paragraphs.length > 0 ? paragraphs.map((p) => $.html(p)).join('') : null),
    author,
    categories: [
      ...$('meta[property="article:section"], meta[property="article:tag"]')
        .toArray()
        .map((element) => $(element).attr('content')?.trim() ?? ''),
    ].filter((category) => category !== ''),
  };
}
