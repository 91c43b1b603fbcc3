/**
 * How long really passed between two ticks of the page's lag timer.
 *
 * The page has two monotonic clocks: `performance.now()` and the animation
 * timeline (`document.timeline.currentTime`). A blocked main thread moves
 * both. Playwright's page.clock, which the end-to-end tests drive, fakes only
 * the first (and the timers): jumping the page clock forward moves it alone,
 * and a paused page clock holds it while the timeline runs on. Taking the
 * smaller of the two gaps sees a real block and neither of those, so a test
 * that jumps the clock to 23:00 does not read as a hang.
 */
import {
  DEFAULT_PAGE_WATCHDOG_CONFIG,
  pageSelfCheck,
  type PageSelfCheck,
  type PageWatchdogConfig,
} from '../../../main/core/kiosk/page-watchdog';

/** Both clocks read at one tick; `timelineMs` is null when the document has no timeline time. */
export interface TickReading {
  pageMs: number;
  timelineMs: number | null;
}

/** The time between two readings that both clocks agree has passed. */
export function tickGapMs(previous: TickReading, now: TickReading): number {
  const pageGapMs = now.pageMs - previous.pageMs;
  if (previous.timelineMs === null || now.timelineMs === null) return pageGapMs;
  return Math.min(pageGapMs, now.timelineMs - previous.timelineMs);
}

/** core's pageSelfCheck for the gap between two readings. */
export function checkTick(
  previous: TickReading,
  now: TickReading,
  wasHidden: boolean,
  config: PageWatchdogConfig = DEFAULT_PAGE_WATCHDOG_CONFIG,
): PageSelfCheck {
  return pageSelfCheck(previous.pageMs, previous.pageMs + tickGapMs(previous, now), wasHidden, config);
}

/** The worst lag seen since it was last taken (for the heartbeat's `lagMs`). */
export class WorstLag {
  private worstMs = 0;

  /** Notes one tick's lag. */
  note(lagMs: number): void {
    if (lagMs > this.worstMs) this.worstMs = lagMs;
  }

  /** The worst lag since the previous call, and starts counting again. */
  take(): number {
    const worstMs = this.worstMs;
    this.worstMs = 0;
    return worstMs;
  }
}
