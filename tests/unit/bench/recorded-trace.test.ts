/**
 * Figures from real traces of this machine's Chromium 156 (recorded by bench/trace/record-fixture.ts,
 * which describes both pages). The expectations are what is known about how each page was made, not
 * what the code happened to print.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  frameStats,
  layoutsPerSecond,
  mainThreadBusy,
  pageRendererPid,
  parseTrace,
  presentedFrameTimes,
  windowFromMarks,
} from '../../../bench/trace';

const load = (name: string) => {
  const file = new URL(`../../fixtures/traces/${name}.json.gz`, import.meta.url);
  const events = parseTrace(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')));
  return { events, window: windowFromMarks(events, 'fixture-start', 'fixture-end') };
};

describe('a CSS transform keyframe animation with an idle main thread', () => {
  const { events, window } = load('transform-animation');

  it('reads as about 60 presented frames per second, steady', () => {
    const stats = frameStats(presentedFrameTimes(events), window);
    expect(stats.source).toBe('display');
    expect(stats.fps).toBeGreaterThan(54);
    expect(stats.fps).toBeLessThan(63);
    expect(stats.intervalsMs.p50).toBeGreaterThan(15.5);
    expect(stats.intervalsMs.p50).toBeLessThan(18);
    expect(stats.longestGapMs).toBeLessThan(50);
  });

  it('gives the same frames from the page renderer’s PipelineReporter as from Display::FrameDisplayed', () => {
    const display = frameStats(presentedFrameTimes(events, { source: 'display' }), window);
    const renderer = frameStats(presentedFrameTimes(events, { source: 'renderer' }), window);
    expect(Math.abs(display.frames - renderer.frames)).toBeLessThanOrEqual(2);
  });

  it('finds the page renderer (the one that marked the window) and sees its main thread nearly idle', () => {
    expect(pageRendererPid(events)).toBe(pageRendererPid(events, { mark: 'fixture-start' }));
    const busy = mainThreadBusy(events, window);
    expect(busy.idleFraction).toBeGreaterThan(0.95);
    expect(busy.busyMsPerS).toBeGreaterThan(0); // the trace does hold its small tasks
    expect(layoutsPerSecond(events, window)).toBe(0);
  });
});

describe('a main-thread animation under a 150 ms busy loop every 500 ms (6 loops in the window)', () => {
  const { events, window } = load('busy-loop');

  it('sees about 300 ms of busy time per second, not twice that (RunTask wraps the same task twice)', () => {
    const busy = mainThreadBusy(events, window);
    expect(busy.busyMsPerS).toBeGreaterThanOrEqual(295); // 6 × 150 ms in a 3 s window, plus animation frames
    expect(busy.busyMsPerS).toBeLessThan(450);
    expect(busy.idleFraction).toBeCloseTo(1 - busy.busyMsPerS / 1000, 9);
  });

  it('sees the one forced layout of each loop: 2 per second', () => {
    expect(layoutsPerSecond(events, window)).toBeCloseTo(2, 1);
  });

  it('sees the frames stop while each loop runs', () => {
    const stats = frameStats(presentedFrameTimes(events), window);
    expect(stats.longestGapMs).toBeGreaterThanOrEqual(150);
    expect(stats.intervalsMs.p99).toBeGreaterThanOrEqual(100);
    // Each 150 ms stall misses about 8 vsync slots, 6 stalls at least ~40; a steady cadence in between.
    expect(stats.dropped).toBeGreaterThanOrEqual(36);
    expect(stats.fps).toBeLessThan(52);
    expect(stats.fps).toBeGreaterThan(30);
    expect(stats.intervalsMs.p50).toBeLessThan(18);
  });
});

describe('Pano’s idle marquee at 1920×1080, where viz skips every draw (bench/trace/record-marquee-fixture.ts)', () => {
  const { events, window } = load('pano-marquee-1080p');

  it('reads about 60 frames per second from the frames the page submitted, as the screencast counted', () => {
    const times = presentedFrameTimes(events);
    const stats = frameStats(times, window);
    expect(stats.source).toBe('submitted');
    expect(stats.fps).toBeGreaterThan(54);
    expect(stats.fps).toBeLessThan(63);
    expect(stats.intervalsMs.p50).toBeGreaterThan(15.5);
    expect(stats.intervalsMs.p50).toBeLessThan(18);
    expect(stats.longestGapMs).toBeLessThan(50);
  });

  it('is the case the display source misses: no Display::FrameDisplayed and no presented PipelineReporter', () => {
    expect(frameStats(presentedFrameTimes(events, { source: 'display' }), window).frames).toBe(0);
    expect(frameStats(presentedFrameTimes(events, { source: 'renderer' }), window).frames).toBe(0);
  });
});
