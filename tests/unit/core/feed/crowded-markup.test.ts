/**
 * Regression (found by tests/unit/fuzz): markup with thousands of nodes at its top level. cheerio's selectors
 * slow down with the square of that number, so a page opening with 7,300 scripts before <html> took 4 s to
 * read, and a description of 8,000 paragraphs took half a second per item just to look for its picture.
 */
import { describe, expect, it } from 'vitest';

import { imagesIn } from '../../../../main/core/feed/html-text';
import { parseFeed } from '../../../../main/core/feed/parse-feed';

describe('a page with thousands of elements before <html>', () => {
  it('is refused by name', () => {
    const page = `${'<script>alert(1)</script>'.repeat(7300)}<html><head><meta property="og:title" content="Tin"></head><body><article><h1>Tin</h1></article></body></html>`;
    const result = parseFeed(page, {
      baseUrl: 'https://congdoanbackan.org.vn/tin-tuc',
      timezone: 'Asia/Ho_Chi_Minh',
      format: 'html',
      selectors: { list: '.news-item', title: 'h3 a' },
    });
    expect(result).toEqual({
      ok: false,
      error: 'the page has more than 1000 elements outside <html>, which no news page does; it was not read',
    });
  });
});

describe('a description of thousands of top-level paragraphs', () => {
  it('still gives its picture and caption, found by walking the nodes', () => {
    const html = `${'<b></b>'.repeat(28_000)}<figure><img src="/upload/dai-hoi.jpg"><figcaption>Đại hội</figcaption></figure>`;
    expect(imagesIn(html)).toEqual([{ src: '/upload/dai-hoi.jpg', caption: 'Đại hội' }]);
  });
});

describe('pictures under tens of thousands of unclosed tags', () => {
  it('are found without climbing to the root for each one (about a second per picture before)', () => {
    const html = `${'<item>'.repeat(30_000)}${'<img src="/a.jpg" alt="Ảnh">'.repeat(5)}`;
    expect(imagesIn(html)).toEqual(Array.from({ length: 5 }, () => ({ src: '/a.jpg', caption: 'Ảnh' })));
  });

  it('still take the caption of a <figure> a few levels up', () => {
    const html =
      '<figure><div><a href="/x"><img src="/b.jpg" alt="alt"></a></div><figcaption>Đại hội</figcaption></figure>';
    expect(imagesIn(html)).toEqual([{ src: '/b.jpg', caption: 'Đại hội' }]);
  });
});
