import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedArticle } from '../../../../main/core/feed/article';
import { parsePlaylist } from '../../../../main/core/playlist/parse';
import { resolveMarquee, resolveSlides, type ResolveContext } from '../../../../main/core/playlist/resolve';
import type { Playlist } from '../../../../main/core/playlist/schema';
import { splitSlogans } from '../../../../main/core/slogans';
import { describeProblems } from '../../../../main/core/validation';

const BANNER_SLOGANS = splitSlogans(
  readFileSync(new URL('../../../fixtures/congdoanbackan-banner.txt', import.meta.url), 'utf8'),
);

function playlist(document: object): Playlist {
  const result = parsePlaylist(JSON.stringify(document));
  if (!result.ok) throw new Error(describeProblems(result.problems));
  return result.value;
}
const DEFAULT_PLAYLIST = playlist(
  JSON.parse(readFileSync(new URL('../../../../assets/default-playlist.json', import.meta.url), 'utf8')) as object,
);

const context: ResolveContext = {
  mediaUrlFor: (src) =>
    /^bk\d$/.test(src) ? `/media/bundled/${src}.jpg` : `/media/library/${encodeURIComponent(src)}`,
  defaultTransition: 'crossfade',
  defaultSlogans: BANNER_SLOGANS,
  timezone: 'Asia/Ho_Chi_Minh',
  news: { featured: [], imageUrlFor: () => null, source: null, headlinesInMarquee: false },
};

function article(key: string, overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    key,
    title: `Tin ${key}`,
    link: `https://congdoanbackan.org.vn/tin/${key}.html`,
    publishedAtMs: Date.UTC(2022, 11, 21, 8, 6),
    image: null,
    summary: 'Nội dung.',
    author: null,
    categories: [],
    ...overrides,
  };
}

const ARTICLES = [
  article('a', {
    title: 'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp',
    image: { url: 'https://congdoanbackan.org.vn/upload/a.jpg', caption: 'Ảnh. Hội nghị' },
    author: 'Thu Thủy - Ban TGNC',
  }),
  article('b', { image: { url: 'https://congdoanbackan.org.vn/upload/b.jpg', caption: null } }),
  article('c'),
  article('d'),
];
const withNews = (featured: FeedArticle[], extra: Partial<ResolveContext['news']> = {}): ResolveContext => ({
  ...context,
  news: {
    featured,
    imageUrlFor: (url) => (url.endsWith('a.jpg') ? '/media/cache/aaaa.jpg' : null),
    source: 'Liên đoàn Lao động tỉnh Bắc Kạn',
    headlinesInMarquee: false,
    ...extra,
  },
});

describe('resolveSlides', () => {
  it('skips the news item while there are no articles, so no empty slide is shown', () => {
    const slides = resolveSlides(DEFAULT_PLAYLIST, context);
    expect(slides.map((s) => s.id)).toEqual(['bk1', 'bk2', 'bk3', 'bk4', 'bk5']);
  });

  it('expands a news item into one slide per featured article, up to its count, each for its duration', () => {
    const slides = resolveSlides(
      playlist({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'tin', type: 'news', durationS: 12, count: 2 },
        ],
      }),
      withNews(ARTICLES),
    );
    expect(slides.map((s) => [s.kind, s.itemId, s.durationMs])).toEqual([
      ['image', 'bk1', 8000],
      ['news', 'tin', 12000],
      ['news', 'tin', 12000],
    ]);
    expect(new Set(slides.map((s) => s.id)).size).toBe(3);
    expect(slides[1]).toMatchObject({
      title: 'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp',
      publishedAtMs: Date.UTC(2022, 11, 21, 8, 6),
      image: { src: '/media/cache/aaaa.jpg', caption: 'Ảnh. Hội nghị' },
      author: 'Thu Thủy - Ban TGNC',
      source: 'Liên đoàn Lao động tỉnh Bắc Kạn',
      link: 'https://congdoanbackan.org.vn/tin/a.html',
    });
  });

  it('shows three articles when the news item names no count', () => {
    const slides = resolveSlides(
      playlist({ version: 1, items: [{ id: 'tin', type: 'news', durationS: 12 }] }),
      withNews(ARTICLES),
    );
    expect(slides).toHaveLength(3);
  });

  it('gives an article whose picture is not downloaded (yet) a text-only slide, not a broken image', () => {
    const slides = resolveSlides(
      playlist({ version: 1, items: [{ id: 'tin', type: 'news', durationS: 12 }] }),
      withNews([ARTICLES[1] as FeedArticle]),
    );
    expect(slides[0]).toMatchObject({ kind: 'news', image: null });
  });

  it('turns seconds into milliseconds', () => {
    const slides = resolveSlides(
      playlist({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'ngan', type: 'image', src: 'bk2', durationS: 2.5 },
        ],
      }),
      context,
    );
    expect(slides.map((s) => s.durationMs)).toEqual([8000, 2500]);
  });

  it('gives the screen a URL it can load for each image', () => {
    const slides = resolveSlides(
      playlist({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'dai-hoi', type: 'image', src: 'Đại hội XIII.jpg', durationS: 8 },
        ],
      }),
      context,
    );
    expect(slides.map((s) => (s.kind === 'image' ? s.src : null))).toEqual([
      '/media/bundled/bk1.jpg',
      `/media/library/${encodeURIComponent('Đại hội XIII.jpg')}`,
    ]);
  });

  it('applies the configured default transition and the auto fit to items that name none', () => {
    const slides = resolveSlides(
      playlist({
        version: 1,
        items: [
          { id: 'bk1', type: 'image', src: 'bk1', durationS: 8 },
          { id: 'bk2', type: 'image', src: 'bk2', durationS: 8, transition: 'slide', fit: 'contain' },
        ],
      }),
      { ...context, defaultTransition: 'zoom' },
    );
    expect(slides.map((s) => [s.id, s.transition, s.kind === 'image' ? s.fit : null])).toEqual([
      ['bk1', 'zoom', 'auto'],
      ['bk2', 'slide', 'contain'],
    ]);
  });
});

describe('resolveMarquee', () => {
  it('falls back to the bundled slogans when the playlist has no marquee', () => {
    const marquee = resolveMarquee(
      playlist({ version: 1, items: [{ id: 'bk1', type: 'image', src: 'bk1', durationS: 8 }] }),
      context,
    );
    expect(marquee).toEqual({ slogans: BANNER_SLOGANS, speedPxPerS: 120 });
  });

  it("shows the playlist's own slogans at its own speed, cleaned for display", () => {
    const marquee = resolveMarquee(
      playlist({
        version: 1,
        items: [],
        marquee: { text: ['Chào mừng   Đại hội'.normalize('NFD'), 'Công đoàn Việt Nam'], speedPxPerS: 80 },
      }),
      context,
    );
    expect(marquee).toEqual({ slogans: ['Chào mừng Đại hội', 'Công đoàn Việt Nam'], speedPxPerS: 80 });
  });

  it('scrolls the featured headlines after the slogans when the screen is set to', () => {
    const document = playlist({ version: 1, items: [], marquee: { text: ['Công đoàn Việt Nam'] } });
    expect(resolveMarquee(document, withNews(ARTICLES.slice(0, 2))).slogans).toEqual(['Công đoàn Việt Nam']);
    expect(resolveMarquee(document, withNews(ARTICLES.slice(0, 2), { headlinesInMarquee: true })).slogans).toEqual([
      'Công đoàn Việt Nam',
      'Đẩy mạnh công tác tuyên truyền chào mừng Đại hội Công đoàn các cấp',
      'Tin b',
    ]);
  });

  it('hides the strip when the playlist lists no slogans', () => {
    const marquee = resolveMarquee(playlist({ version: 1, items: [], marquee: { text: [] } }), context);
    expect(marquee.slogans).toEqual([]);
  });
});
