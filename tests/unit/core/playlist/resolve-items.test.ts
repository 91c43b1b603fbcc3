import { describe, expect, it, vi } from 'vitest';
import { parsePlaylist } from '../../../../main/core/playlist/parse';
import {
  VIDEO_FALLBACK_DURATION_MS,
  resolveScheduled,
  resolveSlides,
  type ResolveContext,
  type VideoContext,
} from '../../../../main/core/playlist/resolve';
import type { Playlist } from '../../../../main/core/playlist/schema';
import { describeProblems } from '../../../../main/core/validation';

function playlist(document: object): Playlist {
  const result = parsePlaylist(JSON.stringify(document));
  if (!result.ok) throw new Error(describeProblems(result.problems));
  return result.value;
}
const items = (...list: object[]) => playlist({ version: 1, items: list });

const video: VideoContext = {
  urlFor: (src) => (src === 'missing.mp4' ? null : `/media/library/${encodeURIComponent(src)}?v=1`),
  durationMsFor: (src) => (src === 'dai-hoi.mp4' ? 95_480 : null),
};
const context: ResolveContext = {
  mediaUrlFor: (src) => `/media/bundled/${src}.jpg`,
  defaultTransition: 'crossfade',
  defaultSlogans: ['Công đoàn Việt Nam'],
  timezone: 'Asia/Ho_Chi_Minh',
  news: { featured: [], imageUrlFor: () => null, source: null, headlinesInMarquee: false },
  video,
};
const bk = (id: string, extra: object = {}) => ({ id, type: 'image', src: id, durationS: 8, ...extra });

describe('disabled items and schedules', () => {
  it('leaves a disabled item out of the rotation, whatever its type', () => {
    const slides = resolveSlides(
      items(
        bk('bk1'),
        bk('bk2', { enabled: false }),
        { id: 'loi-chao', type: 'text', title: 'Chào mừng', durationS: 10, enabled: false },
        bk('bk3', { enabled: true }),
      ),
      context,
    );
    expect(slides.map((s) => s.itemId)).toEqual(['bk1', 'bk3']);
  });

  it("gives each slide its item's schedule, and none to an item without one", () => {
    const schedule = { days: ['mon', 'tue'], times: [{ start: '07:00', end: '11:30' }] };
    const slides = resolveSlides(items(bk('bk1', { schedule }), bk('bk2')), context);
    expect(slides[0]?.schedule).toEqual(schedule);
    expect(slides[1]).not.toHaveProperty('schedule');
  });
});

describe('video items', () => {
  it('plays a library video muted, for its real length, when the playlist gives no durationS', () => {
    const [slide] = resolveSlides(items({ id: 'phim', type: 'video', src: 'dai-hoi.mp4' }), context);
    expect(slide).toEqual({
      kind: 'video',
      id: 'phim',
      itemId: 'phim',
      durationMs: 95_480,
      transition: 'crossfade',
      src: '/media/library/dai-hoi.mp4?v=1',
      fit: 'auto',
      muted: true,
    });
  });

  it('lets durationS and muted: false win over the defaults', () => {
    const [slide] = resolveSlides(
      items({ id: 'phim', type: 'video', src: 'dai-hoi.mp4', durationS: 20, muted: false, fit: 'cover' }),
      context,
    );
    expect(slide).toMatchObject({ durationMs: 20_000, muted: false, fit: 'cover' });
  });

  it('plays for the 30 s fallback and says so when the length is unknown', () => {
    const onUnknownDuration = vi.fn();
    const [slide] = resolveSlides(items({ id: 'phim', type: 'video', src: 'la.webm' }), {
      ...context,
      video: { ...video, onUnknownDuration },
    });
    expect(VIDEO_FALLBACK_DURATION_MS).toBe(30_000);
    expect(slide?.durationMs).toBe(30_000);
    expect(onUnknownDuration).toHaveBeenCalledWith('la.webm', 30_000);
  });

  it('skips a video the host has no file for yet, so no screen gets a video that cannot play', () => {
    const slides = resolveSlides(items(bk('bk1'), { id: 'phim', type: 'video', src: 'missing.mp4' }), context);
    expect(slides.map((s) => s.id)).toEqual(['bk1']);
    const { video: _none, ...noVideo } = context;
    expect(resolveSlides(items({ id: 'phim', type: 'video', src: 'dai-hoi.mp4' }), noVideo)).toEqual([]);
  });
});

describe('countdown items', () => {
  const countdown = (targetAt: string, extra: object = {}) =>
    items({ id: 'dem-nguoc', type: 'countdown', durationS: 10, title: 'Đại hội XIII', targetAt, ...extra });

  it("reads targetAt in the screen's zone, not the host's", () => {
    const [slide] = resolveSlides(countdown('2023-12-01T08:00', { doneText: 'Đại hội đã khai mạc' }), context);
    expect(slide).toMatchObject({
      kind: 'countdown',
      title: 'Đại hội XIII',
      targetAtMs: Date.UTC(2023, 11, 1, 1, 0),
      doneText: 'Đại hội đã khai mạc',
    });
  });

  it('is DST-correct: a time skipped by the clocks moves forward, a repeated one is the first', () => {
    const berlin = { ...context, timezone: 'Europe/Berlin' };
    expect(resolveSlides(countdown('2024-03-31T02:30'), berlin)[0]).toMatchObject({
      targetAtMs: Date.UTC(2024, 2, 31, 1, 30),
    });
    expect(resolveSlides(countdown('2024-10-27T02:30'), berlin)[0]).toMatchObject({
      targetAtMs: Date.UTC(2024, 9, 27, 0, 30),
    });
  });

  it('has no done text unless one is given, and skips a date the calendar lacks', () => {
    expect(resolveSlides(countdown('2023-12-01T08:00'), context)[0]).toMatchObject({ doneText: null });
    expect(resolveSlides(countdown('2023-02-31T08:00'), context)).toEqual([]);
  });
});

describe('text items', () => {
  it('cleans the title and each paragraph (NFC, spaces), keeping paragraphs apart', () => {
    const [slide] = resolveSlides(
      items({
        id: 'thong-bao',
        type: 'text',
        durationS: 15,
        title: 'Thông   báo'.normalize('NFD'),
        body: 'Hội nghị  lúc 8 giờ.\r\n\r\n\n  Tại hội trường\ntầng 2. \n\n   ',
      }),
      context,
    );
    expect(slide).toMatchObject({
      kind: 'text',
      title: 'Thông báo',
      body: 'Hội nghị lúc 8 giờ.\n\nTại hội trường tầng 2.',
      durationMs: 15_000,
    });
    expect(
      resolveSlides(items({ id: 't', type: 'text', durationS: 5, title: 'Chỉ tiêu đề' }), context)[0],
    ).toMatchObject({ body: '' });
  });
});

describe('resolveScheduled', () => {
  const scheduled = (id: string, priority: number, extra: object = {}) => ({
    id,
    priority,
    schedule: { days: ['sat'] },
    items: [bk('bk4'), bk('bk5', { enabled: false })],
    ...extra,
  });

  it('resolves each scheduled playlist with its own slides, highest priority first, ties in file order', () => {
    const rotations = resolveScheduled(
      playlist({
        version: 1,
        items: [bk('bk1')],
        playlists: [scheduled('a', 5), scheduled('b', 10), scheduled('c', 5), scheduled('d', 1)],
      }),
      context,
    );
    expect(rotations.map((r) => [r.id, r.priority])).toEqual([
      ['b', 10],
      ['a', 5],
      ['c', 5],
      ['d', 1],
    ]);
    expect(rotations[0]?.slides.map((s) => s.itemId)).toEqual(['bk4']);
    expect(rotations[0]?.schedule).toEqual({ days: ['sat'] });
  });

  it('has its own marquee when it names one, else null (the default strip plays)', () => {
    const rotations = resolveScheduled(
      playlist({
        version: 1,
        items: [],
        playlists: [
          scheduled('a', 2, { marquee: { text: ['Chào mừng  Đại hội'], speedPxPerS: 90 } }),
          scheduled('b', 1),
        ],
      }),
      context,
    );
    expect(rotations.map((r) => r.marquee)).toEqual([{ slogans: ['Chào mừng Đại hội'], speedPxPerS: 90 }, null]);
  });

  it('is empty when the playlist schedules nothing', () => {
    expect(resolveScheduled(items(bk('bk1')), context)).toEqual([]);
  });
});
