/** What a news slide prints, decided apart from the layout so it can be tested without a DOM. */
import { formatNewsTime, newsStaleNotice } from '../../main/core/feed/news-time';
import type { NewsFreshness, NewsSlide } from '../../main/core/player-state';
import { cleanText } from '../../main/core/text';

/** Every string a news slide shows; null means "leave that line out", never the word "null". */
export interface NewsView {
  title: string;
  /** "15:06 - 21/12/2022", or null when the article has no (usable) time. */
  time: string | null;
  /** The same moment for the <time> element's dateTime attribute. */
  timeIso: string | null;
  image: { src: string; caption: string | null } | null;
  /** Plain text, paragraphs separated by a blank line. */
  summary: string;
  author: string | null;
  source: string | null;
  link: string | null;
  /** "cập nhật 3 giờ trước" while the news is stale, else null. */
  staleNotice: string | null;
}

/** The largest time a Date can hold; past it formatting throws instead of printing. */
const MAX_DATE_MS = 8.64e15;

/** A line worth printing: cleaned text, or null for nothing, blanks and a non-string. */
function line(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const cleaned = cleanText(text);
  return cleaned === '' ? null : cleaned;
}

/**
 * The slide's text for this screen at `nowMs`. An image whose decode failed
 * is left out (`imageFailed`), so the slide falls back to its text-only
 * layout instead of showing a broken picture.
 */
export function newsView(
  slide: NewsSlide,
  timeZone: string,
  freshness: NewsFreshness,
  nowMs: number,
  imageFailed: boolean,
): NewsView {
  const published = slide.publishedAtMs;
  const hasTime = typeof published === 'number' && Math.abs(published) <= MAX_DATE_MS;
  const imageSrc = slide.image ? line(slide.image.src) : null;
  return {
    title: line(slide.title) ?? '',
    time: hasTime ? formatNewsTime(published, timeZone) : null,
    timeIso: hasTime ? new Date(published).toISOString() : null,
    image:
      slide.image && imageSrc !== null && !imageFailed ? { src: imageSrc, caption: line(slide.image.caption) } : null,
    summary: typeof slide.summary === 'string' ? slide.summary.normalize('NFC') : '',
    author: line(slide.author),
    source: line(slide.source),
    link: line(slide.link),
    staleNotice: newsStaleNotice(freshness, nowMs),
  };
}
