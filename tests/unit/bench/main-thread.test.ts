import { describe, expect, it } from 'vitest';
import { layoutsPerSecond, mainThreadBusy, unionLengthUs } from '../../../bench/trace';
import { layout, meta, reporter, task } from './synthetic-trace';

// The page's renderer (pid 10, main thread 10) beside a busier WebUI renderer and a spare renderer.
const processes = [
  ...meta(10, 'Renderer', { 10: 'CrRendererMain', 11: 'Compositor' }),
  ...meta(30, 'WebUI Top Renderer', { 30: 'CrRendererMain' }),
  ...meta(40, 'Renderer', { 40: 'CrRendererMain' }),
  ...reporter(10, 11, '0x1', 0, 10, 'STATE_PRESENTED_ALL'),
];
const SECOND = { startUs: 0, endUs: 1_000_000 };

describe('mainThreadBusy', () => {
  it('adds the page main thread’s tasks and ignores other threads and processes', () => {
    const events = [
      ...processes,
      ...task(10, 10, 100_000, 150_000),
      ...task(10, 10, 600_000, 150_000),
      ...task(10, 11, 0, 900_000), // compositor thread of the page
      ...task(30, 30, 0, 900_000), // WebUI renderer
      ...task(40, 40, 0, 50_000), // spare renderer
    ];
    const busy = mainThreadBusy(events, SECOND);
    expect(busy.busyMsPerS).toBeCloseTo(300, 6);
    expect(busy.idleFraction).toBeCloseTo(0.7, 6);
  });

  it('counts nested and overlapping tasks once', () => {
    const events = [
      ...processes,
      ...task(10, 10, 100_000, 200_000),
      ...task(10, 10, 150_000, 20_000), // nested inside the first
      ...task(10, 10, 250_000, 100_000), // overlaps its end: union is 100 ms .. 350 ms
    ];
    expect(mainThreadBusy(events, SECOND).busyMsPerS).toBeCloseTo(250, 6);
  });

  it('clips tasks to the window edges', () => {
    const events = [...processes, ...task(10, 10, 900_000, 200_000), ...task(10, 10, 1_950_000, 100_000)];
    const window = { startUs: 1_000_000, endUs: 2_000_000 };
    // 100 ms of the first task and 50 ms of the second fall inside the window.
    expect(mainThreadBusy(events, window).busyMsPerS).toBeCloseTo(150, 6);
    expect(mainThreadBusy(events, { startUs: 1_200_000, endUs: 1_700_000 })).toEqual({
      busyMsPerS: 0,
      idleFraction: 1,
    });
  });

  it('measures the renderer it is told to measure', () => {
    const events = [...processes, ...task(40, 40, 0, 500_000)];
    expect(mainThreadBusy(events, SECOND, { pid: 40 }).busyMsPerS).toBeCloseTo(500, 6);
    expect(mainThreadBusy(events, SECOND).busyMsPerS).toBe(0);
  });

  it('names the missing thread when the metadata is absent', () => {
    expect(() => mainThreadBusy(task(10, 10, 0, 10), SECOND, { pid: 10 })).toThrow(/CrRendererMain/);
  });
});

describe('unionLengthUs', () => {
  it('merges touching, nested and duplicate intervals and skips empty ones', () => {
    expect(unionLengthUs([])).toBe(0);
    expect(
      unionLengthUs([
        [0, 10],
        [10, 20],
        [5, 8],
        [0, 10],
        [30, 30],
        [40, 35],
      ]),
    ).toBe(20);
    expect(
      unionLengthUs([
        [50, 60],
        [0, 10],
      ]),
    ).toBe(20);
  });
});

describe('layoutsPerSecond', () => {
  it('counts Layout events starting inside the window on the page main thread, nested ones once', () => {
    const events = [
      ...processes,
      layout(10, 10, 100_000),
      layout(10, 10, 100_100, 100), // nested inside the first
      layout(10, 10, 1_500_000),
      layout(10, 10, 2_000_000), // starts at the window end: outside
      layout(10, 10, 999_000, 10_000), // starts before the window
      layout(30, 30, 1_200_000), // WebUI renderer
      { ...layout(10, 10, 1_600_000), name: 'LayoutShift' },
    ];
    expect(layoutsPerSecond(events, { startUs: 1_000_000, endUs: 2_000_000 })).toBe(1);
    expect(layoutsPerSecond(events, { startUs: 0, endUs: 2_000_000 })).toBe(1.5);
  });
});
