import { describe, expect, it } from 'vitest';
import { countWarningsAndErrors, unexpectedKinds } from '../../../drills/soak/host-log';
import { reloadBlanksMs } from '../../../drills/soak/page-reloads';
import { reloadsDue, SOAK_RELOAD_AT, SOAK_STARTS_AT_HOUR, soakPlan, soakStartMs } from '../../../drills/soak/plan';
import type { SlideSeen } from '../../../drills/soak/screen-probe';
import { longestStillness } from '../../../drills/soak/screen-stillness';

describe('the longest time nothing new was on screen', () => {
  const watch = { fromMs: 0, toMs: 100_000 };

  it('is the longest stretch between changes, the end of the watch included', () => {
    const still = longestStillness([0, 30_000, 60_000, 75_000], [], watch);
    expect(still.longestMs).toBe(30_000);
    expect(longestStillness([0, 30_000], [], watch)).toEqual({
      longestMs: 70_000,
      span: { fromMs: 30_000, toMs: 100_000 },
    });
  });

  it('catches a screen that froze, in any order the changes were collected', () => {
    expect(longestStillness([90_000, 0, 10_000], [], watch).longestMs).toBe(80_000);
  });

  it('leaves out only the time the page itself was gone, counting up to its going and from its return', () => {
    // Changes at 0 and 20 s, the renderer dies at 40 s, a new page at 50 s shows its first slide at 52 s.
    const still = longestStillness([0, 20_000, 52_000, 82_000], [{ fromMs: 40_000, toMs: 50_000 }], watch);
    expect(still.longestMs).toBe(30_000); // 52 → 82 s; 20 → 40 s and 50 → 52 s are shorter
    // A page that came back and showed nothing new for long is caught.
    expect(longestStillness([0, 20_000], [{ fromMs: 30_000, toMs: 40_000 }], watch).longestMs).toBe(60_000);
  });
});

describe('the host log', () => {
  const line = (level: string, event: string, message = '') => JSON.stringify({ time: 't', level, event, message });

  it('counts warnings and errors by kind and skips info and torn lines', () => {
    const text = [
      line('warn', 'feed-unreachable'),
      line('warn', 'feed-unreachable'),
      line('info', 'feed-back'),
      '{"level":"error","ev',
      line('error', 'playlist-write-failed'),
    ].join('\n');
    const counts = countWarningsAndErrors(text);
    expect(counts).toEqual({ 'warn:feed-unreachable': 2, 'error:playlist-write-failed': 1 });
    expect(unexpectedKinds(counts, ['warn:feed-unreachable'])).toEqual(['error:playlist-write-failed']);
  });

  it('lets one cause of an event be counted apart', () => {
    const text = [
      line('warn', 'screen-image-failed', 'not decoded within 20000 ms'),
      line('warn', 'screen-image-failed', '404'),
    ];
    const counts = countWarningsAndErrors(text.join('\n'), (r) =>
      r.message.includes('not decoded') ? 'decode-outrun' : `${r.level}:${r.event}`,
    );
    expect(counts).toEqual({ 'decode-outrun': 1, 'warn:screen-image-failed': 1 });
  });
});

describe('the soak plan', () => {
  it('restarts the host and kills the renderer twice in twelve hours, each way once', () => {
    expect(soakPlan(8, 4).filter((h) => h.host !== 'keep' || h.renderer !== 'keep')).toHaveLength(4);
    const plan = soakPlan(12);
    expect(plan.filter((h) => h.host !== 'keep').map((h) => [h.hour, h.host])).toEqual([
      [4, 'sigterm'],
      [10, 'sigkill'],
    ]);
    expect(plan.filter((h) => h.renderer !== 'keep').map((h) => [h.hour, h.renderer])).toEqual([
      [1, 'crash'],
      [7, 'close'],
    ]);
  });

  it('cycles the feed through every mood and expects a banner on screen exactly while one is in force', () => {
    const plan = soakPlan(8);
    expect(new Set(plan.map((h) => h.feed)).size).toBe(5);
    expect(plan.map((h) => h.bannersAtEnd)).toEqual([0, 1, 1, 0, 0, 1, 1, 0]);
    expect(() => soakPlan(0)).toThrow(/whole number of hours/);
  });
});

describe("the soak's nights", () => {
  it('starts the page clock at the next 22:00 in Vietnam', () => {
    // 17:29 in Hà Nội: 22:00 the same evening; 23:00: 22:00 the next evening.
    expect(new Date(soakStartMs(Date.parse('2026-11-27T10:29:00Z'))).toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(new Date(soakStartMs(Date.parse('2026-11-27T16:00:00Z'))).toISOString()).toBe('2026-11-28T15:00:00.000Z');
  });

  it('counts one maintenance reload a night', () => {
    const startMs = Date.parse('2026-11-27T15:00:00Z');
    expect(reloadsDue(startMs, 3)).toBe(0); // 22:00 → 01:00
    expect(reloadsDue(startMs, 8)).toBe(1);
    expect(reloadsDue(startMs, 7 * 24)).toBe(7);
  });

  // Hours since the start at 22:00; the reload hour must be free of banners (a banner in force holds the reload
  // back) and come after every renderer replacement of its local day (a page loaded that day counts as its refresh).
  it.each([
    ['short', 8, 4],
    ['full', 7 * 24, 12],
  ])("puts each night's reload of the %s form where nothing holds it back", (_form, hours, cadence) => {
    const [h, m] = SOAK_RELOAD_AT.split(':').map(Number) as [number, number];
    const firstReloadHour = (24 - SOAK_STARTS_AT_HOUR + h + m / 60) % 24;
    const dayOf = (hour: number) => Math.floor((SOAK_STARTS_AT_HOUR + hour) / 24);
    const plan = soakPlan(hours, cadence);
    const replacements = plan.filter((hour) => hour.renderer !== 'keep').map((hour) => hour.hour + 0.5);
    let nights = 0;
    for (let reloadHour = firstReloadHour; reloadHour < hours; reloadHour += 24) {
      nights += 1;
      const hour = plan[Math.floor(reloadHour)];
      expect(hour?.bannersAtEnd).toBe(0);
      expect(hour?.announcement).not.toMatch(/^add-/);
      const sameDayBefore = replacements.filter((at) => dayOf(at) === dayOf(reloadHour) && at < reloadHour);
      expect(sameDayBefore).toEqual([]);
    }
    expect(nights).toBe(hours === 8 ? 1 : 7);
  });
});

describe('how long a reload left the screen blank', () => {
  const seen = (realMs: number): SlideSeen => ({ atMs: 0, realMs, itemId: 'bk1', title: null });

  it('runs from the new document to its first slide, in real time', () => {
    expect(reloadBlanksMs([1000, 5000], [seen(900), seen(1170), seen(1400), seen(5300)])).toEqual([170, 300]);
  });

  it('is not a number when the reloaded page never showed a slide', () => {
    expect(reloadBlanksMs([1000], [seen(900)])).toEqual([Number.NaN]);
  });
});
