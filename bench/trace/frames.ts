/**
 * Frames the compositor presented, and the figures the benchmark prints about them.
 *
 * Definitions (the tests pin each of them down):
 * - frames: presented frames with startUs <= ts < endUs; fps = frames / window length.
 * - intervalsMs: times between consecutive presented frames that are both inside the window
 *   (p50/p95/p99 by nearest rank, and max). Fewer than two frames: NaN (printed as n/a / null).
 * - dropped: the window is cut at every presented frame inside it (its edges count as cuts); a piece
 *   k refresh periods long (k = round(length / refreshMs)) missed k-1 vsync slots. A steady 60 fps
 *   drops 0, one 50 ms hitch at 16.67 ms drops 2, a window with no frame at all drops round(len/refresh)-1.
 * - longestGapMs: the longest of those pieces, edges included: the longest stretch of the window in
 *   which nothing new reached the screen (a freeze at the window's start or end counts, clipped to it).
 */
import { EVENT } from './categories';
import { assertWindow, byTime, pageRendererPid, windowSeconds, type TraceEvent, type Window } from './events';

export interface FrameStats {
  frames: number;
  fps: number;
  intervalsMs: { p50: number; p95: number; p99: number; max: number };
  dropped: number;
  longestGapMs: number;
  /** Where the frame times came from, when they came from presentedFrameTimes (see FrameSource). */
  source?: FrameSource;
}

/**
 * - display: Display::FrameDisplayed (viz drew and swapped a frame).
 * - renderer: the page renderer's PipelineReporter frames marked presented.
 * - submitted: the page renderer's frames submitted to viz (the start of their
 *   SubmitCompositorFrameToPresentationCompositorFrame stage), whether or not viz then drew them.
 */
export type FrameSource = 'display' | 'renderer' | 'submitted';

/** Frame timestamps (µs, ascending) that say which source they were read from. */
export type PresentedFrameTimes = number[] & { readonly source: FrameSource };

// Not enumerable: the times still compare and serialise as a plain array; frameStats copies the source.
const withSource = (times: number[], source: FrameSource): PresentedFrameTimes =>
  Object.defineProperty(times, 'source', { value: source, enumerable: false }) as PresentedFrameTimes;

const PRESENTED_STATES = new Set(['STATE_PRESENTED_ALL', 'STATE_PRESENTED_PARTIAL']);

/**
 * Display::FrameDisplayed: viz (GPU process) saying a frame was shown. It carries no page identity, so
 * it is right when one page is on screen, which is how the benchmark runs.
 */
export function displayedFrameTimes(events: TraceEvent[]): number[] {
  return events
    .filter((e) => e.name === EVENT.frameDisplayed)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

/**
 * PipelineReporter spans of one renderer's compositor whose state says the frame was presented, timed at
 * the span's end (on this machine that end equals the Display::FrameDisplayed timestamp to the µs).
 * Span ids are reused, so begins and ends are paired in time order per (thread, id).
 */
export function rendererPresentedFrameTimes(events: TraceEvent[], pid: number): number[] {
  const open = new Map<string, TraceEvent[]>();
  const times: number[] = [];
  for (const e of byTime(events)) {
    if (e.name !== EVENT.pipelineReporter || e.pid !== pid) continue;
    const id2 = (e as { id2?: { local?: string; global?: string } }).id2;
    const key = `${e.tid}:${(e as { id?: string }).id ?? id2?.local ?? id2?.global ?? ''}`;
    if (e.ph === 'b') {
      open.set(key, [...(open.get(key) ?? []), e]);
    } else if (e.ph === 'e') {
      const begin = open.get(key)?.shift();
      const state = (begin?.args?.frame_reporter as { state?: unknown } | undefined)?.state;
      if (typeof state === 'string' && PRESENTED_STATES.has(state)) times.push(e.ts);
    }
  }
  return times.sort((a, b) => a - b);
}

/**
 * The page renderer's frames that reached viz: the begin of each SubmitCompositorFrameToPresentationCompositorFrame
 * stage (a PipelineReporter sub-span; frames dropped before submission have none).
 */
export function submittedFrameTimes(events: TraceEvent[], pid: number): number[] {
  const times = events.filter((e) => e.name === EVENT.submitStage && e.ph === 'b' && e.pid === pid).map((e) => e.ts);
  // A frame that carries main-thread work has two reporters (one frame_type FORKED), each with a submit stage
  // at the same µs: one submission, counted once (the baseline's marquee read 120/s before this).
  return [...new Set(times)].sort((a, b) => a - b);
}

/**
 * Timestamps (µs) of the page's frames that reached the screen, with the source they were read from.
 *
 * Default: the page renderer's submitted frames when the trace has them, else Display::FrameDisplayed, else the
 * renderer's presented PipelineReporter frames. Why (bench/trace/README.md, measured on this machine): at
 * 1920×1080 with Pano's or the baseline's marquee running, viz runs Display::DrawAndSwap every vsync but logs
 * "Draw skipped." (no FrameDisplayed, every PipelineReporter STATE_DROPPED) while the renderer submits ~59
 * frames/s and Page.startScreencast counts ~60/s; under load viz draws some stretches and skips others, so
 * FrameDisplayed alone read 31 fps with a 899 ms gap where the screencast counted 48.5/s. Where viz draws
 * everything (reference page, 3840×2160) submitted and displayed counts agree within a frame or two.
 * Pass `source` to force one, `pid` to name the renderer (else pageRendererPid).
 */
export function presentedFrameTimes(
  events: TraceEvent[],
  options: { source?: FrameSource; pid?: number } = {},
): PresentedFrameTimes {
  const hasDisplay = events.some((e) => e.name === EVENT.frameDisplayed);
  const hasReporter = events.some((e) => e.name === EVENT.pipelineReporter);
  if (options.source === 'display') return withSource(displayedFrameTimes(events), 'display');
  if (!hasDisplay && !hasReporter) {
    throw new Error(
      'trace: no Display::FrameDisplayed and no PipelineReporter events; record the categories in TRACE_CATEGORIES',
    );
  }
  const pid = (): number => options.pid ?? pageRendererPid(events);
  if (options.source === 'renderer') return withSource(rendererPresentedFrameTimes(events, pid()), 'renderer');
  if (options.source === 'submitted') return withSource(submittedFrameTimes(events, pid()), 'submitted');
  const submitted = hasReporter ? submittedFrameTimes(events, pid()) : [];
  if (submitted.length > 0) return withSource(submitted, 'submitted');
  if (hasDisplay) return withSource(displayedFrameTimes(events), 'display');
  return withSource(rendererPresentedFrameTimes(events, pid()), 'renderer');
}

/**
 * Nearest-rank percentile: the smallest value with at least p % of the values at or below it,
 * i.e. sorted[ceil(p/100 · n) - 1] (p = 0 gives the minimum). Always one of the values, never
 * interpolated. An empty list gives NaN.
 */
export function percentile(sortedValues: number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile: p must be within 0..100, got ${p}`);
  for (let i = 1; i < sortedValues.length; i += 1) {
    if ((sortedValues[i] as number) < (sortedValues[i - 1] as number)) {
      throw new Error(`percentile: values must be sorted ascending (index ${i} is smaller than ${i - 1})`);
    }
  }
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedValues.length));
  return sortedValues[rank - 1] as number;
}

export function frameStats(
  frameTimesUs: number[] | PresentedFrameTimes,
  window: Window,
  refreshMs = 1000 / 60,
): FrameStats {
  assertWindow(window);
  if (!(refreshMs > 0)) throw new Error(`frameStats: refreshMs must be positive, got ${refreshMs}`);
  const inside = frameTimesUs.filter((t) => t >= window.startUs && t < window.endUs).sort((a, b) => a - b);
  const intervals = inside.slice(1).map((t, i) => (t - (inside[i] as number)) / 1000);
  const cuts = [window.startUs, ...inside, window.endUs];
  const piecesMs = cuts.slice(1).map((t, i) => (t - (cuts[i] as number)) / 1000);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    frames: inside.length,
    fps: inside.length / windowSeconds(window),
    intervalsMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : Number.NaN,
    },
    dropped: piecesMs.reduce((sum, ms) => sum + Math.max(0, Math.round(ms / refreshMs) - 1), 0),
    longestGapMs: Math.max(...piecesMs),
    ...('source' in frameTimesUs ? { source: frameTimesUs.source } : {}),
  };
}
