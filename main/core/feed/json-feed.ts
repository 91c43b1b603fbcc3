/** JSON Feed 1.1 (and 1.0) → raw items. Read leniently item by item: one odd item does not sink the feed. */
import { type RawFeed, type RawImage, type RawItem, emptyRawItem } from './raw-item';

type JsonObject = { readonly [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** True when the value declares itself a JSON Feed (`version: https://jsonfeed.org/version/1.x`). */
export function isJsonFeed(value: unknown): value is JsonObject {
  return isObject(value) && /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/iu.test(str(value.version) ?? '');
}

/** What a JSON document looks like instead, for the error message: its top-level keys or its kind. */
export function describeJson(value: unknown): string {
  if (Array.isArray(value)) return `a JSON list of ${value.length} entries`;
  if (!isObject(value)) return `a single JSON ${value === null ? 'null' : typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty JSON object';
  const shown = keys.slice(0, 6).join(', ');
  const version = str(value.version);
  return `a JSON object with ${shown}${keys.length > 6 ? ', …' : ''}${version ? ` (version "${version}")` : ''}`;
}

/** JSON Feed 1.1 `authors`, 1.0 `author`. */
function authorOf(item: JsonObject, feed: JsonObject): string | null {
  for (const source of [item, feed]) {
    const authors = Array.isArray(source.authors) ? source.authors : isObject(source.author) ? [source.author] : [];
    const names = authors.map((author) => (isObject(author) ? str(author.name) : null)).filter((n) => n !== null);
    if (names.length > 0) return names.join(', ');
  }
  return null;
}

function readItem(value: unknown, feed: JsonObject): RawItem {
  if (!isObject(value)) return emptyRawItem();
  const images: RawImage[] = [];
  for (const key of ['image', 'banner_image']) {
    const url = str(value[key]);
    if (url !== null) images.push({ url, caption: null });
  }
  const contentText = str(value.content_text);
  return {
    ...emptyRawItem(),
    id: str(value.id),
    title: str(value.title),
    link: str(value.url) ?? str(value.external_url),
    published: str(value.date_published) ?? str(value.date_modified),
    images,
    summary: str(value.summary),
    // content_text is plain text; escaping keeps a literal "<" in it from being read as a tag.
    content: str(value.content_html) ?? (contentText === null ? null : escapeText(contentText)),
    author: authorOf(value, feed),
    categories: Array.isArray(value.tags) ? value.tags.map(str).filter((tag) => tag !== null) : [],
  };
}

function escapeText(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/\n{2,}/gu, '<p>');
}

/** Reads a JSON Feed object (check it with isJsonFeed first). */
export function readJsonFeed(feed: JsonObject): RawFeed {
  return {
    format: 'json-feed',
    title: str(feed.title),
    items: Array.isArray(feed.items) ? feed.items.map((item) => readItem(item, feed)) : [],
  };
}
