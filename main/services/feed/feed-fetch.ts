/** One attempt at the feed: GET, decode in the right charset, parse. Every outcome is a value. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { FeedDocument, HtmlSelectors } from '../../core/feed/article';
import { parseFeed } from '../../core/feed/parse-feed';
import { decodeText } from '../net/decode-text';
import { httpGet, type FetchLimits, type Validators } from '../net/http-fetch';

/** What one attempt came to. */
export type FeedAttempt =
  | { kind: 'not-modified'; validators: Validators }
  | { kind: 'document'; document: FeedDocument; finalUrl: string; validators: Validators; charsetNote: string | null }
  /** `fetch`: the network or the server failed; `document`: an answer came but holds no usable articles. */
  | { kind: 'failed'; phase: 'fetch' | 'document'; error: string };

/** How to read the document at `url`. */
export interface FeedFetchOptions {
  validators: Validators | null;
  limits: Partial<FetchLimits> | undefined;
  signal: AbortSignal;
  timezone: string;
  format: 'auto' | 'html';
  selectors: HtmlSelectors | null;
}

const ACCEPT = {
  auto: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5',
  html: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
};

/** Fetches and reads the feed. A document with no usable article is a failure: it must never replace good news. */
export async function fetchFeed(url: string, options: FeedFetchOptions): Promise<FeedAttempt> {
  const result = await httpGet(url, {
    limits: options.limits,
    validators: options.validators,
    accept: ACCEPT[options.format],
    signal: options.signal,
  });
  if (!result.ok) return { kind: 'failed', phase: 'fetch', error: result.error };
  if (result.notModified) return { kind: 'not-modified', validators: result.validators };
  const decoded = decodeText(result.body, result.contentType);
  const parsed = parseFeed(decoded.text, {
    baseUrl: result.finalUrl,
    timezone: options.timezone,
    format: options.format,
    selectors: options.selectors,
  });
  if (!parsed.ok) return { kind: 'failed', phase: 'document', error: parsed.error };
  if (parsed.value.articles.length === 0) {
    const why = parsed.value.dropped.length > 0 ? ` (${summariseDropped(parsed.value.dropped)})` : '';
    return { kind: 'failed', phase: 'document', error: `the feed has no usable articles${why}` };
  }
  return {
    kind: 'document',
    document: parsed.value,
    finalUrl: result.finalUrl,
    validators: result.validators,
    charsetNote: decoded.note,
  };
}

/** The first few reasons items were left out, for one log line. */
export function summariseDropped(dropped: readonly string[], shown = 3): string {
  const more = dropped.length > shown ? `; and ${dropped.length - shown} more` : '';
  return `${dropped.slice(0, shown).join('; ')}${more}`;
}

/** The bundled sample feed, parsed; null (and the reason) when it is missing or unreadable. */
export async function readSampleFeed(
  file: string,
  timezone: string,
): Promise<{ ok: true; value: FeedDocument } | { ok: false; error: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, error: `cannot read the sample feed ${file} (${(error as Error).message})` };
  }
  // Its links are absolute; a file: base keeps any relative one from pointing somewhere real.
  const parsed = parseFeed(text, { baseUrl: pathToFileURL(file).href, timezone, format: 'auto' });
  if (!parsed.ok) return { ok: false, error: `the sample feed ${file} cannot be read: ${parsed.error}` };
  return parsed;
}
