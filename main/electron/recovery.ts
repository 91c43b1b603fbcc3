/**
 * Brings the screen back when its renderer dies, hangs or fails to load: one
 * log line, then a reload, sooner for a one-off crash and later for a crash
 * loop (crash-policy.ts). This is the simple in-process recovery only; it
 * cannot help when the main process itself is stuck, which needs a watchdog
 * outside it (systemd's, for a union hall install).
 */
import type { BrowserWindow } from 'electron';
import type { Logger } from '../services/logger';
import { APP_START_URL } from './app-url';
import { rememberCrash, reloadDelayMs } from './crash-policy';

/** How long a hung page gets to recover on its own before its renderer is restarted. */
const UNRESPONSIVE_GRACE_MS = 10_000;
/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;

/** Watches the window's renderer and reloads it after crashes, hangs and failed loads. */
export function recoverFromCrashes(window: BrowserWindow, log: Logger, isQuitting: () => boolean): void {
  const contents = window.webContents;
  let failures: number[] = [];
  let pending: NodeJS.Timeout | undefined;

  const scheduleReload = (why: string) => {
    const now = Date.now();
    const delayMs = reloadDelayMs(failures, now);
    failures = rememberCrash(failures, now);
    log.error('screen-recovering', `kiosk: ${why}; reloading the screen in ${delayMs} ms`);
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (window.isDestroyed() || isQuitting()) return;
      // loadURL rather than reload(): after a failed load the current URL may be an error page.
      window.loadURL(APP_START_URL).catch(() => {
        // did-fail-load reports it and schedules the next attempt.
      });
    }, delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    if (isQuitting()) return;
    scheduleReload(`the screen's renderer is gone (${details.reason}, exit code ${details.exitCode})`);
  });

  let hung: NodeJS.Timeout | undefined;
  window.on('unresponsive', () => {
    if (hung || isQuitting()) return;
    log.warn(
      'screen-unresponsive',
      `kiosk: the screen stopped responding; restarting it if it has not recovered in ${UNRESPONSIVE_GRACE_MS / 1000} s`,
    );
    hung = setTimeout(() => {
      hung = undefined;
      // A hung renderer cannot run a reload; crashing it hands over to render-process-gone above.
      if (!window.isDestroyed()) contents.forcefullyCrashRenderer();
    }, UNRESPONSIVE_GRACE_MS);
  });
  window.on('responsive', () => {
    if (!hung) return;
    clearTimeout(hung);
    hung = undefined;
    log.info('screen-responsive', 'kiosk: the screen is responding again');
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedUrl, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || isQuitting()) return;
    scheduleReload(`loading ${validatedUrl} failed (${errorDescription}, ${errorCode})`);
  });
}
