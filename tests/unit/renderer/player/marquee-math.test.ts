import { describe, expect, it } from 'vitest';
import {
  continuedPhaseMs,
  copiesToFill,
  loopFraction,
  marqueeDurationMs,
  marqueePhaseMs,
} from '../../../../renderer/player/marquee-math';

describe('marquee loop duration', () => {
  it('moves one strip width at the given speed: 2400 px at 120 px/s takes 20 s', () => {
    expect(marqueeDurationMs(2400, 120)).toBe(20_000);
  });

  it('keeps sub-pixel widths, so the seam does not creep', () => {
    expect(marqueeDurationMs(1234.5, 90)).toBeCloseTo(13_716.667, 2);
  });

  it('is 0 (no animation) for a strip not yet measured or a speed that is not positive', () => {
    expect(marqueeDurationMs(0, 120)).toBe(0);
    expect(marqueeDurationMs(2400, 0)).toBe(0);
    expect(marqueeDurationMs(2400, -5)).toBe(0);
    expect(marqueeDurationMs(Number.NaN, 120)).toBe(0);
    expect(marqueeDurationMs(2400, Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('copies that fill the band', () => {
  it('needs two copies when one strip is wider than the screen', () => {
    expect(copiesToFill(6000, 1920)).toBe(2);
  });

  it('repeats a short strip until the band plus one strip is covered', () => {
    // 500 px strip on a 1920 px band: 4 copies cover 2000 px, one more to slide over.
    expect(copiesToFill(500, 1920)).toBe(5);
    expect(copiesToFill(480, 1920)).toBe(5);
    expect(copiesToFill(3840, 3840)).toBe(2);
  });

  it('always covers the band at every point of the loop', () => {
    for (const [strip, band] of [
      [333.3, 1920],
      [1000, 1080],
      [77, 3840],
    ] as const) {
      const copies = copiesToFill(strip, band);
      // At offset t in [0, strip) the visible part of the track is [t, t + band].
      expect(copies * strip).toBeGreaterThanOrEqual(strip + band);
    }
  });

  it('renders two copies while the strip is unmeasured', () => {
    expect(copiesToFill(0, 1920)).toBe(2);
  });
});

describe('marquee phase from the clock', () => {
  it('is the same for two screens at the same moment, and resumes in place after a reload', () => {
    const nowMs = Date.parse('2026-11-26T09:05:00.123Z');
    expect(marqueePhaseMs(nowMs, 20_000)).toBe(marqueePhaseMs(nowMs, 20_000));
    expect(marqueePhaseMs(nowMs + 20_000, 20_000)).toBe(marqueePhaseMs(nowMs, 20_000));
  });

  it('advances with time within one loop', () => {
    expect(marqueePhaseMs(45_500, 20_000)).toBe(5_500);
    expect(marqueePhaseMs(46_500, 20_000)).toBe(6_500);
  });

  it('stays within [0, duration) even for a clock before 1970, and is 0 with no duration', () => {
    expect(marqueePhaseMs(-1_000, 20_000)).toBe(19_000);
    expect(marqueePhaseMs(12_345, 0)).toBe(0);
  });
});

describe('a strip re-measured while it runs', () => {
  it('carries on from the same point of its loop instead of jumping to the clock phase', () => {
    // A quarter through a 10 s loop; the real font makes the strip 20 % wider.
    const fraction = loopFraction(2_500, 10_000);
    expect(fraction).toBe(0.25);
    expect(continuedPhaseMs(fraction, 12_000)).toBe(3_000);
    // Any number of loops in, the position within the loop is what counts.
    expect(loopFraction(7 * 10_000 + 2_500, 10_000)).toBe(0.25);
  });

  it('never gives a time outside the loop, whatever it is handed', () => {
    expect(loopFraction(Number.NaN, 10_000)).toBe(0);
    expect(loopFraction(1_000, 0)).toBe(0);
    expect(continuedPhaseMs(Number.POSITIVE_INFINITY, 10_000)).toBe(0);
    expect(continuedPhaseMs(0.5, 0)).toBe(0);
    expect(continuedPhaseMs(1.25, 8_000)).toBe(2_000);
  });
});
