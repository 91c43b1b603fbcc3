import { describe, expect, it } from 'vitest';
import type { AnnouncementState, PlayerState } from '../../../../main/core/player-state';
import { cardView } from '../../../../renderer/player/card-view';
import {
  activeAnnouncements,
  sameAnnouncements,
  sameRotation,
  visibleRotation,
} from '../../../../renderer/player/screen-schedule';
import { waitUntilChangeMs } from '../../../../renderer/player/use-clocked-value';
import { textSlide } from './item-fixtures';
import { imageSlide } from './news-fixtures';
import { DEFAULT_DISPLAY_POWER_SETTINGS } from '../../../../main/core/kiosk/display-power-policy';
import { DEFAULT_MAINTENANCE_SETTINGS } from '../../../../main/core/kiosk/maintenance-policy';

const T0 = Date.parse('2026-11-26T08:00:00+07:00');
const MINUTE = 60_000;

function announcement(overrides: Partial<AnnouncementState>): AnnouncementState {
  return {
    id: 'hop',
    mode: 'takeover',
    title: 'Mời toàn thể cán bộ về hội trường',
    body: '',
    startsAtMs: T0 + 10 * MINUTE,
    endsAtMs: T0 + 20 * MINUTE,
    ...overrides,
  };
}

function state(overrides: Partial<PlayerState> = {}): PlayerState {
  return {
    revision: 1,
    epochMs: T0 - 60 * MINUTE,
    timezone: 'Asia/Ho_Chi_Minh',
    slides: [imageSlide(), textSlide({ schedule: { times: [{ start: '08:30', end: '09:00' }] } })],
    marquee: { slogans: ['Đoàn kết – Dân chủ – Đổi mới'], speedPxPerS: 120 },
    scheduled: [],
    announcements: [],
    news: { lastSuccessAtMs: null, staleAfterMs: 21_600_000 },
    showClock: true,
    version: '0.1.0',
    maintenance: DEFAULT_MAINTENANCE_SETTINGS,
    displayPower: DEFAULT_DISPLAY_POWER_SETTINGS,
    ...overrides,
  };
}

describe('the rotation a screen keeps', () => {
  it('is the same while the same slots play from the same start, so the timeline is not restarted', () => {
    const s = state();
    expect(sameRotation(visibleRotation(s, T0), visibleRotation(s, T0 + 29 * MINUTE))).toBe(true);
  });

  it('changes when a scheduled item enters its window, exactly when core said it would', () => {
    const s = state();
    const before = visibleRotation(s, T0);
    expect(before.nextChangeAtMs).toBe(T0 + 30 * MINUTE);
    const inside = visibleRotation(s, before.nextChangeAtMs as number);
    expect(inside.slides.map((slide) => slide.itemId)).toEqual(['bk1', 'thong-bao']);
    expect(sameRotation(before, inside)).toBe(false);
  });
});

describe('the announcements a screen keeps', () => {
  it('change only when one starts or ends', () => {
    const s = state({ announcements: [announcement({}), announcement({ id: 'bang', mode: 'banner' })] });
    const before = activeAnnouncements(s, T0);
    const during = activeAnnouncements(s, T0 + 10 * MINUTE);
    expect(before.nextChangeAtMs).toBe(T0 + 10 * MINUTE);
    expect(sameAnnouncements(before, during)).toBe(false);
    expect(sameAnnouncements(during, activeAnnouncements(s, T0 + 15 * MINUTE))).toBe(true);
    expect(during.takeover?.id).toBe('hop');
    expect(during.banners.map((banner) => banner.id)).toEqual(['bang']);
    expect(sameAnnouncements(before, activeAnnouncements(s, T0 + 20 * MINUTE))).toBe(true);
  });
});

describe('the one timer of a clocked value', () => {
  it('sleeps until the change, at most 30 s (a corrected clock is noticed), and never spins on a past change', () => {
    expect(waitUntilChangeMs(T0 + 5_000, T0)).toBe(5_000);
    expect(waitUntilChangeMs(T0, T0)).toBe(0);
    expect(waitUntilChangeMs(T0 + 3_600_000, T0)).toBe(30_000);
    expect(waitUntilChangeMs(null, T0)).toBe(30_000);
    expect(waitUntilChangeMs(T0 - 10, T0)).toBe(1_000);
  });
});

describe('text on cards', () => {
  it('is NFC, a one-line title and a trimmed body; anything not text prints nothing', () => {
    expect(cardView('  Thông báo\n khẩn '.normalize('NFD'), ' Nội dung \n\n Đoạn hai '.normalize('NFD'))).toEqual({
      title: 'Thông báo khẩn',
      body: 'Nội dung \n\n Đoạn hai'.normalize('NFC'),
    });
    expect(cardView(undefined, 42)).toEqual({ title: '', body: '' });
  });

  it('keeps markup as text', () => {
    expect(cardView('<b>Họp</b>', '<script>x</script>').title).toBe('<b>Họp</b>');
  });
});
