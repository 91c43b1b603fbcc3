import { describe, expect, it } from 'vitest';
import { frameStats, percentile, presentedFrameTimes } from '../../../bench/trace';
import { cadence, displayed, meta, reporter, submittedUndrawn } from './synthetic-trace';

const PERIOD = 1000 / 60;

describe('percentile (nearest rank)', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('returns one of the values: the smallest with at least p % of the list at or below it', () => {
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 95)).toBe(10);
    expect(percentile(ten, 10)).toBe(1);
    expect(percentile(ten, 11)).toBe(2);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it('shows one hitch in a hundred intervals at p99 and the worst at p100', () => {
    const hundred = [...Array.from({ length: 98 }, () => 16), 40, 150];
    expect(percentile(hundred, 99)).toBe(40);
    expect(percentile(hundred, 100)).toBe(150);
    expect(percentile(hundred, 98)).toBe(16);
  });

  it('gives NaN for no values and refuses a p outside 0..100 or unsorted values', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(ten, 101)).toThrow(/0\.\.100/);
    expect(() => percentile(ten, Number.NaN)).toThrow(/0\.\.100/);
    expect(() => percentile([3, 1, 2], 50)).toThrow(/sorted/);
  });
});

describe('frameStats', () => {
  it('reads a steady 60 Hz cadence as 60 fps with nothing dropped', () => {
    const window = { startUs: 1_000_000, endUs: 2_000_000 };
    const stats = frameStats(cadence(1_000_000, PERIOD, 60), window);
    expect(stats.frames).toBe(60);
    expect(stats.fps).toBeCloseTo(60, 6);
    expect(stats.dropped).toBe(0);
    expect(stats.intervalsMs.p50).toBeCloseTo(PERIOD, 0);
    expect(stats.intervalsMs.max).toBeLessThan(17.1);
    expect(stats.longestGapMs).toBeLessThan(17.1);
  });

  it('counts an interval of k refresh periods as k-1 dropped frames', () => {
    // 0, 16.7, 33.3, then nothing until 83.3 (a 3-period gap: 2 dropped), then 100, 150 (3 periods: 2 more).
    const times = [0, 16_667, 33_333, 83_333, 100_000, 150_000];
    const stats = frameStats(times, { startUs: 0, endUs: 150_001 });
    expect(stats.frames).toBe(6);
    expect(stats.dropped).toBe(4);
    expect(stats.longestGapMs).toBeCloseTo(50, 3);
    expect(stats.intervalsMs.max).toBeCloseTo(50, 3);
    expect(stats.intervalsMs.p50).toBeCloseTo(16.667, 2);
  });

  it('uses the refresh period it is given (30 Hz: a 66.7 ms interval drops one)', () => {
    const stats = frameStats([0, 33_333, 100_000], { startUs: 0, endUs: 100_001 }, 1000 / 30);
    expect(stats.dropped).toBe(1);
  });

  it('measures only frames inside the window, start included and end excluded', () => {
    const times = cadence(0, 10, 100); // every 10 ms for 1 s
    const stats = frameStats(times, { startUs: 200_000, endUs: 400_000 });
    expect(stats.frames).toBe(20); // 200, 210, ..., 390
    expect(stats.fps).toBeCloseTo(100, 6);
    expect(stats.intervalsMs.p99).toBeCloseTo(10, 6);
    // A 10 ms cadence at 60 Hz never misses a vsync slot.
    expect(stats.dropped).toBe(0);
  });

  it('counts a freeze at the window edges, clipped to the window', () => {
    // Frames stop 20 ms into a 300 ms window and the next one lands 500 ms later, outside it.
    const times = [0, 10_000, 20_000, 520_000];
    const stats = frameStats(times, { startUs: 0, endUs: 300_000 });
    expect(stats.frames).toBe(3);
    expect(stats.longestGapMs).toBeCloseTo(280, 6);
    expect(stats.dropped).toBe(Math.round(280 / PERIOD) - 1);
    expect(stats.intervalsMs.max).toBeCloseTo(10, 6); // only frame-to-frame intervals inside the window
  });

  it('reports a window with no frame as 0 fps, one long gap and NaN intervals', () => {
    const stats = frameStats([0, 1_000_000], { startUs: 100_000, endUs: 600_000 });
    expect(stats).toMatchObject({ frames: 0, fps: 0, longestGapMs: 500, dropped: 29 });
    expect(stats.intervalsMs.p50).toBeNaN();
  });

  it('refuses an empty or reversed window and a non-positive refresh period', () => {
    expect(() => frameStats([], { startUs: 5, endUs: 5 })).toThrow(/endUs must be after startUs/);
    expect(() => frameStats([], { startUs: 0, endUs: 10 }, 0)).toThrow(/refreshMs/);
  });
});

describe('presentedFrameTimes', () => {
  const renderer = [...meta(10, 'Renderer', { 10: 'CrRendererMain', 11: 'Compositor' })];

  it('prefers Display::FrameDisplayed, sorted by time', () => {
    const events = [
      ...renderer,
      displayed(300),
      displayed(100),
      displayed(200),
      ...reporter(10, 11, '0x1', 0, 50, 'STATE_PRESENTED_ALL'),
    ];
    expect(presentedFrameTimes(events)).toEqual([100, 200, 300]);
  });

  it('falls back to the page renderer’s presented PipelineReporter frames, timed at their end', () => {
    const events = [
      ...renderer,
      ...meta(20, 'Renderer', { 20: 'CrRendererMain', 21: 'Compositor' }),
      ...reporter(10, 11, '0x1', 0, 30, 'STATE_PRESENTED_ALL'),
      ...reporter(10, 11, '0x2', 17, 47, 'STATE_DROPPED'),
      ...reporter(10, 11, '0x1', 33, 63, 'STATE_PRESENTED_PARTIAL'),
      ...reporter(10, 11, '0x2', 50, 80, 'STATE_NO_UPDATE_DESIRED'),
      ...reporter(20, 21, '0x1', 5, 90, 'STATE_PRESENTED_ALL'), // another renderer, fewer frames
    ];
    expect(presentedFrameTimes(events)).toEqual([30, 63]);
    expect(presentedFrameTimes(events, { pid: 20 })).toEqual([90]);
    expect(presentedFrameTimes(events, { source: 'display' })).toEqual([]);
  });

  it('reads the renderer’s submitted frames, also when viz drew none of them, and says so', () => {
    // The 1920×1080 marquee case: ~60 submissions a second, viz skips every draw.
    const events = [...renderer, displayed(5)];
    for (let i = 0; i < 6; i += 1)
      events.push(...submittedUndrawn(10, 11, `0x${i + 1}`, 100 + i * 16_667, 120 + i * 16_667));
    const times = presentedFrameTimes(events);
    expect(times.source).toBe('submitted');
    expect([...times]).toEqual([0, 1, 2, 3, 4, 5].map((i) => 100 + i * 16_667));
    const stats = frameStats(times, { startUs: 0, endUs: 100_000 });
    expect(stats.frames).toBe(6);
    expect(stats.source).toBe('submitted');
    expect(presentedFrameTimes(events, { source: 'renderer' })).toEqual([]); // all reported dropped
  });

  it('counts a frame reported twice (a FORKED reporter shares the submission) once', () => {
    const events = [
      ...renderer,
      ...submittedUndrawn(10, 11, '0x1', 100, 120),
      ...submittedUndrawn(10, 11, '0x2', 100, 121), // the forked twin: same submission µs
      ...submittedUndrawn(10, 11, '0x3', 16_767, 16_790),
    ];
    expect([...presentedFrameTimes(events)]).toEqual([100, 16_767]);
  });

  it('reads Display::FrameDisplayed when the trace has no submissions, and says so', () => {
    const times = presentedFrameTimes([
      ...renderer,
      displayed(100),
      ...reporter(10, 11, '0x1', 0, 50, 'STATE_DROPPED'),
    ]);
    expect(times.source).toBe('display');
    expect(frameStats(times, { startUs: 0, endUs: 1000 }).source).toBe('display');
  });

  it('says which categories are missing when the trace holds no frame events', () => {
    expect(() => presentedFrameTimes(renderer)).toThrow(/TRACE_CATEGORIES/);
  });
});
