import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../bench/trace/index';
import {
  SLIDE_MARK_PREFIX,
  slideStartTimes,
  pooledIntervalsMs,
  summariseTransitions,
  transitionWindows,
} from '../../../bench/support/transition-windows';

const markAt = (ts: number, key: string, pid = 7): TraceEvent => ({
  name: `${SLIDE_MARK_PREFIX}${key}`,
  cat: 'blink.user_timing',
  ph: 'I',
  ts,
  pid,
  tid: 1,
});
const OPTIONS = { leadMs: 100, transitionMs: 1000, tailMs: 250 };

describe('slide starts from the page marks', () => {
  it('takes one time per slide showing, oldest first, from the page renderer only', () => {
    const events = [
      markAt(5_000_000, 'b@2000'),
      markAt(2_000_000, 'a@1000'),
      markAt(2_000_100, 'a@1000'), // the same mark seen twice (begin and end of a mark)
      markAt(3_000_000, 'x@1', 99), // another renderer
      { ...markAt(1, 'ignored'), name: 'bench:window-start' },
    ];
    expect(slideStartTimes(events, 7)).toEqual([2_000_000, 5_000_000]);
  });
});

describe('transition windows', () => {
  const within = { startUs: 0, endUs: 10_000_000 };

  it('spans from just before a slide starts to the end of its entrance and a margin', () => {
    expect(transitionWindows([2_000_000], within, OPTIONS)).toEqual([{ startUs: 1_900_000, endUs: 3_250_000 }]);
  });

  it('drops a transition cut by the recording, so a half-seen one never reads as smooth', () => {
    expect(transitionWindows([50_000, 9_500_000], within, OPTIONS)).toEqual([]);
  });

  it('merges transitions that overlap into one window', () => {
    expect(transitionWindows([3_000_000, 2_000_000], within, OPTIONS)).toEqual([
      { startUs: 1_900_000, endUs: 4_250_000 },
    ]);
  });
});

describe('summarising transitions', () => {
  const stats = (frames: number, p50: number, p99: number, gap: number, dropped = 0) => ({
    frames,
    intervalsMs: { p50, p95: p99, p99, max: p99 },
    dropped,
    longestGapMs: gap,
  });
  const windows = [
    { startUs: 0, endUs: 1_000_000 },
    { startUs: 5_000_000, endUs: 6_000_000 },
  ];

  it('keeps the worst transition in sight, not an average that hides a hitch', () => {
    const pooled = [...Array<number>(105).fill(16.7), 17, 17, 17, 120];
    const summary = summariseTransitions(windows, pooled, [stats(60, 16.7, 17, 17), stats(50, 16.7, 120, 120, 7)]);
    expect(summary.transitions).toBe(2);
    expect(summary.fps).toBe(55);
    expect(summary.intervalsMs.max).toBe(120);
    expect(summary.worstWindowP99Ms).toBe(120);
    expect(summary.dropped).toBe(7);
    expect(summary.longestGapsMs).toEqual([17, 120]);
    expect(summary.longestGapMs).toBe(120);
  });

  it('takes percentiles over every transition frame together', () => {
    // 100 intervals: one in a hundred is long, so p99 is still a normal frame and max the long one.
    const pooled = [...Array<number>(99).fill(16.7), 40];
    const summary = summariseTransitions(windows, pooled, [stats(50, 16.7, 17, 17), stats(50, 16.7, 40, 40)]);
    expect(summary.intervalsMs.p50).toBe(16.7);
    expect(summary.intervalsMs.p99).toBe(16.7);
    expect(summary.intervalsMs.max).toBe(40);
  });

  it('pools intervals inside each window only, never across the time between transitions', () => {
    const frames = [0, 16_700, 33_400, 5_000_000, 5_020_000];
    expect(pooledIntervalsMs(frames, windows)).toEqual([16.7, 16.7, 20]);
  });

  it('says nothing was measured when no transition fell inside the recording', () => {
    const summary = summariseTransitions([], [], []);
    expect(summary.transitions).toBe(0);
    expect(summary.fps).toBeNaN();
    expect(summary.longestGapMs).toBeNaN();
  });
});
