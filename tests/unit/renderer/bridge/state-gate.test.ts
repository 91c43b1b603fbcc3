import { describe, expect, it } from 'vitest';
import type { ScreenReport } from '../../../../main/core/bridge';
import type { PlayerState } from '../../../../main/core/player-state';
import { SCREEN_REPORT_LIMITS } from '../../../../main/core/screen-report';
import { createStateGate } from '../../../../renderer/bridge/state-gate';
import { DEFAULT_DISPLAY_POWER_SETTINGS } from '../../../../main/core/kiosk/display-power-policy';
import { DEFAULT_MAINTENANCE_SETTINGS } from '../../../../main/core/kiosk/maintenance-policy';

const good: PlayerState = {
  revision: 1,
  epochMs: 1_764_115_200_000,
  timezone: 'Asia/Ho_Chi_Minh',
  slides: [
    {
      kind: 'image',
      id: 'bk1',
      itemId: 'bk1',
      src: '/media/bundled/bk1.jpg',
      durationMs: 8000,
      transition: 'zoom',
      fit: 'cover',
    },
  ],
  marquee: { slogans: [], speedPxPerS: 120 },
  scheduled: [],
  announcements: [],
  news: { lastSuccessAtMs: null, staleAfterMs: 21_600_000 },
  showClock: false,
  version: '0.1.0',
  maintenance: DEFAULT_MAINTENANCE_SETTINGS,
  displayPower: DEFAULT_DISPLAY_POWER_SETTINGS,
};

describe('the state gate of a bridge', () => {
  it('passes a valid state and drops an invalid one, reporting it once while it repeats', () => {
    const reports: ScreenReport[] = [];
    const gate = createStateGate((report) => reports.push(report));
    expect(gate(good)).toEqual(good);
    const broken = { ...good, epochMs: Number.NaN };
    expect(gate(broken)).toBeNull();
    expect(gate(broken)).toBeNull();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ type: 'render-error' });
    expect((reports[0] as { message: string }).message).toMatch(/^invalid state from host: epochMs: /);
    // A good state in between: the same problem later is news again.
    gate(good);
    gate(broken);
    expect(reports).toHaveLength(2);
  });

  it('keeps the report within what the host accepts', () => {
    const reports: ScreenReport[] = [];
    const gate = createStateGate((report) => reports.push(report));
    const slides = Array.from({ length: 200 }, (_, i) => ({ ...good.slides[0], id: `s${i}`, durationMs: 'x' }));
    expect(gate({ ...good, slides })).toBeNull();
    expect((reports[0] as { message: string }).message.length).toBeLessThanOrEqual(SCREEN_REPORT_LIMITS.message);
  });
});
