/**
 * The player page watching itself, and the host watching the page. In a
 * Chromium kiosk served by the browser host there is no Electron main process
 * to notice a stuck page, so the page measures its own event-loop lag (a timer
 * that fires late was blocked) and reloads itself when it comes back from a
 * long block; the host counts a page that stopped reporting as silent.
 *
 * Times must come from a monotonic clock (performance.now() in the page), not
 * the wall clock: NTP stepping the clock after an offline boot would otherwise
 * read as a block of hours.
 */

/** The watchdog's thresholds; DEFAULT_PAGE_WATCHDOG_CONFIG suits a hall screen. */
export interface PageWatchdogConfig {
  /** How often the page's lag timer is meant to fire. */
  tickIntervalMs: number;
  /** A main thread blocked at least this long is stuck enough to warrant a reload. */
  blockedThresholdMs: number;
  /** How often the page reports to the host. */
  reportIntervalMs: number;
  /** Missed reports before the host counts the page as silent. */
  silentAfterReports: number;
}

export const DEFAULT_PAGE_WATCHDOG_CONFIG: PageWatchdogConfig = {
  tickIntervalMs: 1000,
  blockedThresholdMs: 10_000,
  reportIntervalMs: 5000,
  silentAfterReports: 6,
};

/** How late a tick fired: the time the main thread was blocked (never negative). */
export function eventLoopLagMs(previousTickMs: number, nowMs: number, tickIntervalMs: number): number {
  return Math.max(0, nowMs - previousTickMs - tickIntervalMs);
}

/** What the page should do after a tick, and why (for its log line). */
export interface PageSelfCheck {
  reload: boolean;
  lagMs: number;
  reason: string;
}

/**
 * Run on each tick of the page's lag timer: reload when the main thread was
 * blocked for at least the threshold. Only a page that comes back can ask, so
 * a page blocked for ever is the host's to notice (isPageSilent). A page that
 * was hidden in between is left alone: browsers throttle a hidden page's
 * timers to about once a minute, which is not a hang (an operator's preview
 * tab in the background).
 */
export function pageSelfCheck(
  previousTickMs: number,
  nowMs: number,
  wasHidden: boolean,
  config: PageWatchdogConfig = DEFAULT_PAGE_WATCHDOG_CONFIG,
): PageSelfCheck {
  const lagMs = eventLoopLagMs(previousTickMs, nowMs, config.tickIntervalMs);
  if (lagMs < config.blockedThresholdMs) return { reload: false, lagMs, reason: 'responsive' };
  if (wasHidden) return { reload: false, lagMs, reason: 'late while hidden: the browser throttled its timers' };
  return {
    reload: true,
    lagMs,
    reason: `the page was blocked for ${Math.round(lagMs / 1000)} s (limit ${config.blockedThresholdMs / 1000} s); reloading it`,
  };
}

/** The moment a page last heard from at `lastHeardAtMs` becomes silent. */
export function pageSilentAtMs(
  lastHeardAtMs: number,
  config: PageWatchdogConfig = DEFAULT_PAGE_WATCHDOG_CONFIG,
): number {
  return lastHeardAtMs + config.silentAfterReports * config.reportIntervalMs;
}

/**
 * True when the host should treat the page as silent: nothing heard for
 * `silentAfterReports` report intervals. `lastHeardAtMs` is the page's last
 * report, or the moment it was loaded when it has not reported yet (a page
 * that never starts reporting is as silent as one that stopped).
 */
export function isPageSilent(
  lastHeardAtMs: number,
  nowMs: number,
  config: PageWatchdogConfig = DEFAULT_PAGE_WATCHDOG_CONFIG,
): boolean {
  return nowMs >= pageSilentAtMs(lastHeardAtMs, config);
}
