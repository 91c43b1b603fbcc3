import { describe, expect, it } from 'vitest';

import type { FeedDocument, ParseFeedOptions } from '../../../../main/core/feed/article';
import { parseFeed } from '../../../../main/core/feed/parse-feed';
import { HALL_ZONE, feedFixture, shownAt } from '../../../fixtures/feeds';

const auto = (baseUrl: string): ParseFeedOptions => ({ baseUrl, timezone: HALL_ZONE, format: 'auto' });

function read(name: string, baseUrl: string): FeedDocument {
  const result = parseFeed(feedFixture(name), auto(baseUrl));
  if (!result.ok) throw new Error(`expected ${name} to parse: ${result.error}`);
  return result.value;
}

describe('RSS 2.0 of the union site', () => {
  const feed = read('congdoanbackan-rss.xml', 'https://congdoanbackan.org.vn/rss/tin-tuc.rss');
  const [first, second, third, fourth, fifth] = feed.articles;

  it('names the feed and keeps the articles in feed order, duplicates merged and untitled items left out', () => {
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Liên đoàn Lao động tỉnh Bắc Kạn - Tin tức');
    expect(feed.articles.map((article) => article.title)).toEqual([
      'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp',
      'Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ 12, khóa IX',
      'Trao 50 suất quà Tết cho đoàn viên có hoàn cảnh khó khăn & công nhân lao động',
      'Tập huấn nghiệp vụ công tác tài chính công đoàn năm 2022',
      'Ngày hội Công nhân - Phiên chợ Nghĩa tình năm 2022',
    ]);
    expect(feed.dropped).toEqual(['item 5: it has no title']);
  });

  it('shows the lead article as the site wrote it: time, picture with caption, author, categories', () => {
    expect(shownAt(first?.publishedAtMs ?? null)).toBe('2022-12-21 15:06');
    expect(first?.image).toEqual({
      url: 'https://congdoanbackan.org.vn/upload/images/nam-2022/thang-12.2022/6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg',
      caption:
        'Ảnh. Đồng chí Bùi Minh Thanh - Phó Chủ tịch LĐLĐ tỉnh định hướng công tác tuyên truyền tại Hội nghị Báo cáo viên Công đoàn cấp tỉnh.',
    });
    expect(first?.author).toBe('Thu Thủy - Ban TGNC');
    expect(first?.categories).toEqual(['Tin hoạt động', 'Đại hội Công đoàn']);
    expect(first?.summary).toMatch(/^Nhằm tuyên truyền rộng rãi/u);
    expect(first?.key).toBe('congdoanbackan-1234');
  });

  it('stores NFD titles and authors as NFC', () => {
    expect(second?.title).toBe('Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh lần thứ 12, khóa IX'.normalize('NFC'));
    expect(second?.title.normalize('NFC')).toBe(second?.title);
    expect(second?.author).toBe('Minh Hằng');
  });

  it('resolves relative links and thumbnails against the feed address', () => {
    expect(second?.link).toBe('https://congdoanbackan.org.vn/tin-tuc/hoi-nghi-ban-chap-hanh-lan-thu-12-1230.html');
    expect(second?.image?.url).toBe('https://congdoanbackan.org.vn/upload/images/thumb/hoi-nghi-bch-12.jpg');
  });

  it('turns an escaped HTML description into paragraphs of text', () => {
    expect(second?.summary).toBe(
      'Sáng 19/12, Ban Chấp hành LĐLĐ tỉnh tổ chức Hội nghị lần thứ 12.\n\nĐồng chí Chủ tịch chủ trì hội nghị.',
    );
  });

  it("decodes entities the CMS escaped twice and reads a zoneless pubDate in the hall's zone", () => {
    expect(third?.summary).toBe('Tặng quà "Tết Sum vầy" năm 2023 – chăm lo cho người lao động.');
    expect(shownAt(third?.publishedAtMs ?? null)).toBe('2022-12-16 10:00');
    expect(third?.image?.url).toBe('https://congdoanbackan.org.vn/upload/images/tet-sum-vay.png');
  });

  it('takes the name out of an RSS author e-mail, and the first picture of the description as a last resort', () => {
    expect(fourth?.author).toBe('Ban Biên tập');
    expect(shownAt(fourth?.publishedAtMs ?? null)).toBe('2022-12-08 14:00');
    expect(fourth?.image).toEqual({
      url: 'https://congdoanbackan.org.vn/upload/images/tap-huan.jpg',
      caption: 'Quang cảnh lớp tập huấn',
    });
    expect(fourth?.summary).toBe('Lớp tập huấn có 120 học viên tham dự.');
  });

  it('keeps an article whose date is nonsense, without a time, keyed by its link', () => {
    expect(fifth?.publishedAtMs).toBeNull();
    expect(fifth?.key).toBe(fifth?.link);
    expect(fifth?.link).toBe(
      'https://congdoanbackan.org.vn/tin-tuc/ngay-hoi-cong-nhan-1210.html?utm_source=rss&utm_medium=feed',
    );
  });
});

describe('Atom 1.0', () => {
  const feed = read('vgcl-atom.xml', 'https://www.congdoan.vn/feeds/dai-hoi.atom');
  const [opening, closing, programme] = feed.articles;

  it('reads titles, links, times and pictures of each entry', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Công đoàn Việt Nam – Tin Đại hội');
    expect(opening?.title).toBe('Khai mạc trọng thể Đại hội XIII Công đoàn Việt Nam');
    expect(opening?.link).toBe('https://www.congdoan.vn/dai-hoi/khai-mac-dai-hoi-xiii-cong-doan-viet-nam-702345.tld');
    expect(shownAt(opening?.publishedAtMs ?? null)).toBe('2023-12-02 08:00');
    expect(opening?.image).toEqual({
      url: 'https://www.congdoan.vn/upload/2023/12/khai-mac.jpg',
      caption: 'Quang cảnh phiên khai mạc',
    });
    expect(opening?.categories).toEqual(['Đại hội']);
    expect(opening?.summary).toMatch(/^Sáng 2\/12, tại Hà Nội/u);
  });

  it('reads XHTML content, falls back to updated, and lets entries inherit the feed author', () => {
    expect(closing?.summary).toBe('Đại hội đã bầu Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII.');
    expect(closing?.image?.url).toBe('https://www.congdoan.vn/upload/2023/12/be-mac.jpg');
    expect(shownAt(closing?.publishedAtMs ?? null)).toBe('2023-12-03 18:30');
    expect(closing?.author).toBe('Hải Nam');
    expect(opening?.author).toBe('Ban Tuyên giáo Tổng LĐLĐVN');
    expect(shownAt(programme?.publishedAtMs ?? null)).toBe('2023-12-02 00:00');
  });
});

describe('JSON Feed 1.1', () => {
  const feed = read('cong-doan-json-feed.json', 'https://laodong.vn/cong-doan/feed.json');
  const [congress, tet] = feed.articles;

  it('reads items, prefers the item image over pictures in the content, and reports items it cannot use', () => {
    expect(feed.format).toBe('json-feed');
    expect(feed.title).toBe('Lao Động – Công đoàn');
    expect(congress?.title).toBe('Bắc Kạn tổ chức Đại hội Công đoàn tỉnh lần thứ X');
    expect(congress?.image?.url).toBe('https://media.laodong.vn/storage/newsportal/2023/10/dai-hoi-x-bac-kan.jpg');
    expect(shownAt(congress?.publishedAtMs ?? null)).toBe('2023-10-12 09:30');
    expect(congress?.author).toBe('Thu Thủy');
    expect(congress?.categories).toEqual(['Đại hội', 'Bắc Kạn']);
    expect(feed.dropped).toEqual(['item 3: it has no title', 'item 4: it has no title']);
  });

  it('uses the banner image, content_text paragraphs, the feed author and the hall zone for a zoneless date', () => {
    expect(tet?.title).toBe('Chăm lo Tết cho đoàn viên & người lao động');
    expect(tet?.link).toBe('https://laodong.vn/cong-doan/cham-lo-tet-cho-doan-vien-1191100.ldo');
    expect(tet?.image?.url).toBe('https://laodong.vn/storage/banner-tet.jpg');
    expect(tet?.summary).toBe('Công đoàn các cấp dành 120 tỉ đồng chăm lo Tết.\n\nMỗi suất quà trị giá 500.000 đồng.');
    expect(tet?.author).toBe('Báo Lao Động');
    expect(shownAt(tet?.publishedAtMs ?? null)).toBe('2023-10-10 08:00');
  });

  it('accepts JSON Feed 1.0 too', () => {
    const v1 = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'Tin',
      items: [{ id: '1', title: 'Tin một', author: { name: 'Tòa soạn' } }],
    });
    const result = parseFeed(v1, auto('https://example.vn/feed.json'));
    expect(result.ok && result.value.articles.map((a) => [a.title, a.author])).toEqual([['Tin một', 'Tòa soạn']]);
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items that sit beside the channel, with dc:date', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.vn/"><title>Bản tin RDF</title></channel>
  <item rdf:about="https://example.vn/tin/1"><title>Tin RDF</title><dc:date>2022-12-21T15:06:00+07:00</dc:date></item>
</rdf:RDF>`;
    const result = parseFeed(rdf, auto('https://example.vn/rss.rdf'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Bản tin RDF');
    expect(result.value.articles[0]?.link).toBe('https://example.vn/tin/1');
    expect(shownAt(result.value.articles[0]?.publishedAtMs ?? null)).toBe('2022-12-21 15:06');
  });
});
