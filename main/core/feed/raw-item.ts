/**
 * What each format reader hands the normaliser: the item's fields as the
 * document wrote them (HTML fragments, relative URLs, date text). Cleaning,
 * resolving and limiting happen once, in normalise-article.ts, for every format.
 */
import type { FeedFormat } from './article';

/** A picture candidate: its address as written and its caption (HTML or text). */
export interface RawImage {
  url: string;
  caption: string | null;
}

/** One item as written. Text fields may hold HTML; they are reduced to text later. */
export interface RawItem {
  /** guid / id as written (not shown, only compared). */
  id: string | null;
  title: string | null;
  link: string | null;
  /** Date text in whatever format the document uses. */
  published: string | null;
  /** Picture candidates, best first: enclosure, media:content/thumbnail, og-like, JSON Feed image. */
  images: RawImage[];
  /** Caption for a media picture that carries none of its own (item-level media:description). */
  mediaCaption: string | null;
  /** The short text: description, summary. */
  summary: string | null;
  /** The full body: content:encoded, content, content_html; its first picture is the last resort. */
  content: string | null;
  author: string | null;
  categories: string[];
}

/** A document read by one of the format readers, before normalising. */
export interface RawFeed {
  format: FeedFormat;
  title: string | null;
  items: RawItem[];
}

/** An item with nothing filled in, for readers to complete. */
export function emptyRawItem(): RawItem {
  return {
    id: null,
    title: null,
    link: null,
    published: null,
    images: [],
    mediaCaption: null,
    summary: null,
    content: null,
    author: null,
    categories: [],
  };
}

/** File extensions of pictures, for enclosures and media elements that omit their type. */
export const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/iu;
