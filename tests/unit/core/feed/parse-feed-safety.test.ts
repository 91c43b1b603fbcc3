import { describe, expect, it } from 'vitest';

import type { ParseFeedOptions } from '../../../../main/core/feed/article';
import { parseFeed } from '../../../../main/core/feed/parse-feed';
import { HALL_ZONE, feedFixture } from '../../../fixtures/feeds';

const AUTO: ParseFeedOptions = { baseUrl: 'https://tin-gia.example/rss', timezone: HALL_ZONE, format: 'auto' };

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('hostile feed content', () => {
  const result = parseFeed(feedFixture('hostile-rss.xml'), AUTO);
  const shown = JSON.stringify(result);

  it('keeps the readable text of hostile items', () => {
    expect(result.ok && result.value.title).toBe('Tin tức');
    expect(result.ok && result.value.articles.map((a) => [a.title, a.summary])).toEqual([
      ['Thông báo khẩn', 'Nội dung an toàn.'],
      ['Lịch làm việc tuần 51', 'Lịch họp giao ban.'],
      ['Tin thứ ba', 'Bài viết xem thêm'],
    ]);
  });

  it('shows none of the script, style, iframe, noscript or template text', () => {
    expect(shown).not.toMatch(/alert|document\.cookie|background|iframe-fallback|noscript-text|template-text/u);
  });

  it('keeps no javascript: or data: address, only http(s) ones', () => {
    expect(shown).not.toMatch(/javascript:|data:/iu);
    const articles = result.ok ? result.value.articles : [];
    expect(articles.map((a) => a.link)).toEqual([null, null, null]);
    expect(articles[2]?.image).toEqual({ url: 'https://tin-gia.example/that.jpg', caption: 'Ảnh thật' });
  });
});

describe('documents that are not feeds', () => {
  const errorOf = (text: string) => {
    const result = parseFeed(text, AUTO);
    return result.ok ? `parsed ${result.value.articles.length} articles` : result.error;
  };

  it('says plainly that a captive portal sent a web page, never turning it into articles', () => {
    expect(errorOf(feedFixture('captive-portal.html'))).toBe(
      'the server sent a web page ("Đăng nhập Wi-Fi miễn phí - VNPT"), not a feed. A Wi-Fi login page (captive portal) ' +
        'or a wrong address does this: check the feed address, or set the format to html with selectors to read a page',
    );
    expect(errorOf(feedFixture('congdoanbackan-listing.html'))).toMatch(/^the server sent a web page/u);
    expect(errorOf('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toMatch(
      /^the server sent a web page/u,
    );
  });

  it('names what was expected and what came instead', () => {
    expect(errorOf('')).toBe('the server sent an empty document where a feed (RSS, Atom or JSON Feed) was expected');
    expect(errorOf('  \n ')).toMatch(/empty document/u);
    expect(errorOf('502 Bad Gateway')).toBe(
      'expected a feed (RSS, Atom or JSON Feed) but the server sent plain text starting "502 Bad Gateway"',
    );
    expect(errorOf('{"status":"ok","data":[1,2]}')).toBe(
      'expected a JSON Feed (version "https://jsonfeed.org/version/1.1" and a list of items) but found a JSON object with status, data',
    );
    expect(errorOf('{"items": [')).toMatch(/^expected a JSON Feed but the JSON is broken: is not valid JSON/u);
    expect(errorOf('<?xml version="1.0"?><urlset><url><loc>https://x.vn/</loc></url></urlset>')).toBe(
      'expected an RSS or Atom feed but found XML whose root element is <urlset>',
    );
  });

  it('gives the line of an XML syntax error', () => {
    const broken = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>Tin</tile>\n</channel>\n</rss>';
    expect(errorOf(broken)).toMatch(
      /^expected an RSS or Atom feed but the XML is broken: line 4, column \d+: .*'title'/u,
    );
  });

  it('says a truncated feed was cut off', () => {
    const whole = feedFixture('congdoanbackan-rss.xml');
    const cut = whole.slice(0, whole.indexOf('<item>', whole.indexOf('<item>') + 1) + 40);
    expect(errorOf(cut)).toMatch(
      /^expected an RSS or Atom feed but the XML is broken: it ends before <rss> <channel> <item>.* are closed, so it was probably cut off in transfer$/u,
    );
  });

  it('refuses a bad time zone instead of guessing one', () => {
    const result = parseFeed(feedFixture('congdoanbackan-rss.xml'), { ...AUTO, timezone: '+07:00' });
    expect(result).toEqual({
      ok: false,
      error: 'the time zone "+07:00" is not a known IANA zone name like Asia/Ho_Chi_Minh',
    });
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      '<',
      '<<<>>>',
      '{',
      '[]',
      '<rss/>',
      '<feed/>',
      '\uFEFF<rss><channel/></rss>',
    ];
    for (const input of inputs) {
      expect(() => parseFeed(input as string, AUTO)).not.toThrow();
    }
    expect(parseFeed('<rss version="2.0"><channel><title>Trống</title></channel></rss>', AUTO)).toEqual({
      ok: true,
      value: { format: 'rss', title: 'Trống', articles: [], dropped: [] },
    });
  });
});

describe('entity attacks', () => {
  it('ends a "billion laughs" document quickly, with harmless text', () => {
    const { value, ms } = timed(() => parseFeed(feedFixture('billion-laughs.xml'), AUTO));
    expect(ms).toBeLessThan(300);
    const size = value.ok ? JSON.stringify(value.value).length : value.error.length;
    expect(size).toBeLessThan(10_000);
  });

  it('ends a quadratic blow-up (one big entity used many times) quickly', () => {
    const big = 'x'.repeat(1_900);
    const uses = '&big;'.repeat(50_000);
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${big}">]><rss version="2.0"><channel><title>T</title><item><title>Tin</title><guid>${uses}</guid></item></channel></rss>`;
    const { value, ms } = timed(() => parseFeed(doc, AUTO));
    expect(ms).toBeLessThan(500);
    expect(value.ok ? JSON.stringify(value.value).length : 0).toBeLessThan(100_000);
  });

  it('refuses external entities', () => {
    const result = parseFeed(feedFixture('external-entity.xml'), AUTO);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^expected an RSS or Atom feed but .*External entities/u),
    });
  });
});

describe('a large feed', () => {
  it('parses 2,000 items in reasonable time and keeps the first 200', () => {
    const items = Array.from(
      { length: 2_000 },
      (_, i) => `<item><title>Tin số ${i + 1} &amp; Đại hội</title><link>/tin/${i + 1}.html</link>
        <guid>tin-${i + 1}</guid><pubDate>Wed, 21 Dec 2022 15:06:00 +0700</pubDate>
        <description><![CDATA[<p>${'Nội dung bài viết. '.repeat(50)}</p><img src="/anh/${i + 1}.jpg">]]></description></item>`,
    ).join('\n');
    const doc = `<?xml version="1.0"?><rss version="2.0"><channel><title>Kho tin</title>${items}</channel></rss>`;
    const { value, ms } = timed(() => parseFeed(doc, { ...AUTO, baseUrl: 'https://congdoanbackan.org.vn/rss' }));
    expect(ms).toBeLessThan(3_000);
    expect(value.ok).toBe(true);
    if (!value.ok) return;
    expect(value.value.articles).toHaveLength(200);
    expect(value.value.articles[199]?.title).toBe('Tin số 200 & Đại hội');
    expect(value.value.dropped).toEqual(['items 201–2000: only the first 200 articles are kept']);
  });

  it('caps long titles, summaries and category lists', () => {
    const word = 'Côngđoàn ';
    const doc = `<rss version="2.0"><channel><item><title>${word.repeat(100)}</title>
      <description>${word.repeat(1_000)}</description>
      ${Array.from({ length: 30 }, (_, i) => `<category>Mục ${i}</category>`).join('')}</item></channel></rss>`;
    const result = parseFeed(doc, AUTO);
    const article = result.ok ? result.value.articles[0] : undefined;
    expect(article?.title.length).toBeLessThanOrEqual(300);
    expect(article?.title.endsWith('Côngđoàn…')).toBe(true);
    expect(article?.summary.length).toBeLessThanOrEqual(2000);
    expect(article?.summary.endsWith('…')).toBe(true);
    expect(article?.categories).toHaveLength(20);
  });
});

describe('namespaces under other prefixes', () => {
  it('reads media and Dublin Core elements whatever prefix the feed binds them to', () => {
    const doc = `<rss version="2.0" xmlns:m="http://search.yahoo.com/mrss/" xmlns:d="http://purl.org/dc/elements/1.1/">
      <channel><item><title>Tin</title><d:creator>Tòa soạn</d:creator><d:date>2022-12-21T15:06:00+07:00</d:date>
      <m:thumbnail url="https://x.vn/a.jpg"/></item></channel></rss>`;
    const result = parseFeed(doc, AUTO);
    const article = result.ok ? result.value.articles[0] : undefined;
    expect(article?.author).toBe('Tòa soạn');
    expect(article?.image?.url).toBe('https://x.vn/a.jpg');
    expect(article?.publishedAtMs).toBe(Date.UTC(2022, 11, 21, 8, 6));
  });
});

describe('duplicates', () => {
  it('merges items with the same link even when the guid is missing, filling empty fields from the later one', () => {
    const doc = `<rss version="2.0"><channel>
      <item><title>Tin A</title><link>https://x.vn/a</link></item>
      <item><title>Tin A (sửa)</title><link>https://x.vn/a</link><description>Tóm tắt</description></item>
      <item><title>Tin B</title><link>https://x.vn/b</link></item></channel></rss>`;
    const result = parseFeed(doc, AUTO);
    expect(result.ok && result.value.articles.map((a) => [a.title, a.summary])).toEqual([
      ['Tin A', 'Tóm tắt'],
      ['Tin B', ''],
    ]);
  });
});

describe('sloppy but readable XML', () => {
  it('accepts bare ampersands the CMS forgot to escape, and keeps those inside CDATA as written', () => {
    const doc = `<rss version="2.0"><channel><title>Tin & Ảnh</title>
      <item><title>Hỏi & đáp</title><link><![CDATA[https://x.vn/tin?id=1&page=2]]></link></item>
      <item><title>Tin 2</title><link>https://x.vn/tin?id=2&page=3</link></item></channel></rss>`;
    const result = parseFeed(doc, AUTO);
    expect(result.ok && result.value.title).toBe('Tin & Ảnh');
    expect(result.ok && result.value.articles.map((a) => [a.title, a.link])).toEqual([
      ['Hỏi & đáp', 'https://x.vn/tin?id=1&page=2'],
      ['Tin 2', 'https://x.vn/tin?id=2&page=3'],
    ]);
  });
});
