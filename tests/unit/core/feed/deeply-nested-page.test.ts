/**
 * Regression (found by tests/unit/fuzz): an article page with 12,000 unclosed tags overflowed the stack in
 * cheerio's recursive text()/html() ("Maximum call stack size exceeded") after more than a second of work.
 * Such a page is now refused by name; ordinary nesting still reads.
 */
import { describe, expect, it } from 'vitest';

import { parseFeed } from '../../../../main/core/feed/parse-feed';

const read = (page: string) =>
  parseFeed(page, {
    baseUrl: 'https://congdoanbackan.org.vn/tin-tuc/dai-hoi.html',
    timezone: 'Asia/Ho_Chi_Minh',
    format: 'html',
    selectors: { list: '.news-item', title: 'h3 a' },
  });

const articlePage = (inner: string) =>
  '<html><head><meta property="og:title" content="Đại hội Công đoàn tỉnh Bắc Kạn"></head><body><article>' +
  `<h1>Đại hội Công đoàn tỉnh Bắc Kạn</h1><p>Cập nhật lúc 15:06 - 21/12/2022 (GMT +07:00)</p>${inner}</article></body></html>`;

describe('an article page nested thousands of levels deep', () => {
  it('is refused with a sentence that says why, not a stack overflow', () => {
    const result = read(articlePage('<div>'.repeat(12_000)));
    expect(result).toEqual({
      ok: false,
      error:
        'the page nests its elements more than 1000 levels deep (unclosed tags?), which no news page does; it was not read',
    });
  });

  it('is still read when the nesting is merely deep (a few hundred levels)', () => {
    const result = read(articlePage(`${'<div>'.repeat(300)}<p>Nội dung.</p>${'</div>'.repeat(300)}`));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.articles.map((article) => article.title)).toEqual(['Đại hội Công đoàn tỉnh Bắc Kạn']);
  });
});
