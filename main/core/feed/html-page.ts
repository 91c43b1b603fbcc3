/**
 * A web page without a feed, read with the operator's CSS selectors: a news
 * listing (one element per article), or — when the list matches nothing — a
 * single article page.
 */
import { type CheerioAPI, load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';

import type { HtmlSelectors } from './article';
import { readArticlePage } from './html-article';
import { type RawFeed, type RawImage, type RawItem, emptyRawItem } from './raw-item';

/**
 * Nesting deeper than this is refused. cheerio's text() and html() recurse once per level, so a page of
 * 12,000 unclosed tags overflowed the stack; no real page comes near this depth.
 */
const MAX_NESTING = 1000;
/**
 * Top-level nodes (outside <html>) allowed. cheerio's selectors slow down with the square of their number: 8,000
 * scripts before <html> made every lookup take most of a second. A real page has a doctype, <html> and blank text.
 */
const MAX_TOP_LEVEL_NODES = 1000;
/** Listing elements read at most; the normaliser keeps 200 articles, this leaves room for duplicates. */
const MAX_LIST_ELEMENTS = 1000;
/** Where a listing box prints its date when the operator gave no time selector. */
const DATE_HINTS = 'time, [class*="date"], [class*="time"], [class*="ngay"]';

type Selection = ReturnType<CheerioAPI>;
type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** The page's name for the source line: og:site_name, else its <title>. */
function siteTitle($: CheerioAPI): string | null {
  const siteName = $('meta[property="og:site_name"]').first().attr('content')?.trim();
  if (siteName) return siteName;
  const title = $('title').first().text().trim();
  return title === '' ? null : title;
}

/** True when some element of the page sits more than MAX_NESTING levels deep (walked without recursion). */
function nestsTooDeep($: CheerioAPI): boolean {
  const stack: { node: AnyNode; depth: number }[] = [{ node: $.root()[0] as AnyNode, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (entry === undefined) break;
    if (entry.depth > MAX_NESTING) return true;
    if ('children' in entry.node) {
      for (const child of entry.node.children) stack.push({ node: child, depth: entry.depth + 1 });
    }
  }
  return false;
}

/** Checks every selector up front, so a typo is reported by name rather than as a crash. */
function checkSelectors(selectors: HtmlSelectors): string | null {
  // Compiled against an empty document: a syntax check needs no page, and running every selector over a
  // large page only to throw the result away cost a tenth of a second each.
  const $ = load('');
  for (const [name, selector] of Object.entries(selectors)) {
    if (typeof selector !== 'string') continue;
    if (selector.trim() === '') return `the ${name} selector is empty`;
    try {
      $(selector);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return `the ${name} selector "${selector}" is not valid CSS: ${reason}`;
    }
  }
  return null;
}

/** The first match inside `box`, or the box itself when it is what the selector names. */
function pick(box: Selection, selector: string): Selection {
  const inside = box.find(selector).first();
  return inside.length > 0 || !box.is(selector) ? inside : box;
}

function hrefOf(element: Selection): string | null {
  if (element.length === 0) return null;
  const own = element.attr('href');
  if (own) return own;
  const inner = element.find('a[href]').first().attr('href');
  if (inner) return inner;
  return element.closest('a[href]').attr('href') ?? null;
}

function imageOf(element: Selection): RawImage | null {
  const img = element.is('img') ? element : element.find('img').first();
  if (img.length === 0) return null;
  // Lazy-loading themes keep the real picture in data-src and a blank one in src.
  const url = img.attr('data-src') ?? img.attr('data-original') ?? img.attr('src');
  if (!url) return null;
  return { url, caption: img.attr('alt') ?? img.attr('title') ?? null };
}

function dateTextOf(element: Selection): string | null {
  if (element.length === 0) return null;
  return element.attr('datetime')?.trim() || element.text().trim() || null;
}

function readBox($: CheerioAPI, element: AnyNode, selectors: HtmlSelectors): RawItem {
  const box = $(element);
  const titleElement = pick(box, selectors.title);
  const titleHtml = titleElement.length > 0 ? $.html(titleElement) : null;
  const link = selectors.link
    ? hrefOf(pick(box, selectors.link))
    : (hrefOf(titleElement) ?? box.find('a[href]').first().attr('href') ?? null);
  const image = imageOf(selectors.image ? pick(box, selectors.image) : box);
  const dateElement = selectors.time ? pick(box, selectors.time) : box.find(DATE_HINTS).first();
  const summaryElement = selectors.summary ? pick(box, selectors.summary) : null;
  return {
    ...emptyRawItem(),
    // A title link with an empty text but a title attribute (icon links) still names the article.
    title: titleElement.text().trim() === '' ? (titleElement.attr('title') ?? titleHtml) : titleHtml,
    link,
    // Without a time selector, the box's text minus its title: a title's own dates ("03/02/1930") are not the news date.
    published: dateTextOf(dateElement) ?? (selectors.time ? null : box.text().replace(titleElement.text(), ' ')),
    images: image ? [image] : [],
    summary: summaryElement && summaryElement.length > 0 ? $.html(summaryElement) : null,
  };
}

/**
 * Reads a page with selectors. `{ ok: false }` when a selector is not valid
 * CSS, or when the list selector matches nothing and the page is not an
 * article either.
 */
export function readHtmlPage(text: string, selectors: HtmlSelectors, baseUrl: string, timezone: string): Read<RawFeed> {
  const problem = checkSelectors(selectors);
  if (problem !== null) return { ok: false, error: problem };
  const $ = load(text);
  if (nestsTooDeep($)) {
    return {
      ok: false,
      error: `the page nests its elements more than ${MAX_NESTING} levels deep (unclosed tags?), which no news page does; it was not read`,
    };
  }
  if ($.root().contents().length > MAX_TOP_LEVEL_NODES) {
    return {
      ok: false,
      error: `the page has more than ${MAX_TOP_LEVEL_NODES} elements outside <html>, which no news page does; it was not read`,
    };
  }
  const title = siteTitle($);
  const boxes = $(selectors.list).toArray().slice(0, MAX_LIST_ELEMENTS);
  if (boxes.length > 0) {
    return { ok: true, value: { format: 'html', title, items: boxes.map((box) => readBox($, box, selectors)) } };
  }
  const article = readArticlePage($, baseUrl, timezone);
  if (article !== null) return { ok: true, value: { format: 'html', title, items: [article] } };
  const page = title === null ? 'the page' : `the page "${title.slice(0, 80)}"`;
  return {
    ok: false,
    error: `the list selector "${selectors.list}" matched nothing on ${page}, and it is not a single article either; check the selectors against the page as it is now`,
  };
}
