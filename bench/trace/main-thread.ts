/**
 * What the page's renderer main thread (CrRendererMain) did inside a window: how much of the time it was
 * running tasks, and how many layouts it ran.
 */
import { EVENT } from './categories';
import {
  assertWindow,
  pageRendererPid,
  rendererMainThread,
  windowSeconds,
  type TraceEvent,
  type Window,
} from './events';

export interface RendererChoice {
  /** The page's renderer process; found by pageRendererPid() when left out. */
  pid?: number;
}

function mainThreadEvents(events: TraceEvent[], choice: RendererChoice): TraceEvent[] {
  const { pid, tid } = rendererMainThread(events, choice.pid ?? pageRendererPid(events));
  return events.filter((e) => e.pid === pid && e.tid === tid);
}

/** Total length of the union of [start, end) intervals (µs), so nested or duplicate spans count once. */
export function unionLengthUs(intervals: Array<[number, number]>): number {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let run: [number, number] | undefined;
  for (const [start, end] of sorted) {
    if (run && start <= run[1]) {
      run[1] = Math.max(run[1], end);
    } else {
      if (run) total += run[1] - run[0];
      run = [start, end];
    }
  }
  return run ? total + (run[1] - run[0]) : total;
}

/**
 * Busy time of the renderer main thread: the union of its top-level task spans (RunTask and
 * ThreadControllerImpl::RunTask wrap the same task; a task nested in another counts once), clipped to
 * the window, per second of window; idleFraction is the rest.
 */
export function mainThreadBusy(
  events: TraceEvent[],
  window: Window,
  choice: RendererChoice = {},
): { busyMsPerS: number; idleFraction: number } {
  assertWindow(window);
  const spans: Array<[number, number]> = mainThreadEvents(events, choice)
    .filter((e) => e.ph === 'X' && EVENT.tasks.includes(e.name) && typeof e.dur === 'number')
    .map((e) => [Math.max(e.ts, window.startUs), Math.min(e.ts + (e.dur as number), window.endUs)]);
  const busyUs = unionLengthUs(spans);
  const windowUs = window.endUs - window.startUs;
  return { busyMsPerS: busyUs / 1000 / windowSeconds(window), idleFraction: 1 - busyUs / windowUs };
}

/**
 * Layouts per second: `Layout` events (devtools.timeline, the work of laying out the page) that start
 * inside the window on the renderer main thread. Not `LayoutShift`, which is a visual-stability score
 * record, not work the thread did. A Layout nested in another Layout is counted once.
 */
export function layoutsPerSecond(events: TraceEvent[], window: Window, choice: RendererChoice = {}): number {
  assertWindow(window);
  const layouts = mainThreadEvents(events, choice)
    .filter((e) => e.name === EVENT.layout && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  let count = 0;
  let outerEnd = Number.NEGATIVE_INFINITY;
  for (const e of layouts) {
    if (e.ts < outerEnd) continue; // nested in the previous layout
    outerEnd = e.ts + (e.dur ?? 0);
    if (e.ts >= window.startUs && e.ts < window.endUs) count += 1;
  }
  return count / windowSeconds(window);
}
