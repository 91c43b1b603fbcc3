/**
 * Where transitions happen on the trace's time line. The page marks each slide
 * it starts (performance.mark, see page-probes.ts); a transition window runs
 * from a little before that mark (an image swap can start work just before the
 * slide node appears) to the end of the entrance animation plus a margin for
 * the frames that finish it.
 */
import type { TraceEvent, Window } from '../trace/index';

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

/** The figures of several transition windows taken together. */
export interface TransitionSummary {
  transitions: number;
  /** Frames per second over all windows together. */
  fps: number;
  /** Median of the windows' medians; the worst window's p95, p99 and max (a hitch in one transition counts). */
  intervalsMs: { p50: number; p95: number; p99: number; max: number };
  dropped: number;
  /** The longest gap of each transition, in order. */
  longestGapsMs: number[];
  longestGapMs: number;
}

/** Summarises per-window frame stats (frames, fps and intervals as frameStats gives them) over `windows`. */
export function summariseTransitions(
  windows: Window[],
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
  const medians = stats.map((s) => s.intervalsMs.p50).sort((a, b) => a - b);
  const gaps = stats.map((s) => s.longestGapMs);
  return {
    transitions: stats.length,
    fps: seconds > 0 ? stats.reduce((sum, s) => sum + s.frames, 0) / seconds : Number.NaN,
    intervalsMs: {
      p50: medians.length === 0 ? Number.NaN : (medians[Math.floor((medians.length - 1) / 2)] as number),
      p95: worst((s) => s.intervalsMs.p95),
      p99: worst((s) => s.intervalsMs.p99),
      max: worst((s) => s.intervalsMs.max),
    },
    dropped: stats.reduce((sum, s) => sum + s.dropped, 0),
    longestGapsMs: gaps,
    longestGapMs: gaps.length === 0 ? Number.NaN : Math.max(...gaps),
  };
}
