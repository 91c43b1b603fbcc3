/** Traces a stretch of a page's life and reads the frame and main-thread figures from it. */
import type { Browser, Page } from '@playwright/test';
import {
  frameStats,
  layoutsPerSecond,
  mainThreadBusy,
  pageRendererPid,
  presentedFrameTimes,
  windowFromMarks,
  type FrameStats,
  type TraceEvent,
  type Window,
} from '../trace/index';
import { mark, traceWhile } from './browser';

const START = 'bench:window-start';
const END = 'bench:window-end';

/** A traced stretch: the events, the measured window and the page's renderer. */
export interface TracedWindow {
  events: TraceEvent[];
  window: Window;
  pid: number;
}

/** Records a trace while `durationMs` passes (after `before` runs, if given), marked as the window. */
export async function traceWindow(browser: Browser, page: Page, durationMs: number): Promise<TracedWindow> {
  const events = await traceWhile(browser, async () => {
    await page.waitForTimeout(150);
    await mark(page, START);
    await page.waitForTimeout(durationMs);
    await mark(page, END);
    await page.waitForTimeout(150); // let the frames of the window's last moments arrive
  });
  return { events, window: windowFromMarks(events, START, END), pid: pageRendererPid(events, { mark: START }) };
}

/**
 * Frames per second seen by Page.startScreencast over `durationMs`, in a stretch of its own after the traced
 * one (encoding frames costs CPU, so it must not overlap the trace). measuring-frames.md: on this machine
 * some pages' trace frames read as dropped while the screen did change; the screencast is the cross-check.
 */
export async function screencastFps(page: Page, durationMs: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let frames = 0;
  cdp.on('Page.screencastFrame', (frame) => {
    frames += 1;
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 20, maxWidth: 480, maxHeight: 270 });
  await page.waitForTimeout(300); // the first frame arrives regardless of change
  const before = frames;
  await page.waitForTimeout(durationMs);
  const counted = frames - before;
  await cdp.send('Page.stopScreencast');
  await cdp.detach();
  return (counted * 1000) / durationMs;
}

/** Frame and main-thread figures of a window. */
export interface WindowFigures {
  frames: FrameStats;
  busyMsPerS: number;
  idlePercent: number;
  layoutsPerS: number;
  /** Filled in by the scenario from screencastFps() when it cross-checks. */
  screencastFps?: number;
}

/** Everything the idle and load scenarios print, for one window. */
export function windowFigures(traced: TracedWindow, window: Window = traced.window): WindowFigures {
  const frames = frameStats(presentedFrameTimes(traced.events, { pid: traced.pid }), window);
  const busy = mainThreadBusy(traced.events, window, { pid: traced.pid });
  return {
    frames,
    busyMsPerS: busy.busyMsPerS,
    idlePercent: busy.idleFraction * 100,
    layoutsPerS: layoutsPerSecond(traced.events, window, { pid: traced.pid }),
  };
}
