/**
 * Regression (found by tests/unit/fuzz): a feed full of unclosed `<![CDATA[` openings (with a bare `&`) hung the
 * reader — the CDATA split was a lazy regex that rescanned to the end of the text from every opening: about
 * 30 s for 1 MB, and the host accepts 10 MB. It must now be refused at once (the test's own timeout catches a hang).
 */
import { describe, expect, it } from 'vitest';

import { parseFeed } from '../../../../main/core/feed/parse-feed';

const read = (text: string) =>
  parseFeed(text, { baseUrl: 'https://congdoanbackan.org.vn/rss', timezone: 'Asia/Ho_Chi_Minh', format: 'auto' });

describe('a feed with unclosed CDATA sections', () => {
  it('is refused as broken XML, not read for half a minute', () => {
    const result = read(`<rss version="2.0">${'&<![CDATA['.repeat(100_000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^expected an RSS or Atom feed but the XML is broken/u);
  });

  it('still keeps a bare & inside a closed CDATA section as written, and escapes one outside it', () => {
    const result = read(
      '<rss version="2.0"><channel><title>Tin & bài</title><item><title>Tết</title>' +
        '<link><![CDATA[https://congdoanbackan.org.vn/tin?a=1&b=2]]></link></item></channel></rss>',
    );
    expect(result.ok && result.value.title).toBe('Tin & bài');
    expect(result.ok && result.value.articles[0]?.link).toBe('https://congdoanbackan.org.vn/tin?a=1&b=2');
  });
});
