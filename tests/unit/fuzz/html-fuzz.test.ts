/**
 * Fuzzing the HTML side: a page read with operator selectors (a listing, or one article page), and the
 * HTML-to-text step every title and summary passes through. Whatever the markup, the result is plain text or one
 * clean sentence, within a second, and no script text reaches the screen.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

import type { HtmlSelectors } from '../../../main/core/feed/article';
import { readHtmlPage } from '../../../main/core/feed/html-page';
import { htmlToLine, htmlToText, imagesIn, truncateText } from '../../../main/core/feed/html-text';
import { parseFeed } from '../../../main/core/feed/parse-feed';
import { FEED_FIXTURES, floodedText, fragmentArb, mutatedText } from './arbitraries';
import { assertCleanMessage, boundedCall, fuzz, fuzzTimeoutMs } from './bounded-call';

const PAGES = [FEED_FIXTURES.listing, FEED_FIXTURES.article, FEED_FIXTURES.captivePortal];
const BASE_URL = 'https://congdoanbackan.org.vn/tin-tuc';
const ZONE = 'Asia/Ho_Chi_Minh';

/** Selectors as an operator may type them: the real ones, typos, and CSS the parser refuses. */
const selectorArb = fc.oneof(
  fc.constantFrom(
    '.news-item',
    '.item',
    'article',
    'h3 a',
    'a',
    '.date',
    'img',
    'p',
    '*',
    '',
    ' ',
    ':has(',
    '[',
    'a[href=',
    '>>>',
    ':nth-child(n+',
    'div '.repeat(200),
    ':not('.repeat(50),
    '\u0000',
    'a, '.repeat(300) + 'a',
  ),
  fc.string({ maxLength: 20 }),
);

const selectorsArb: fc.Arbitrary<HtmlSelectors> = fc.record(
  {
    list: selectorArb,
    title: selectorArb,
    link: selectorArb,
    time: selectorArb,
    image: selectorArb,
    summary: selectorArb,
  },
  { requiredKeys: ['list', 'title'] },
);

const pageArb = fc.oneof(
  mutatedText(PAGES),
  fc.array(fragmentArb, { maxLength: 8 }).map((parts) => parts.join('')),
);

// C0 controls other than tab and newline must not reach the screen.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/u;

function checkText(text: unknown, what: string, input: string): void {
  if (typeof text !== 'string') throw new Error(`${what} gave a ${typeof text}`);
  if (CONTROL.test(text)) throw new Error(`${what} kept a control character: ${JSON.stringify(text.slice(0, 200))}`);
  if (text.length > input.length * 4 + 16) {
    throw new Error(`${what} gave ${text.length} characters from ${input.length} of markup`);
  }
}

describe('fuzz: HTML pages read with selectors', () => {
  it(
    'readHtmlPage gives items or a clean error for any page and any selectors, within a second',
    () => {
      fuzz(
        fc.property(pageArb, selectorsArb, (page, selectors) => {
          const result = boundedCall('readHtmlPage', { page: page.slice(0, 200), selectors }, () =>
            readHtmlPage(page, selectors, BASE_URL, ZONE),
          );
          if (!result.ok) assertCleanMessage(result.error, 'readHtmlPage', { page, selectors });
          else if (!Array.isArray(result.value.items)) throw new Error('items is not a list');
        }),
        60,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'parseFeed in html mode turns a mutated listing into plain-text articles or a clean error',
    () => {
      const selectors: HtmlSelectors = { list: '.news-item, article, li', title: 'h3, h2, a', time: '.date, time' };
      fuzz(
        fc.property(mutatedText(PAGES), (page) => {
          const result = boundedCall('parseFeed(html)', page, () =>
            parseFeed(page, { baseUrl: BASE_URL, timezone: ZONE, format: 'html', selectors }),
          );
          if (!result.ok) {
            assertCleanMessage(result.error, 'parseFeed(html)', page);
            if (result.error.startsWith('the document could not be read')) throw new Error(result.error);
            return;
          }
          for (const article of result.value.articles) checkText(article.title, 'an article title', page);
        }),
        60,
      );
    },
    fuzzTimeoutMs(),
  );
});

describe('fuzz: HTML flooded with one fragment', () => {
  it(
    'a page or a description of hundreds of kB of one fragment is read within a second',
    () => {
      const selectors: HtmlSelectors = { list: '.news-item', title: 'h3 a', time: '.date' };
      fuzz(
        fc.property(floodedText(PAGES, 200_000), (page) => {
          const result = boundedCall('readHtmlPage', page, () => readHtmlPage(page, selectors, BASE_URL, ZONE));
          if (!result.ok) assertCleanMessage(result.error, 'readHtmlPage', page);
          checkText(
            boundedCall('htmlToText', page, () => htmlToText(page)),
            'htmlToText',
            page,
          );
          boundedCall('imagesIn', page, () => imagesIn(page));
        }),
        15,
      );
    },
    fuzzTimeoutMs(),
  );
});

describe('fuzz: HTML to text', () => {
  it(
    'htmlToText, htmlToLine and imagesIn handle any fragment: plain text out, no script text, within a second',
    () => {
      fuzz(
        fc.property(
          pageArb,
          fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 500 })),
          (html, maxChars) => {
            checkText(
              boundedCall('htmlToText', html, () => htmlToText(html, maxChars)),
              'htmlToText',
              html,
            );
            const line = boundedCall('htmlToLine', html, () => htmlToLine(html, maxChars));
            checkText(line, 'htmlToLine', html);
            if (line.includes('\n'))
              throw new Error(`htmlToLine gave more than one line for ${JSON.stringify(html.slice(0, 200))}`);
            const images = boundedCall('imagesIn', html, () => imagesIn(html));
            for (const image of images) {
              if (typeof image.src !== 'string' || image.src === '' || /^data:/iu.test(image.src)) {
                throw new Error(`imagesIn gave the address ${JSON.stringify(image.src)}`);
              }
            }
          },
        ),
        120,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'the text of a real script, style or template element never reaches the screen, whatever surrounds it',
    () => {
      const plain = fc.string({ maxLength: 40 }).map((text) => text.replace(/[<&]/gu, ' '));
      const hidden = fc.constantFrom(
        '<script>alert(1)</script>',
        '<script type="text/javascript">alert(1)</script>',
        '<style>alert(1)</style>',
        '<template><p>alert(1)</p></template>',
        '<noscript>alert(1)</noscript>',
        '<svg><script>alert(1)</script></svg>',
      );
      const wrapper = fc.constantFrom(['', ''], ['<p>', '</p>'], ['<div><b>', '</b></div>'], ['<td>', '</td>']);
      fuzz(
        fc.property(plain, hidden, plain, wrapper, (before, script, after, [open, close]) => {
          const html = `${open}${before}${script}${after}${close}`;
          const text = boundedCall('htmlToText', html, () => htmlToText(html));
          if (text.includes('alert(1)')) throw new Error(`script text reached the screen: ${JSON.stringify(html)}`);
        }),
        100,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'truncateText never exceeds its limit and never splits a surrogate pair',
    () => {
      fuzz(
        fc.property(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.integer({ min: 1, max: 300 }),
          (text, maxChars) => {
            const cut = boundedCall('truncateText', text, () => truncateText(text, maxChars));
            if (cut.length > maxChars) throw new Error(`${cut.length} > ${maxChars} for ${JSON.stringify(text)}`);
            if (
              /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(cut.normalize()) &&
              !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(text)
            ) {
              throw new Error(`a surrogate pair was split: ${JSON.stringify(cut)}`);
            }
          },
        ),
        200,
      );
    },
    fuzzTimeoutMs(),
  );
});
