/**
 * Turns what Electron says about one kiosk window into recovery-policy
 * events: a renderer gone (every reason), and a hang measured from
 * `unresponsive` until `responsive` (reported once it passes the policy's
 * threshold, since a short one may be a long image decode). Failed loads are
 * not the policy's business: the same page is tried again with a growing
 * delay (crash-policy.ts) until it loads.
 */
import type { BrowserWindow } from 'electron';
import type { RecoveryEvent } from '../core/kiosk/recovery-policy';
import type { Logger } from '../services/logger';
import { rememberCrash, reloadDelayMs } from './crash-policy';

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;
/** How long after the recovery kills a renderer its `render-process-gone` is taken as that kill. */
const OWN_KILL_NOTICE_MS = 5000;

/** What the watcher reports to. */
export interface WindowFaultDeps {
  log: Logger;
  isQuitting: () => boolean;
  /** recovery-policy's unresponsiveThresholdMs: the hang is reported once it is this long. */
  unresponsiveThresholdMs: number;
  onFault: (event: RecoveryEvent) => void;
  /** The page failed to load and will be tried again after a delay. */
  onLoadFailed: () => void;
  /** Loads the page again (after a failed load). */
  reload: () => void;
}

/** A running watch over one window. */
export interface WindowFaults {
  /** The recovery is about to kill this renderer itself: its next `render-process-gone` is no new fault. */
  expectRendererKill(): void;
  /** Forgets a hang being timed (the page is being replaced). */
  clearHang(): void;
  /** Stops watching (the window is being replaced); timers are cleared. */
  stop(): void;
}

/** Watches `window` until stopped. */
export function watchWindowFaults(window: BrowserWindow, deps: WindowFaultDeps): WindowFaults {
  const contents = window.webContents;
  let stopped = false;
  let ownKillUntilMs = 0;
  let hangStartedAtMs: number | null = null;
  let hangTimer: NodeJS.Timeout | undefined;
  let loadFailures: number[] = [];
  let retryTimer: NodeJS.Timeout | undefined;
  const active = () => !stopped && !deps.isQuitting() && !window.isDestroyed();

  const clearHang = () => {
    clearTimeout(hangTimer);
    hangTimer = undefined;
    hangStartedAtMs = null;
  };

  const onGone = (_event: Electron.Event, details: Electron.RenderProcessGoneDetails) => {
    clearHang();
    if (Date.now() < ownKillUntilMs) {
      ownKillUntilMs = 0;
      return;
    }
    if (!active()) return;
    deps.onFault({ kind: 'renderer-gone', reason: details.reason, exitCode: details.exitCode });
  };

  const onUnresponsive = () => {
    if (hangStartedAtMs !== null || !active()) return;
    const startedAtMs = Date.now();
    hangStartedAtMs = startedAtMs;
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      if (active()) deps.onFault({ kind: 'renderer-unresponsive', forMs: Date.now() - startedAtMs });
    }, deps.unresponsiveThresholdMs);
  };

  const onResponsive = () => {
    if (hangStartedAtMs === null) return;
    const hungForMs = Date.now() - hangStartedAtMs;
    const reported = hangTimer === undefined;
    clearHang();
    if (!reported) return;
    deps.log.info('screen-responsive', `kiosk: the screen is responding again after ${Math.round(hungForMs / 1000)} s`);
  };

  const onFailLoad = (
    _event: Electron.Event,
    errorCode: number,
    errorDescription: string,
    validatedUrl: string,
    isMainFrame: boolean,
  ) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || !active()) return;
    const now = Date.now();
    const delayMs = reloadDelayMs(loadFailures, now);
    loadFailures = rememberCrash(loadFailures, now);
    deps.log.error(
      'screen-load-failed',
      `kiosk: loading ${validatedUrl} failed (${errorDescription}, ${errorCode}); trying again in ${delayMs} ms`,
    );
    deps.onLoadFailed();
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      if (active()) deps.reload();
    }, delayMs);
  };

  contents.on('render-process-gone', onGone);
  contents.on('did-fail-load', onFailLoad);
  window.on('unresponsive', onUnresponsive);
  window.on('responsive', onResponsive);

  return {
    expectRendererKill: () => {
      ownKillUntilMs = Date.now() + OWN_KILL_NOTICE_MS;
    },
    clearHang,
    stop() {
      if (stopped) return;
      stopped = true;
      clearHang();
      clearTimeout(retryTimer);
      if (window.isDestroyed()) return;
      contents.off('render-process-gone', onGone);
      contents.off('did-fail-load', onFailLoad);
      window.off('unresponsive', onUnresponsive);
      window.off('responsive', onResponsive);
    },
  };
}
