import { describe, expect, it } from 'vitest';
import {
  announcementOnScreen,
  atSlideChange,
  nextSlideChangeAtMs,
  nextWindowOpensAtMs,
} from '../../../../main/services/update/install-timing';
import { announcement, hallState, hanoi, scheduled } from '../../core/schedule/state-fixtures';

const EPOCH = hanoi('2026-11-26') + 3000;

describe('when an install may interrupt the screen', () => {
  it('knows the next slide change from the timeline the screen plays (8 s slides from 00:00:03)', () => {
    const state = hallState({ epochMs: EPOCH });
    expect(nextSlideChangeAtMs(state, hanoi('2026-11-26', '10:00'))).toBe(hanoi('2026-11-26', '10:00') + 3000);
    expect(atSlideChange(state, hanoi('2026-11-26', '10:00') + 3000)).toBe(true);
    expect(atSlideChange(state, hanoi('2026-11-26', '10:00') + 3000 + 1499)).toBe(true);
    expect(atSlideChange(state, hanoi('2026-11-26', '10:00') + 3000 + 1500)).toBe(false);
  });

  it('a scheduled playlist starting mid-slide is a slide change too', () => {
    const state = hallState({
      epochMs: EPOCH,
      scheduled: [scheduled('hoi-nghi', 10, { times: [{ start: '10:00', end: '11:00' }] }, ['bk4'])],
    });
    // At 09:59:59 bk… would run until 10:00:03; the meeting's playlist takes over at 10:00:00.
    expect(nextSlideChangeAtMs(state, hanoi('2026-11-26', '09:59') + 59_000)).toBe(hanoi('2026-11-26', '10:00'));
    expect(atSlideChange(state, hanoi('2026-11-26', '10:00') + 200)).toBe(true);
  });

  it('with nothing to show (the standby card) any moment will do', () => {
    const state = hallState({ epochMs: EPOCH, slides: [] });
    expect(atSlideChange(state, hanoi('2026-11-26', '10:00') + 4321)).toBe(true);
    expect(nextSlideChangeAtMs(state, hanoi('2026-11-26', '10:00'))).toBeNull();
  });

  it('sees banners and takeovers, and when they end', () => {
    const ends = hanoi('2026-11-26', '10:30');
    const state = hallState({ announcements: [announcement('a', 'banner', hanoi('2026-11-26', '10:00'), ends)] });
    expect(announcementOnScreen(state, hanoi('2026-11-26', '10:10'))).toEqual({ showing: true, changesAtMs: ends });
    expect(announcementOnScreen(state, ends).showing).toBe(false);
  });

  it('the window next opens tonight, or tomorrow night once tonight’s has begun', () => {
    const window = { start: '02:00' };
    expect(nextWindowOpensAtMs(window, 'Asia/Ho_Chi_Minh', hanoi('2026-11-26', '14:00'))).toBe(
      hanoi('2026-11-27', '02:00'),
    );
    expect(nextWindowOpensAtMs(window, 'Asia/Ho_Chi_Minh', hanoi('2026-11-27', '01:00'))).toBe(
      hanoi('2026-11-27', '02:00'),
    );
    expect(nextWindowOpensAtMs(window, 'Asia/Ho_Chi_Minh', hanoi('2026-11-27', '02:00'))).toBe(
      hanoi('2026-11-28', '02:00'),
    );
  });
});
