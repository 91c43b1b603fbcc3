/**
 * Feed HTML → the plain text a viewer reads. Untrusted markup never reaches
 * the screen: tags go, and so does the text inside script, style and the like
 * (an `alert(1)` is not news). Block elements become paragraph breaks.
 */
import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';

import { cleanText } from '../text';

/** Elements whose text is code, hidden, or a fallback nobody sees on a page. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'canvas',
  'audio',
  'video',
  'select',
  'textarea',
  'button',
]);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'hr',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'main',
  'blockquote',
  'pre',
  'table',
  'tr',
  'figure',
  'figcaption',
  'address',
  'form',
]);

/** Cells sit side by side: a space keeps their words apart. */
const SPACED = new Set(['td', 'th']);

/** Markup is parsed only this far; a multi-megabyte content:encoded is not news text. */
const MAX_HTML_CHARS = 200_000;

/** Text that still looks like markup or entities after one decoding: it was escaped twice. */
const LOOKS_ENCODED = /<\/?[a-z!][^<>]*>|&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iu;

// C0/C1 control characters (other than whitespace) are invisible at best and break layout at worst.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/gu;

const BREAK = Symbol('paragraph break');

function cleanParagraph(text: string): string {
  return cleanText(text.replace(CONTROL, ''));
}

/** Paragraphs of text under `nodes`, walked without recursion so deep nesting cannot overflow the stack. */
function paragraphsOf(nodes: readonly AnyNode[], maxChars: number): string[] {
  const paragraphs: string[] = [];
  let pieces: string[] = [];
  let total = 0;
  const flush = () => {
    const paragraph = cleanParagraph(pieces.join(''));
    pieces = [];
    if (paragraph !== '') {
      paragraphs.push(paragraph);
      total += paragraph.length;
    }
  };
  const stack: (AnyNode | typeof BREAK)[] = [...nodes].reverse();
  while (stack.length > 0 && total < maxChars) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === BREAK) {
      flush();
      continue;
    }
    if (node.nodeType === 3 && 'data' in node) {
      pieces.push(node.data);
      continue;
    }
    if (!('children' in node)) continue; // comments, directives
    if ('attribs' in node) {
      const name = node.name.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (SPACED.has(name)) pieces.push(' ');
      if (BLOCKS.has(name)) {
        flush();
        stack.push(BREAK);
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return paragraphs;
}

/** At most MAX_HTML_CHARS of markup, never ending inside a tag (a cut tag would show as text). */
function limitMarkup(html: string): string {
  if (html.length <= MAX_HTML_CHARS) return dropStrayEndTags(html);
  const cut = html.slice(0, MAX_HTML_CHARS);
  const open = cut.lastIndexOf('<');
  return dropStrayEndTags(open > cut.lastIndexOf('>') ? cut.slice(0, open) : cut);
}

/** Start and end tags by name, in document order. */
const TAG = /<(\/?)([a-z][a-z\d:-]*)\b[^<>]*>/giu;
/** End tags the HTML parser turns into elements even with nothing to close ("</p>" → <p></p>, "</br>" → <br>). */
const END_TAGS_THAT_MAKE_ELEMENTS = new Set(['p', 'br']);

/**
 * Removes end tags that close nothing: no start tag of that name is open before them. The parser ignores them
 * anyway, but looks for each through every open element first, so "<i>" 30,000 times followed by "</b>" 20,000
 * times took a second to read (the fuzzers found it). Counting by name in one pass is linear.
 */
function dropStrayEndTags(html: string): string {
  if (!html.includes('</')) return html;
  const open = new Map<string, number>();
  return html.replace(TAG, (tag, slash: string, rawName: string) => {
    const name = rawName.toLowerCase();
    const count = open.get(name) ?? 0;
    if (!slash) {
      open.set(name, count + 1);
      return tag;
    }
    if (count > 0) {
      open.set(name, count - 1);
      return tag;
    }
    return END_TAGS_THAT_MAKE_ELEMENTS.has(name) ? tag : '';
  });
}

function parseFragment(html: string): AnyNode[] {
  return load(limitMarkup(html), null, false).root().contents().toArray();
}

function decodeParagraphs(html: string, maxChars: number): string[] {
  // Plain text is by far the commonest title: no parser needed.
  if (!html.includes('<') && !html.includes('&')) {
    const paragraph = cleanParagraph(html);
    return paragraph === '' ? [] : [paragraph];
  }
  return paragraphsOf(parseFragment(html), maxChars);
}

/**
 * Paragraphs of plain text from an HTML fragment: tags removed, script/style
 * content dropped, entities decoded, paragraphs joined by "\n\n". Text that
 * was escaped twice by its CMS (`&amp;#7921;`, `&lt;p&gt;` inside CDATA) is
 * decoded once more — exactly once, so nothing loops.
 */
export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): string {
  const paragraphs = decodeParagraphs(html, maxChars).flatMap((paragraph) =>
    LOOKS_ENCODED.test(paragraph) ? decodeParagraphs(paragraph, maxChars) : [paragraph],
  );
  return paragraphs.join('\n\n');
}

/** The same as htmlToText on one line: for titles, authors and categories. */
export function htmlToLine(html: string, maxChars = Number.POSITIVE_INFINITY): string {
  return cleanText(htmlToText(html, maxChars));
}

/** Text of DOM nodes already parsed (an HTML page's elements), cleaned like htmlToText. */
export function nodesToText(nodes: readonly AnyNode[], maxChars = Number.POSITIVE_INFINITY): string {
  return paragraphsOf(nodes, maxChars).join('\n\n');
}

/** A picture found in HTML: its address as written (maybe relative) and its caption. */
export interface HtmlImage {
  src: string;
  caption: string | null;
}

/**
 * The <img> elements under `nodes`, in document order, walked without recursion. Not `$('img')`: a fragment's
 * nodes all sit at the root, where cheerio's selectors slow down with the square of their number (a description
 * of 8,000 paragraphs took half a second per item).
 */
function imgElements(nodes: readonly AnyNode[]): AnyNode[] {
  const images: AnyNode[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if ('attribs' in node && node.name.toLowerCase() === 'img') images.push(node);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  return images;
}

/** How far up from a picture its <figure> is looked for; captioned pictures sit right inside theirs. */
const FIGURE_LEVELS = 10;

/**
 * The <figure> a picture sits in, a few levels up at most. Not `closest('figure')`, which climbs to the root:
 * under 30,000 unclosed tags that was a second per picture.
 */
function figureAround(node: AnyNode): AnyNode | null {
  let parent = node.parent;
  for (let level = 0; parent && level < FIGURE_LEVELS; level++, parent = parent.parent) {
    if ('name' in parent && parent.name.toLowerCase() === 'figure') return parent;
  }
  return null;
}

/**
 * The pictures of an HTML fragment that have an address, in order, at most
 * `limit`: lazy-loading `data-src` before `src`. Several, because the first
 * may turn out unusable (a `javascript:` src) once resolved.
 */
export function imagesIn(html: string, limit = 5): HtmlImage[] {
  if (!/<img/iu.test(html)) return [];
  const $ = load(limitMarkup(html), null, false);
  const found: HtmlImage[] = [];
  for (const element of imgElements($.root().contents().toArray())) {
    const img = $(element);
    const src = (img.attr('data-src') ?? img.attr('data-original') ?? img.attr('src') ?? '').trim();
    if (src === '' || /^data:/iu.test(src)) continue;
    const figure = figureAround(element);
    const figcaption = figure === null ? $([]) : $(figure).find('figcaption').first();
    const caption =
      (figcaption.length > 0 ? nodesToText(figcaption.toArray()) : '') ||
      cleanText(img.attr('alt') ?? '') ||
      cleanText(img.attr('title') ?? '');
    found.push({ src, caption: caption === '' ? null : caption });
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * At most `maxChars` characters: cut at a word boundary and marked with "…"
 * so the viewer sees the text goes on.
 */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1); // never half an emoji
  const lastSpace = cut.search(/\s\S*$/u);
  // A word boundary in the last 40 % is good enough; a single 2000-letter "word" is cut where it is.
  if (lastSpace > maxChars * 0.6) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
