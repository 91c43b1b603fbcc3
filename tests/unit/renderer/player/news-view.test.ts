import { describe, expect, it } from 'vitest';
import type { NewsFreshness } from '../../../../main/core/player-state';
import { newsView } from '../../../../renderer/player/news-view';
import { newsSlide } from './news-fixtures';

const HOUR = 3_600_000;
const NOW_MS = Date.parse('2024-02-03T09:00:00+07:00');
const FRESH: NewsFreshness = { lastSuccessAtMs: NOW_MS - HOUR, staleAfterMs: 6 * HOUR };
const SAMPLE: NewsFreshness = { lastSuccessAtMs: null, staleAfterMs: 6 * HOUR };

describe('what a news slide prints', () => {
  it('shows the seed article as the union site does, in the screen zone', () => {
    const view = newsView(newsSlide(), 'Asia/Ho_Chi_Minh', FRESH, NOW_MS, false);
    expect(view.title).toBe('Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp');
    expect(view.time).toBe('15:06 - 21/12/2022');
    expect(view.timeIso).toBe('2022-12-21T08:06:00.000Z');
    expect(view.image?.caption).toMatch(/^Ảnh\. Đồng chí Bùi Minh Thanh/);
    expect(view.author).toBe('Thu Thủy - Ban TGNC');
    expect(view.source).toBe('congdoanbackan.org.vn');
    expect(view.link).toMatch(/^https:\/\/congdoanbackan\.org\.vn\//);
    expect(view.staleNotice).toBeNull();
  });

  it('leaves out what the article does not have, never printing "null"', () => {
    const view = newsView(
      newsSlide({ publishedAtMs: null, image: null, author: null, source: '  ', link: null }),
      'Asia/Ho_Chi_Minh',
      SAMPLE,
      NOW_MS,
      false,
    );
    expect(view).toMatchObject({ time: null, timeIso: null, image: null, author: null, source: null, link: null });
    expect(JSON.stringify(Object.values(view).filter((value) => typeof value === 'string'))).not.toMatch(
      /null|undefined/,
    );
  });

  it('drops a caption that is blank, keeping the image', () => {
    const slide = newsSlide({ image: { src: '/media/cache/a.jpg', caption: ' ' } });
    expect(newsView(slide, 'UTC', FRESH, NOW_MS, false).image).toEqual({ src: '/media/cache/a.jpg', caption: null });
  });

  it('falls back to text only when the image failed to decode', () => {
    expect(newsView(newsSlide(), 'Asia/Ho_Chi_Minh', FRESH, NOW_MS, true).image).toBeNull();
  });

  it('leaves out a time no date can hold instead of throwing', () => {
    const view = newsView(newsSlide({ publishedAtMs: 1e20 }), 'Asia/Ho_Chi_Minh', FRESH, NOW_MS, false);
    expect(view.time).toBeNull();
    expect(newsView(newsSlide({ publishedAtMs: Number.NaN }), 'UTC', FRESH, NOW_MS, false).time).toBeNull();
  });

  it('says discreetly how old the news is once the feed is stale, and still shows the article', () => {
    const stale: NewsFreshness = { lastSuccessAtMs: NOW_MS - 27 * HOUR, staleAfterMs: 6 * HOUR };
    const view = newsView(newsSlide(), 'Asia/Ho_Chi_Minh', stale, NOW_MS, false);
    expect(view.staleNotice).toBe('cập nhật 1 ngày trước');
    expect(view.title).not.toBe('');
  });

  it('never calls the bundled sample stale', () => {
    expect(newsView(newsSlide(), 'Asia/Ho_Chi_Minh', SAMPLE, NOW_MS + 1000 * HOUR, false).staleNotice).toBeNull();
  });

  it('gives NFC text even when the feed sent decomposed letters', () => {
    const decomposed = 'Đại hội Công đoàn'.normalize('NFD');
    const view = newsView(newsSlide({ title: decomposed, summary: decomposed }), 'UTC', FRESH, NOW_MS, false);
    expect(view.title).toBe('Đại hội Công đoàn');
    expect(view.summary).toBe('Đại hội Công đoàn');
  });
});
