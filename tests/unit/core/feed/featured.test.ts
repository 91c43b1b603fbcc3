import { describe, expect, it } from 'vitest';
import type { FeedArticle } from '../../../../main/core/feed/article';
import { selectFeatured, type FeaturedOptions } from '../../../../main/core/feed/featured';

const DAY_MS = 86_400_000;
const NOW_MS = Date.UTC(2023, 9, 20, 3, 0);

function article(title: string, daysAgo: number | null, categories: string[] = []): FeedArticle {
  return {
    key: title,
    title,
    link: null,
    publishedAtMs: daysAgo === null ? null : NOW_MS - daysAgo * DAY_MS,
    image: null,
    summary: '',
    author: null,
    categories,
  };
}

const options = (overrides: Partial<FeaturedOptions> = {}): FeaturedOptions => ({
  keywords: ['Đại hội'],
  categories: [],
  count: 3,
  maxAgeMs: null,
  nowMs: NOW_MS,
  ...overrides,
});

const titles = (articles: FeedArticle[]) => articles.map((a) => a.title);

describe('selectFeatured', () => {
  const feed = [
    article('Hội thao công nhân viên chức', 1),
    article('Đại hội X Công đoàn tỉnh Bắc Kạn thành công tốt đẹp', 3),
    article('Tập huấn nghiệp vụ công đoàn', 2),
    article('ĐẠI HỘI Công đoàn cơ sở trường THPT Bắc Kạn', 5),
    article('Trao mái ấm công đoàn', 10),
  ];

  it('puts congress articles first, newest first, then fills with the newest others', () => {
    expect(titles(selectFeatured(feed, options({ count: 4 })))).toEqual([
      'Đại hội X Công đoàn tỉnh Bắc Kạn thành công tốt đẹp',
      'ĐẠI HỘI Công đoàn cơ sở trường THPT Bắc Kạn',
      'Hội thao công nhân viên chức',
      'Tập huấn nghiệp vụ công đoàn',
    ]);
  });

  it('matches a keyword typed in another case or Unicode form, and in the summary', () => {
    const decomposed = { ...article('Tin hoạt động', 1), summary: 'Chuẩn bị đại hội công đoàn'.normalize('NFD') };
    expect(titles(selectFeatured([article('Khác', 0), decomposed], options({ keywords: ['đại hội'] })))).toEqual([
      'Tin hoạt động',
      'Khác',
    ]);
  });

  it("features articles in the operator's categories", () => {
    const inCategory = article('Tin tức chung', 4, ['Hoạt động Công đoàn']);
    const result = selectFeatured(
      [article('Tin mới', 0), inCategory],
      options({ categories: ['hoạt động công đoàn'] }),
    );
    expect(titles(result)).toEqual(['Tin tức chung', 'Tin mới']);
  });

  it('leaves out articles older than the maximum age, keeping undated ones', () => {
    const result = selectFeatured(
      feed.concat(article('Không ngày', null)),
      options({ maxAgeMs: 4 * DAY_MS, count: 10 }),
    );
    expect(titles(result)).toEqual([
      'Đại hội X Công đoàn tỉnh Bắc Kạn thành công tốt đẹp',
      'Hội thao công nhân viên chức',
      'Tập huấn nghiệp vụ công đoàn',
      'Không ngày',
    ]);
  });

  it('gives nothing for no articles, so the news item is skipped rather than shown empty', () => {
    expect(selectFeatured([], options())).toEqual([]);
  });
});
