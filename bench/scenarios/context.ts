/** What every scenario gets from the runner, and how frame figures become table rows. */
import type { ScreenSize } from '../support/browser';
import type { Figure } from '../support/figures';
import type { WindowFigures } from '../support/measure';
import { METRIC } from '../support/targets';
import type { PlayerName } from '../support/stand';

export interface ScenarioContext {
  /** Where the bench pictures are (copied into each data dir). */
  mediaDir: string;
  quick: boolean;
  log(message: string): void;
}

/** A scenario's rows and whatever else it measured, for the JSON file. */
export interface ScenarioResult {
  figures: Figure[];
  details: Record<string, unknown>;
}

export type PerPlayer<T> = Record<PlayerName, T>;

/** The frame and main-thread rows of one scenario at one size. */
export function frameRows(scenario: string, size: string, measured: PerPlayer<WindowFigures>): Figure[] {
  const row = (metric: string, unit: string, better: Figure['better'], read: (w: WindowFigures) => number): Figure => ({
    scenario,
    size,
    metric,
    unit,
    better,
    pano: finite(read(measured.pano)),
    baseline: finite(read(measured.baseline)),
  });
  return [
    row(METRIC.fps, 'frames/s', 'higher', (w) => w.frames.fps),
    row(METRIC.p50, 'ms', 'lower', (w) => w.frames.intervalsMs.p50),
    row(METRIC.p95, 'ms', 'lower', (w) => w.frames.intervalsMs.p95),
    row(METRIC.p99, 'ms', 'lower', (w) => w.frames.intervalsMs.p99),
    row(METRIC.max, 'ms', 'lower', (w) => w.frames.intervalsMs.max),
    row(METRIC.dropped, 'frames', 'lower', (w) => w.frames.dropped),
    row(METRIC.busy, 'ms/s', 'lower', (w) => w.busyMsPerS),
    row(METRIC.idle, '%', 'higher', (w) => w.idlePercent),
    row(METRIC.layouts, '/s', 'lower', (w) => w.layoutsPerS),
    row(METRIC.screencastFps, 'frames/s', 'higher', (w) => w.screencastFps ?? Number.NaN),
  ];
}

export const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

export type { ScreenSize };
