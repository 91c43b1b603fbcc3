/**
 * Fuzzing the feed reader: whatever a feed address answers — a mangled RSS, Atom or JSON Feed, an entity bomb,
 * bytes in a wrong charset — parseFeed gives an article list or one clean sentence, within a second.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

import type { ParsedFeed } from '../../../main/core/feed/article';
import { chooseCharset, sniffDeclaredCharset } from '../../../main/core/feed/charset';
import { sniffDocument } from '../../../main/core/feed/detect-format';
import { parseFeed } from '../../../main/core/feed/parse-feed';
import { FEED_FIXTURES, floodedText, fragmentArb, mutatedText } from './arbitraries';
import { assertCleanMessage, boundedCall, fuzz, fuzzTimeoutMs } from './bounded-call';

const BASE_URL = 'https://congdoanbackan.vn/rss/tin-tuc.rss';
const ZONE = 'Asia/Ho_Chi_Minh';

const FEEDS = [
  FEED_FIXTURES.rss,
  FEED_FIXTURES.atom,
  FEED_FIXTURES.jsonFeed,
  FEED_FIXTURES.hostileRss,
  FEED_FIXTURES.billionLaughs,
  FEED_FIXTURES.externalEntity,
];

/** What parseFeed promises: a clean error, or articles that are plain text with absolute http(s) links. */
function checkParsed(result: ParsedFeed, input: string): void {
  if (!result.ok) {
    assertCleanMessage(result.error, 'parseFeed', input);
    // The catch-all in parseFeed is a safety net; landing in it means a reader threw.
    if (result.error.startsWith('the document could not be read')) {
      throw new Error(`a feed reader threw (${result.error}) on input ${JSON.stringify(input.slice(0, 300))}`);
    }
    return;
  }
  for (const article of result.value.articles) {
    if (typeof article.title !== 'string' || article.title.trim() === '') {
      throw new Error(`an article has no title on input ${JSON.stringify(input.slice(0, 300))}`);
    }
    if (article.link !== null && !/^https?:\/\//iu.test(article.link)) {
      throw new Error(`an article link is not http(s): ${article.link}`);
    }
    if (article.publishedAtMs !== null && !Number.isFinite(article.publishedAtMs)) {
      throw new Error(`an article time is not a number: ${String(article.publishedAtMs)}`);
    }
  }
}

const parseAuto = (text: string) =>
  boundedCall('parseFeed', text, () => parseFeed(text, { baseUrl: BASE_URL, timezone: ZONE, format: 'auto' }));

describe('fuzz: feed formats', () => {
  it(
    'a mutated RSS, Atom or JSON Feed document is read or refused cleanly, within a second',
    () => {
      fuzz(
        fc.property(mutatedText(FEEDS), (text) => {
          checkParsed(parseAuto(text), text);
        }),
        120,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'a feed flooded with one fragment (hundreds of kB of CDATA openings, entities, tags) is answered within a second',
    () => {
      fuzz(
        fc.property(floodedText(FEEDS), (text) => {
          checkParsed(parseAuto(text), text);
        }),
        25,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'hostile fragments alone, or in front of a feed, are refused or read cleanly',
    () => {
      fuzz(
        fc.property(fc.array(fragmentArb, { maxLength: 6 }), fc.constantFrom('', ...FEEDS), (parts, feed) => {
          const text = parts.join('') + feed;
          checkParsed(parseAuto(text), text);
        }),
        80,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'any base URL and time zone string gives a result, never an exception',
    () => {
      fuzz(
        fc.property(
          fc.constantFrom(...FEEDS.slice(0, 3)),
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.constantFrom('', 'javascript:x', 'http://[', 'https://a.vn/x'),
          ),
          fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.constantFrom('', 'UTC', 'Asia/Ho_Chi_Minh', 'Etc/GMT+14', '../../etc'),
          ),
          (text, baseUrl, timezone) => {
            const result = boundedCall('parseFeed', { baseUrl, timezone }, () =>
              parseFeed(text, { baseUrl, timezone, format: 'auto' }),
            );
            checkParsed(result, `${baseUrl} ${timezone}`);
          },
        ),
        40,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'format detection tells every text apart without throwing',
    () => {
      fuzz(
        fc.property(fc.oneof(mutatedText(FEEDS, 3), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
          const sniffed = boundedCall('sniffDocument', text, () => sniffDocument(text));
          if (!['empty', 'json', 'xml', 'html', 'text'].includes(sniffed.kind)) throw new Error(`kind ${sniffed.kind}`);
        }),
        200,
      );
    },
    fuzzTimeoutMs(),
  );
});

const encoder = new TextEncoder();

/** Bytes as a server may send them: a fixture in UTF-8, with a BOM, cut, or with stray legacy bytes spliced in. */
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .tuple(
      fc.constantFrom(...FEEDS.slice(0, 3)).map((text) => encoder.encode(text)),
      fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb]),
      fc.uint8Array({ maxLength: 8 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([body, bom, stray, at]) => {
      const cut = Math.floor(at * body.length);
      return Uint8Array.from([...bom, ...body.subarray(0, cut), ...stray, ...body.subarray(cut)]);
    }),
);

const contentTypeArb = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    '',
    'text/xml',
    'application/rss+xml; charset=UTF-8',
    'text/html; charset="windows-1258"',
    'text/xml; charset=utf-16',
    'text/xml; charset=',
    'text/xml; charset=""',
    'text/xml; charset=x-unknown-label',
    'text/xml;charset=utf-8;charset=latin1',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('fuzz: charset handling', () => {
  it(
    'chooseCharset names a charset and a BOM length for any bytes and any Content-Type',
    () => {
      fuzz(
        fc.property(bytesArb, contentTypeArb, (bytes, contentType) => {
          const choice = boundedCall('chooseCharset', contentType, () => chooseCharset(bytes, contentType));
          if (typeof choice.label !== 'string' || choice.label === '') throw new Error('no charset label');
          if (![0, 2, 3].includes(choice.bomLength)) throw new Error(`bomLength ${choice.bomLength}`);
          if (choice.note !== null) assertCleanMessage(choice.note, 'chooseCharset', contentType);
          boundedCall('sniffDeclaredCharset', bytes, () => sniffDeclaredCharset(bytes));
        }),
        300,
      );
    },
    fuzzTimeoutMs(),
  );
});
