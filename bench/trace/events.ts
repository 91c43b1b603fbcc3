/**
 * Chrome trace events (the `traceEvents` of CDP Tracing / Playwright's browser.startTracing) and the
 * bookkeeping every figure needs: reading a trace, naming processes and threads from the `M` metadata
 * events, finding the page's renderer, and turning performance.mark()s into a measuring window.
 */
import { EVENT, PROCESS, THREAD } from './categories';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** A stretch of trace time in microseconds, start included, end excluded. */
export interface Window {
  startUs: number;
  endUs: number;
}

/** Accepts a trace as Chrome writes it: `{ traceEvents: [...] }` or a bare array; says what is wrong otherwise. */
export function parseTrace(json: unknown): TraceEvent[] {
  const list = Array.isArray(json) ? json : (json as { traceEvents?: unknown } | null)?.traceEvents;
  if (!Array.isArray(list)) throw new Error('trace: expected { traceEvents: [...] } or an array of trace events');
  list.forEach((e: unknown, i) => {
    const ev = e as Partial<TraceEvent> | null;
    const ok =
      ev !== null &&
      typeof ev === 'object' &&
      typeof ev.name === 'string' &&
      typeof ev.ph === 'string' &&
      typeof ev.ts === 'number' &&
      typeof ev.pid === 'number' &&
      typeof ev.tid === 'number';
    if (!ok) throw new Error(`trace: event ${i} lacks a string name/ph or a numeric ts/pid/tid: ${JSON.stringify(e)}`);
  });
  return (list as TraceEvent[]).map((e) => (typeof e.cat === 'string' ? e : { ...e, cat: '' }));
}

export function assertWindow(window: Window): void {
  if (!Number.isFinite(window.startUs) || !Number.isFinite(window.endUs) || window.endUs <= window.startUs) {
    throw new Error(`window: endUs must be after startUs, got ${window.startUs}..${window.endUs}`);
  }
}

export const windowSeconds = (window: Window): number => (window.endUs - window.startUs) / 1e6;

const metadataNames = (events: TraceEvent[], kind: 'process_name' | 'thread_name'): Map<string, string> => {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M' || e.name !== kind || typeof e.args?.name !== 'string') continue;
    names.set(kind === 'process_name' ? String(e.pid) : `${e.pid}:${e.tid}`, e.args.name);
  }
  return names;
};

/** The renderer main thread (CrRendererMain) of a process, as `{ pid, tid }`. */
export function rendererMainThread(events: TraceEvent[], pid: number): { pid: number; tid: number } {
  for (const [key, name] of metadataNames(events, 'thread_name')) {
    const [p, t] = key.split(':').map(Number);
    if (p === pid && name === THREAD.rendererMain && t !== undefined) return { pid, tid: t };
  }
  throw new Error(`trace: process ${pid} has no ${THREAD.rendererMain} thread (is the __metadata category on?)`);
}

const isUserTiming = (e: TraceEvent): boolean => e.cat.split(',').includes('blink.user_timing');

/**
 * The pid of the renderer showing the page under test.
 * - With `mark`: the process that recorded that performance.mark() — exact, whatever else is open.
 * - Otherwise: among processes named exactly "Renderer" (Chromium 156 also runs a "WebUI Top Renderer"
 *   whose main thread is often busier than an idle page's), the one whose compositor reported the most
 *   frames (PipelineReporter), then the one whose main thread ran the most task time. A spare renderer
 *   kept for the next navigation does neither.
 */
export function pageRendererPid(events: TraceEvent[], options: { mark?: string } = {}): number {
  if (options.mark !== undefined) {
    const mark = events.find((e) => e.name === options.mark && isUserTiming(e));
    if (!mark) throw new Error(`trace: no performance.mark("${options.mark}") (is blink.user_timing recorded?)`);
    return mark.pid;
  }
  const processNames = metadataNames(events, 'process_name');
  const threadNames = metadataNames(events, 'thread_name');
  const renderers = [...processNames].filter(([, name]) => name === PROCESS.renderer).map(([pid]) => Number(pid));
  if (renderers.length === 0) throw new Error('trace: no process named "Renderer" in the metadata events');
  const frames = new Map<number, number>();
  const busy = new Map<number, number>();
  for (const e of events) {
    if (e.name === EVENT.pipelineReporter && e.ph === 'b') frames.set(e.pid, (frames.get(e.pid) ?? 0) + 1);
    if (EVENT.tasks.includes(e.name) && threadNames.get(`${e.pid}:${e.tid}`) === THREAD.rendererMain) {
      busy.set(e.pid, (busy.get(e.pid) ?? 0) + (e.dur ?? 0));
    }
  }
  const score = (pid: number): [number, number] => [frames.get(pid) ?? 0, busy.get(pid) ?? 0];
  return renderers.reduce((best, pid) => {
    const [f, b] = score(pid);
    const [bestF, bestB] = score(best);
    return f > bestF || (f === bestF && b > bestB) ? pid : best;
  });
}

/** The window between two performance.mark()s (e.g. the runner's "transition-start" / "transition-end"). */
export function windowFromMarks(events: TraceEvent[], startMark: string, endMark: string): Window {
  const at = (name: string): number => {
    const mark = events.find((e) => e.name === name && isUserTiming(e));
    if (!mark) throw new Error(`trace: no performance.mark("${name}") (is blink.user_timing recorded?)`);
    return mark.ts;
  };
  const window = { startUs: at(startMark), endUs: at(endMark) };
  assertWindow(window);
  return window;
}

/** Events sorted by timestamp without reordering equal ones (CDP delivers chunks out of order). */
export const byTime = (events: TraceEvent[]): TraceEvent[] => [...events].sort((a, b) => a.ts - b.ts);
