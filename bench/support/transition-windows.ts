/**
 * Where transitions happen on the trace's time line. The page marks each slide
 * it starts (performance.mark, see page-probes.ts); a transition window runs
 * from a little before that mark (an image swap can start work just before the
 * slide node appears) to the end of the entrance animation plus a margin for
 * the frames that finish it.
 */
import { percentile, type TraceEvent, type Window } from '../trace/index';

/** The mark name prefix the page probe uses for a slide start. */
export const SLIDE_MARK_PREFIX = 'bench:slide:';

/** Trace timestamps (µs) of every slide start the page marked, oldest first, one per slide showing. */
export function slideStartTimes(events: TraceEvent[], pid?: number): number[] {
  const seen = new Map<string, number>();
  for (const event of events) {
    if (!event.name.startsWith(SLIDE_MARK_PREFIX)) continue;
    if (pid !== undefined && event.pid !== pid) continue;
    // A mark is recorded as a begin/end pair or an instant; the first sighting of a name is its time.
    const previous = seen.get(event.name);
    if (previous === undefined || event.ts < previous) seen.set(event.name, event.ts);
  }
  return [...seen.values()].sort((a, b) => a - b);
}

/** How wide a transition window is around a slide start. */
export interface TransitionWindowOptions {
  /** Before the slide start, in ms. */
  leadMs: number;
  /** The entrance animation's length, in ms. */
  transitionMs: number;
  /** After the animation, in ms. */
  tailMs: number;
}

/**
 * One window per slide start, clipped to `within`; starts before `within`
 * or windows that would end after it are dropped (a cut transition would
 * read as smoother than it was). Overlapping windows are merged.
 */
export function transitionWindows(startsUs: number[], within: Window, options: TransitionWindowOptions): Window[] {
  const windows: Window[] = [];
  for (const start of [...startsUs].sort((a, b) => a - b)) {
    const window = {
      startUs: start - options.leadMs * 1000,
      endUs: start + (options.transitionMs + options.tailMs) * 1000,
    };
    if (window.startUs < within.startUs || window.endUs > within.endUs) continue;
    const last = windows.at(-1);
    if (last && window.startUs <= last.endUs) last.endUs = Math.max(last.endUs, window.endUs);
    else windows.push(window);
  }
  return windows;
}

/**
 * Every frame interval inside the windows, pooled (an interval between the
 * last frame of one window and the first of the next is no interval on
 * screen during a transition), sorted ascending, in ms.
 */
export function pooledIntervalsMs(frameTimesUs: readonly number[], windows: readonly Window[]): number[] {
  const intervals: number[] = [];
  for (const window of windows) {
    const inside = frameTimesUs.filter((t) => t >= window.startUs && t < window.endUs).sort((a, b) => a - b);
    for (let i = 1; i < inside.length; i += 1)
      intervals.push(((inside[i] as number) - (inside[i - 1] as number)) / 1000);
  }
  return intervals.sort((a, b) => a - b);
}

/** The figures of several transition windows taken together. */
export interface TransitionSummary {
  transitions: number;
  /** Frames per second over all windows together. */
  fps: number;
  /**
   * Percentiles of every frame interval inside the transition windows, pooled
   * (nearest rank); max is the worst interval of any transition.
   */
  intervalsMs: { p50: number; p95: number; p99: number; max: number };
  /** The worst single window's p99 (with ~80 frames a window, that is its longest interval). */
  worstWindowP99Ms: number;
  dropped: number;
  /** The longest gap of each transition, in order. */
  longestGapsMs: number[];
  longestGapMs: number;
}

/**
 * Summarises per-window frame stats (frames, fps and intervals as frameStats
 * gives them) over `windows`, with the pooled intervals of pooledIntervalsMs.
 */
export function summariseTransitions(
  windows: Window[],
  pooledMs: readonly number[],
  stats: Array<{
    frames: number;
    intervalsMs: { p50: number; p95: number; p99: number; max: number };
    dropped: number;
    longestGapMs: number;
  }>,
): TransitionSummary {
  const seconds = windows.reduce((sum, w) => sum + (w.endUs - w.startUs) / 1e6, 0);
  const worst = (read: (s: (typeof stats)[number]) => number) =>
    stats.length === 0 ? Number.NaN : Math.max(...stats.map(read).map((v) => (Number.isNaN(v) ? Infinity : v)));
  const gaps = stats.map((s) => s.longestGapMs);
  return {
    transitions: stats.length,
    fps: seconds > 0 ? stats.reduce((sum, s) => sum + s.frames, 0) / seconds : Number.NaN,
    intervalsMs: {
      p50: percentile([...pooledMs], 50),
      p95: percentile([...pooledMs], 95),
      p99: percentile([...pooledMs], 99),
      max: pooledMs.length === 0 ? Number.NaN : (pooledMs[pooledMs.length - 1] as number),
    },
    worstWindowP99Ms: worst((s) => s.intervalsMs.p99),
    dropped: stats.reduce((sum, s) => sum + s.dropped, 0),
    longestGapsMs: gaps,
    longestGapMs: gaps.length === 0 ? Number.NaN : Math.max(...gaps),
  };
}
