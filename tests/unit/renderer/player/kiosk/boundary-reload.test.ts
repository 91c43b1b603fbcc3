import { describe, expect, it } from 'vitest';
import {
  reloadAtSlideChange,
  ShowingTracker,
  type SlideChangeContext,
} from '../../../../../renderer/player/kiosk/boundary-reload';

// Hà Nội (UTC+7) has no daylight saving time: wall times are easy to read.
const TZ = 'Asia/Ho_Chi_Minh';
const hanoi = (iso: string) => Date.parse(`${iso}+07:00`);

function context(overrides: Partial<SlideChangeContext> = {}): SlideChangeContext {
  return {
    hostRequest: null,
    maintenance: { reloadAt: '03:30' },
    timeZone: TZ,
    nowMs: hanoi('2024-03-05T12:00:00'),
    lastLoadedAtMs: hanoi('2024-03-05T08:00:00'),
    announcements: [],
    ...overrides,
  };
}

describe('a reload at a slide change', () => {
  it('does not happen on an ordinary slide change', () => {
    expect(reloadAtSlideChange(context())).toBeNull();
  });

  it('happens at the first slide change after the maintenance time, for a page loaded before it', () => {
    const beforeDue = context({
      lastLoadedAtMs: hanoi('2024-03-04T09:00:00'),
      nowMs: hanoi('2024-03-05T03:29:59'),
    });
    expect(reloadAtSlideChange(beforeDue)).toBeNull();
    const afterDue = { ...beforeDue, nowMs: hanoi('2024-03-05T03:30:08') };
    expect(reloadAtSlideChange(afterDue)).toEqual({ reason: 'maintenance', detail: expect.stringContaining('03:30') });
  });

  it('does not happen again for a page that loaded after the maintenance time (the reloaded page)', () => {
    const reloaded = context({ lastLoadedAtMs: hanoi('2024-03-05T03:30:08'), nowMs: hanoi('2024-03-05T03:31:00') });
    expect(reloadAtSlideChange(reloaded)).toBeNull();
  });

  it('never happens when maintenance is off', () => {
    const off = context({ maintenance: { reloadAt: null }, lastLoadedAtMs: hanoi('2024-02-01T09:00:00') });
    expect(reloadAtSlideChange(off)).toBeNull();
  });

  it('obeys the host at the next slide change, naming its reason', () => {
    expect(reloadAtSlideChange(context({ hostRequest: 'renderer memory above 1 GiB' }))).toEqual({
      reason: 'host-request',
      detail: 'renderer memory above 1 GiB',
    });
  });

  it('waits while an announcement is on screen, and happens at the first slide change after it ends', () => {
    const announcement = { startsAtMs: hanoi('2024-03-05T03:00:00'), endsAtMs: hanoi('2024-03-05T04:00:00') };
    const during = context({
      lastLoadedAtMs: hanoi('2024-03-04T09:00:00'),
      nowMs: hanoi('2024-03-05T03:45:00'),
      announcements: [announcement],
      hostRequest: 'a leak',
    });
    expect(reloadAtSlideChange(during)).toBeNull();
    expect(reloadAtSlideChange({ ...during, hostRequest: null })).toBeNull();
    expect(reloadAtSlideChange({ ...during, hostRequest: null, nowMs: announcement.endsAtMs })).toMatchObject({
      reason: 'maintenance',
    });
  });
});

describe('telling a new showing of a slide from a re-render', () => {
  const bk1 = { id: 'bk1' };
  const bk2 = { id: 'bk2' };

  it('calls the first slide after load "first", each later change "next", and repeats "same"', () => {
    const tracker = new ShowingTracker();
    expect(tracker.observe({ slide: bk1, startedAtMs: 0 })).toBe('first');
    expect(tracker.observe({ slide: bk1, startedAtMs: 0 })).toBe('same');
    expect(tracker.observe({ slide: { id: 'bk1' }, startedAtMs: 0 })).toBe('same'); // a new state, same slide
    expect(tracker.observe({ slide: bk2, startedAtMs: 8_000 })).toBe('next');
  });

  it('counts the same slide in the next loop as a new showing', () => {
    const tracker = new ShowingTracker();
    tracker.observe({ slide: bk1, startedAtMs: 0 });
    expect(tracker.observe({ slide: bk1, startedAtMs: 8_000 })).toBe('next');
  });

  it('calls the first slide after the display woke "first" again', () => {
    const tracker = new ShowingTracker();
    tracker.observe({ slide: bk1, startedAtMs: 0 });
    tracker.forget();
    expect(tracker.observe({ slide: bk1, startedAtMs: 0 })).toBe('first');
  });
});
