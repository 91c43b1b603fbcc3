/**
 * The one entry point from feed text to articles: detects the format from the
 * content, reads it, normalises every item. Never throws — the poller gets a
 * value it can log and keep the last good news on.
 */
import type { FeedDocument, ParseFeedOptions, ParsedFeed } from './article';

import { type SniffedDocument, sniffDocument } from './detect-format';
import { readHtmlPage } from './html-page';
import { htmlToLine } from './html-text';
import { describeJson, isJsonFeed, readJsonFeed } from './json-feed';
import { normaliseFeed } from './normalise-article';
import { isValidTimeZone } from '../timezone';
import { parseJsonText } from '../validation';
import { readXmlFeed } from './xml-feed';

const EXPECTED = 'a feed (RSS, Atom or JSON Feed)';

function fail(error: string): ParsedFeed {
  return { ok: false, error };
}

function webPageError(sniffed: Extract<SniffedDocument, { kind: 'html' }>): string {
  const title = sniffed.title === null ? '' : ` ("${htmlToLine(sniffed.title).slice(0, 80)}")`;
  return (
    `the server sent a web page${title}, not a feed. A Wi-Fi login page (captive portal) or a wrong address does ` +
    'this: check the feed address, or set the format to html with selectors to read a page'
  );
}

function parseAuto(text: string, options: ParseFeedOptions): ParsedFeed {
  const sniffed = sniffDocument(text);
  switch (sniffed.kind) {
    case 'empty':
      return fail(`the server sent an empty document where ${EXPECTED} was expected`);
    case 'text':
      return fail(`expected ${EXPECTED} but the server sent plain text starting "${sniffed.start}"`);
    case 'html':
      return fail(webPageError(sniffed));
    case 'json': {
      const json = parseJsonText(text);
      if (!json.ok) return fail(`expected a JSON Feed but the JSON is broken: ${json.problems[0]?.message ?? ''}`);
      if (!isJsonFeed(json.value)) {
        return fail(
          `expected a JSON Feed (version "https://jsonfeed.org/version/1.1" and a list of items) but found ${describeJson(json.value)}`,
        );
      }
      return done(normaliseFeed(readJsonFeed(json.value), options.baseUrl, options.timezone));
    }
    case 'xml': {
      const feed = readXmlFeed(text);
      if (!feed.ok) return fail(feed.error);
      return done(normaliseFeed(feed.value, options.baseUrl, options.timezone));
    }
  }
}

function parseHtml(text: string, options: ParseFeedOptions): ParsedFeed {
  if (!options.selectors) {
    return fail('the format is html but no selectors are set: at least "list" and "title" are needed');
  }
  if (text.trim() === '') return fail('the server sent an empty page');
  const page = readHtmlPage(text, options.selectors, options.baseUrl, options.timezone);
  if (!page.ok) return fail(page.error);
  return done(normaliseFeed(page.value, options.baseUrl, options.timezone));
}

function done(document: FeedDocument): ParsedFeed {
  return { ok: true, value: document };
}

/**
 * Feed or page text → normalised articles, or an error an operator can act
 * on. `format: 'auto'` reads RSS (2.0, 0.9x, 1.0), Atom 1.0 and JSON Feed
 * 1.x, told apart by content; a web page in auto mode is an error, never
 * articles. `format: 'html'` reads a page with `selectors`.
 */
export function parseFeed(text: string, options: ParseFeedOptions): ParsedFeed {
  try {
    if (typeof text !== 'string') return fail('there is no document to read');
    if (!isValidTimeZone(options.timezone)) {
      return fail(`the time zone "${options.timezone}" is not a known IANA zone name like Asia/Ho_Chi_Minh`);
    }
    return options.format === 'html' ? parseHtml(text, options) : parseAuto(text, options);
  } catch (error) {
    // A parser bug or a pathological document must not take the poller down with it.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`the document could not be read: ${reason}`);
  }
}
