import { describe, expect, it } from 'vitest';
import type { PlayerState } from '../../../../main/core/player-state';
import { checkPlayerState } from '../../../../main/core/player-state-schema';
import { DEFAULT_DISPLAY_POWER_SETTINGS } from '../../../../main/core/kiosk/display-power-policy';
import { DEFAULT_MAINTENANCE_SETTINGS } from '../../../../main/core/kiosk/maintenance-policy';

const good: PlayerState = {
  revision: 3,
  epochMs: Date.parse('2026-11-26T00:00:00Z'),
  timezone: 'Asia/Ho_Chi_Minh',
  slides: [
    {
      kind: 'image',
      id: 'bk1',
      itemId: 'bk1',
      src: '/media/bundled/bk1.jpg',
      durationMs: 8000,
      transition: 'crossfade',
      fit: 'auto',
    },
  ],
  marquee: { slogans: ['Đoàn kết – Dân chủ – Đổi mới'], speedPxPerS: 120 },
  scheduled: [],
  announcements: [],
  news: { lastSuccessAtMs: null, staleAfterMs: 21_600_000 },
  showClock: true,
  version: '0.1.0',
  maintenance: DEFAULT_MAINTENANCE_SETTINGS,
  displayPower: DEFAULT_DISPLAY_POWER_SETTINGS,
};

describe('the PlayerState a screen accepts', () => {
  it('takes a state as the host builds it', () => {
    expect(checkPlayerState(good)).toEqual({ ok: true, state: good });
  });

  it('refuses a NaN epoch (the preload clones NaN as it is) and names the field', () => {
    const checked = checkPlayerState({ ...good, epochMs: Number.NaN });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toMatch(/^epochMs: .*NaN/);
  });

  it('refuses a duration that is not a number, naming the slide and the field', () => {
    const slide = { ...good.slides[0], durationMs: '8000' };
    const checked = checkPlayerState({ ...good, slides: [slide] });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toMatch(/^slides\[0\]\.durationMs: /);
  });

  it('refuses durations of zero or fractions of a millisecond, infinite numbers and unknown kinds', () => {
    const slide = good.slides[0] as PlayerState['slides'][number];
    for (const bad of [
      { ...good, slides: [{ ...slide, durationMs: 0 }] },
      { ...good, slides: [{ ...slide, durationMs: 12.5 }] },
      { ...good, epochMs: Number.POSITIVE_INFINITY },
      { ...good, marquee: { slogans: [], speedPxPerS: -1 } },
      { ...good, slides: [{ ...slide, transition: 'spin' }] },
      { ...good, revision: undefined },
      null,
      'state',
    ]) {
      expect(checkPlayerState(bad).ok).toBe(false);
    }
  });
});
