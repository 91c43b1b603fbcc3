import { describe, expect, it } from 'vitest';

import type { HtmlSelectors, ParseFeedOptions } from '../../../../main/core/feed/article';
import { parseFeed } from '../../../../main/core/feed/parse-feed';
import { HALL_ZONE, feedFixture, shownAt } from '../../../fixtures/feeds';

/** The selectors an operator would type for the union site's news boxes. */
const UNION_SITE: HtmlSelectors = {
  list: '.news-list .news-item',
  title: 'h3.title',
  time: '.date',
  image: '.thumb img',
  summary: '.sapo',
};

const html = (
  selectors: HtmlSelectors | null,
  baseUrl = 'https://congdoanbackan.org.vn/tin-hoat-dong',
): ParseFeedOptions => ({
  baseUrl,
  timezone: HALL_ZONE,
  format: 'html',
  selectors,
});

describe('a Vietnamese provincial portal read with selectors', () => {
  const result = parseFeed(feedFixture('congdoanbackan-listing.html'), html(UNION_SITE));
  const articles = result.ok ? result.value.articles : [];
  const [lead, meeting, hostile, badDate] = articles;

  it('reads each news box: title, link, time from the date line, lazy-loaded thumbnail, sapo', () => {
    expect(result.ok && result.value.title).toBe('Liên đoàn Lao động tỉnh Bắc Kạn');
    expect(result.ok && result.value.format).toBe('html');
    expect(lead?.title).toBe('Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp');
    expect(lead?.link).toBe(
      'https://congdoanbackan.org.vn/tin-hoat-dong/day-manh-cong-tac-tuyen-truyen-chao-mung-dai-hoi-cong-doan-cac-cap-1234.html',
    );
    expect(shownAt(lead?.publishedAtMs ?? null)).toBe('2022-12-21 15:06');
    expect(lead?.image?.url).toBe(
      'https://congdoanbackan.org.vn/upload/images/nam-2022/thang-12.2022/6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg',
    );
    expect(lead?.summary).toMatch(/^Nhằm tuyên truyền rộng rãi.*các cấp…$/u);
    expect(meeting?.summary).toBe(
      'Sáng 19/12, Ban Chấp hành LĐLĐ tỉnh tổ chức Hội nghị lần thứ 12 & tổng kết năm 2022.',
    );
    expect(shownAt(meeting?.publishedAtMs ?? null)).toBe('2022-12-19 08:30');
  });

  it('keeps scripts, styles and javascript: links of a box off the screen', () => {
    expect(hostile?.title).toBe('Trao quà Tết cho đoàn viên');
    expect(hostile?.link).toBeNull();
    expect(hostile?.summary).toBe('Tặng 50 suất quà.');
    expect(JSON.stringify(articles)).not.toMatch(/alert|javascript:|display:none/iu);
  });

  it('shows no time for a date that does not exist, and reports a box without a title', () => {
    expect(badDate?.title).toBe('Kiểm tra, giám sát công tác tài chính công đoàn');
    expect(badDate?.publishedAtMs).toBeNull();
    expect(result.ok && result.value.dropped).toEqual(['item 5: it has no title']);
  });

  it('finds the link, picture and date line by itself when only list and title are given', () => {
    const minimal = parseFeed(feedFixture('congdoanbackan-listing.html'), html({ list: '.news-item', title: 'h3' }));
    const first = minimal.ok ? minimal.value.articles[0] : undefined;
    expect(first?.link).toBe(lead?.link);
    expect(first?.image?.url).toBe(lead?.image?.url);
    expect(shownAt(first?.publishedAtMs ?? null)).toBe('2022-12-21 15:06');
  });
});

describe('a single article page', () => {
  const result = parseFeed(
    feedFixture('congdoanbackan-article.html'),
    html(UNION_SITE, 'https://congdoanbackan.org.vn/tin-hoat-dong/day-manh-1234.html'),
  );
  const article = result.ok ? result.value.articles[0] : undefined;

  it('becomes one article from og:title, og:image, the date line and the first paragraphs', () => {
    expect(result.ok && result.value.articles).toHaveLength(1);
    expect(article?.title).toBe('Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp');
    expect(article?.link).toBe(
      'https://congdoanbackan.org.vn/tin-hoat-dong/day-manh-cong-tac-tuyen-truyen-chao-mung-dai-hoi-cong-doan-cac-cap-1234.html',
    );
    // The slogan marquee above the article carries older dates (03/02/1930); the date line wins.
    expect(shownAt(article?.publishedAtMs ?? null)).toBe('2022-12-21 15:06');
    expect(article?.image?.url).toBe(
      'https://congdoanbackan.org.vn/upload/images/nam-2022/thang-12.2022/6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg',
    );
    expect(article?.summary).toMatch(/^Nhằm tuyên truyền rộng rãi đến đội ngũ cán bộ/u);
    expect(article?.summary.split('\n\n').length).toBeGreaterThan(1);
    expect(article?.summary.length).toBeLessThanOrEqual(2000);
  });
});

describe('html mode errors', () => {
  it('says the list selector matched nothing on a page that is not an article either', () => {
    const result = parseFeed(feedFixture('captive-portal.html'), html(UNION_SITE));
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining(
        'the list selector ".news-list .news-item" matched nothing on the page "Đăng nhập Wi-Fi miễn phí - VNPT"',
      ),
    });
  });

  it('names a selector that is not valid CSS', () => {
    const result = parseFeed(feedFixture('congdoanbackan-listing.html'), html({ list: '.news-item', title: 'h3[' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^the title selector "h3\[" is not valid CSS/u);
  });

  it('asks for selectors when html mode has none', () => {
    const result = parseFeed(feedFixture('congdoanbackan-listing.html'), html(null));
    expect(result).toEqual({
      ok: false,
      error: 'the format is html but no selectors are set: at least "list" and "title" are needed',
    });
  });
});
