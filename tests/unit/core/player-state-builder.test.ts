import { describe, expect, it } from 'vitest';
import type { FeedArticle } from '../../../main/core/feed/article';
import {
  nextPlayerState,
  rotationKey,
  stateRotationKey,
  type StateInputs,
} from '../../../main/core/player-state-builder';
import type { Playlist } from '../../../main/core/playlist/schema';
import { positionAt } from '../../../main/core/timeline';
import { DEFAULT_DISPLAY_POWER_SETTINGS } from '../../../main/core/kiosk/display-power-policy';
import { DEFAULT_MAINTENANCE_SETTINGS } from '../../../main/core/kiosk/maintenance-policy';

const START_MS = Date.UTC(2024, 1, 3, 1, 0, 0);
const LATER_MS = START_MS + 3 * 60_000 + 17_250;

const SLOGANS = [
  'Công đoàn Việt Nam là tổ chức của người lao động, do người lao động, vì người lao động!',
  'Sống, chiến đấu, lao động và học tập theo gương Bác Hồ vĩ đại!',
];

const image = (id: string, durationS = 8) => ({ id, type: 'image' as const, src: id, durationS });
const PLAYLIST: Playlist = {
  version: 1,
  items: [image('bk1'), image('bk2'), image('bk3'), { id: 'tin-dai-hoi', type: 'news', durationS: 12, count: 3 }],
  marquee: { text: SLOGANS, speedPxPerS: 120 },
};

function inputs(playlist: Playlist, overrides: Partial<StateInputs> = {}): StateInputs {
  return {
    playlist,
    context: {
      mediaUrlFor: (src) => `/media/bundled/${src}.jpg`,
      defaultTransition: 'crossfade',
      defaultSlogans: SLOGANS,
      timezone: 'Asia/Ho_Chi_Minh',
      news: { featured: [], imageUrlFor: () => null, source: null, headlinesInMarquee: false },
    },
    newsFreshness: { lastSuccessAtMs: null, staleAfterMs: 86_400_000 },
    timezone: 'Asia/Ho_Chi_Minh',
    showClock: true,
    version: '0.1.0',
    maintenance: DEFAULT_MAINTENANCE_SETTINGS,
    displayPower: DEFAULT_DISPLAY_POWER_SETTINGS,
    announcements: [],
    ...overrides,
  };
}

describe('nextPlayerState', () => {
  it('starts the rotation now on the first state', () => {
    const state = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    expect(state).toMatchObject({
      revision: 1,
      epochMs: START_MS,
      timezone: 'Asia/Ho_Chi_Minh',
      showClock: true,
      version: '0.1.0',
      maintenance: DEFAULT_MAINTENANCE_SETTINGS,
      displayPower: DEFAULT_DISPLAY_POWER_SETTINGS,
      marquee: { slogans: SLOGANS, speedPxPerS: 120 },
    });
    expect(state.slides.map((s) => [s.id, s.durationMs])).toEqual([
      ['bk1', 8000],
      ['bk2', 8000],
      ['bk3', 8000],
    ]);
  });

  it('keeps the screen on the same slide when only the marquee changes', () => {
    const first = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    const newSlogans = {
      ...PLAYLIST,
      marquee: { text: ['Chào mừng Đại hội XIII Công đoàn Việt Nam!'], speedPxPerS: 90 },
    };
    const second = nextPlayerState(first, inputs(newSlogans), LATER_MS);

    expect(second.epochMs).toBe(START_MS);
    expect(second.revision).toBeGreaterThan(first.revision);
    expect(second.marquee).toEqual({ slogans: ['Chào mừng Đại hội XIII Công đoàn Việt Nam!'], speedPxPerS: 90 });
    expect(positionAt(second.slides, second.epochMs, LATER_MS)).toEqual(
      positionAt(first.slides, first.epochMs, LATER_MS),
    );
  });

  it("keeps the epoch when only an image's URL or the clock setting changes", () => {
    const first = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    const downloaded = inputs(PLAYLIST, {
      showClock: false,
      context: { ...inputs(PLAYLIST).context, mediaUrlFor: (src) => `/media/cache/${src}.webp` },
    });
    const second = nextPlayerState(first, downloaded, LATER_MS);
    expect(second.epochMs).toBe(START_MS);
    expect(second.slides[0]).toMatchObject({ kind: 'image', src: '/media/cache/bk1.webp' });
    expect(second.showClock).toBe(false);
  });

  it('keeps the position when the feed brings other articles for the same news slots', () => {
    const article = (key: string): FeedArticle => ({
      key,
      title: `Tin ${key}`,
      link: null,
      publishedAtMs: null,
      image: null,
      summary: '',
      author: null,
      categories: [],
    });
    const withArticles = (keys: string[]) =>
      inputs(PLAYLIST, {
        context: {
          ...inputs(PLAYLIST).context,
          news: { ...inputs(PLAYLIST).context.news, featured: keys.map(article) },
        },
      });
    const first = nextPlayerState(null, withArticles(['a', 'b']), START_MS);
    const second = nextPlayerState(first, withArticles(['c', 'a']), LATER_MS);
    expect(second.epochMs).toBe(START_MS);
    expect(second.slides.filter((s) => s.kind === 'news').map((s) => s.kind === 'news' && s.title)).toEqual([
      'Tin c',
      'Tin a',
    ]);
    // One article fewer is a different rotation: it starts again.
    expect(nextPlayerState(second, withArticles(['c']), LATER_MS + 1).epochMs).toBe(LATER_MS + 1);
  });

  it.each([
    ['an item is added', { ...PLAYLIST, items: [...PLAYLIST.items, image('bk4')] }],
    ['an item is removed', { ...PLAYLIST, items: PLAYLIST.items.slice(1) }],
    ['an item is shown for longer', { ...PLAYLIST, items: [image('bk1', 15), ...PLAYLIST.items.slice(1)] }],
    ['the items are reordered', { ...PLAYLIST, items: [image('bk2'), image('bk1'), image('bk3')] }],
  ])('restarts the rotation from the first item, now, when %s', (_what, changed) => {
    const first = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    const second = nextPlayerState(first, inputs(changed), LATER_MS);
    expect(second.epochMs).toBe(LATER_MS);
    expect(second.revision).toBe(first.revision + 1);
    expect(positionAt(second.slides, second.epochMs, LATER_MS)?.index).toBe(0);
  });

  it('after a host restart, resumes the saved rotation at the slide the clock says, not at the first', () => {
    const before = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    const anchor = { rotationKey: stateRotationKey(before), epochMs: before.epochMs };
    const restarted = nextPlayerState(null, inputs(PLAYLIST), LATER_MS, anchor);
    expect(restarted.epochMs).toBe(START_MS);
    expect(positionAt(restarted.slides, restarted.epochMs, LATER_MS)?.item.id).toBe(
      positionAt(before.slides, before.epochMs, LATER_MS)?.item.id,
    );
  });

  it('after a restart with a different playlist, starts the new rotation now', () => {
    const before = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    const anchor = { rotationKey: stateRotationKey(before), epochMs: before.epochMs };
    const changed: Playlist = { ...PLAYLIST, items: [image('bk4'), image('bk5')] };
    expect(nextPlayerState(null, inputs(changed), LATER_MS, anchor).epochMs).toBe(LATER_MS);
  });

  it('increases the revision with every state', () => {
    let state = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    const revisions = [state.revision];
    for (let i = 1; i <= 3; i++) {
      state = nextPlayerState(state, inputs(PLAYLIST), START_MS + i * 1000);
      revisions.push(state.revision);
    }
    expect(revisions).toEqual([1, 2, 3, 4]);
  });
});

describe('scheduled rotations and announcements', () => {
  const weekend = { days: ['sat' as const, 'sun' as const] };
  const WITH_SCHEDULED: Playlist = {
    ...PLAYLIST,
    playlists: [
      { id: 'cuoi-tuan', priority: 5, schedule: weekend, items: [image('bk4'), image('bk5')] },
      {
        id: 'dai-hoi',
        priority: 50,
        schedule: { from: '2023-11-30', until: '2023-12-02' },
        items: [image('bk1', 12)],
        marquee: { text: ['Chào mừng Đại hội'] },
      },
    ],
  };
  const announcement = (id: string, startsAtMs: number, endsAtMs: number) => ({
    id,
    mode: 'banner' as const,
    title: `Thông báo ${id}`,
    body: '',
    startsAtMs,
    endsAtMs,
  });

  it('carries the scheduled playlists, highest priority first, with their own slides and marquee', () => {
    const state = nextPlayerState(null, inputs(WITH_SCHEDULED), START_MS);
    expect(state.scheduled.map((r) => [r.id, r.slides.map((s) => s.id), r.marquee?.slogans ?? null])).toEqual([
      ['dai-hoi', ['bk1'], ['Chào mừng Đại hội']],
      ['cuoi-tuan', ['bk4', 'bk5'], null],
    ]);
    expect(nextPlayerState(null, inputs(PLAYLIST), START_MS).scheduled).toEqual([]);
  });

  it.each([
    [
      'a scheduled playlist gains an item',
      (p: Playlist) => withScheduled(p, 0, { items: [image('bk4'), image('bk3')] }),
    ],
    ['a scheduled item is shown for longer', (p: Playlist) => withScheduled(p, 1, { items: [image('bk1', 20)] })],
    ['a schedule changes', (p: Playlist) => withScheduled(p, 0, { schedule: { days: ['sun' as const] } })],
    ['a priority changes', (p: Playlist) => withScheduled(p, 0, { priority: 99 })],
    ['the scheduled playlists are removed', (p: Playlist) => ({ ...p, playlists: [] })],
    [
      "a default item's schedule changes",
      (p: Playlist) => ({ ...p, items: [{ ...image('bk1'), schedule: weekend }, ...p.items.slice(1)] }),
    ],
  ])('restarts the rotation when %s', (_what, change) => {
    const first = nextPlayerState(null, inputs(WITH_SCHEDULED), START_MS);
    expect(nextPlayerState(first, inputs(change(WITH_SCHEDULED)), LATER_MS).epochMs).toBe(LATER_MS);
  });

  it("keeps the epoch when only a scheduled playlist's marquee or the announcements change", () => {
    const first = nextPlayerState(null, inputs(WITH_SCHEDULED), START_MS);
    const cosmetic = withScheduled(WITH_SCHEDULED, 1, { marquee: { text: ['Khẩu hiệu mới'] } });
    const second = nextPlayerState(
      first,
      inputs(cosmetic, { announcements: [announcement('a', START_MS, LATER_MS + 60_000)] }),
      LATER_MS,
    );
    expect(second.epochMs).toBe(START_MS);
    expect(second.scheduled[0]?.marquee?.slogans).toEqual(['Khẩu hiệu mới']);
    expect(second.announcements.map((a) => a.id)).toEqual(['a']);
  });

  it('resumes a saved anchor only when the scheduled rotations are the same too', () => {
    const before = nextPlayerState(null, inputs(WITH_SCHEDULED), START_MS);
    const anchor = { rotationKey: stateRotationKey(before), epochMs: START_MS };
    expect(nextPlayerState(null, inputs(WITH_SCHEDULED), LATER_MS, anchor).epochMs).toBe(START_MS);
    expect(nextPlayerState(null, inputs(PLAYLIST), LATER_MS, anchor).epochMs).toBe(LATER_MS);
  });

  it('keeps the key of a rotation without schedules as earlier versions saved it', () => {
    const state = nextPlayerState(null, inputs(PLAYLIST), START_MS);
    expect(rotationKey(state.slides)).toBe(JSON.stringify(state.slides.map((s) => [s.itemId, s.durationMs])));
    expect(stateRotationKey(state)).toBe(rotationKey(state.slides));
  });

  it('leaves ended announcements out and orders the others by start', () => {
    const state = nextPlayerState(
      null,
      inputs(PLAYLIST, {
        announcements: [
          announcement('later', START_MS + 60_000, START_MS + 120_000),
          announcement('ended', START_MS - 120_000, START_MS),
          announcement('now', START_MS - 60_000, START_MS + 1),
        ],
      }),
      START_MS,
    );
    expect(state.announcements.map((a) => a.id)).toEqual(['now', 'later']);
  });
});

function withScheduled(playlist: Playlist, index: number, change: object): Playlist {
  const playlists = [...(playlist.playlists ?? [])];
  playlists[index] = { ...playlists[index], ...change } as (typeof playlists)[number];
  return { ...playlist, playlists };
}
