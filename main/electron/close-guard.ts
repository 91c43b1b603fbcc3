/**
 * The kiosk window closes only when Pano quits. Alt+F4 is handled by the
 * window manager, not the page, so the keyboard policy never sees it; without
 * this the window would close, `window-all-closed` would quit, and the exit
 * code 0 would tell a service manager all is well while the hall goes black.
 */
import type { Logger } from '../services/logger';

/** The part of a BrowserWindow the guard uses (structural, so a test needs no Electron). */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** Refuses every `close` of `window` unless `isQuitting()` (quit combo, SIGTERM, before-quit), logging each refusal. */
export function refuseCloseUnlessQuitting(window: ClosableWindow, isQuitting: () => boolean, log: Logger): void {
  window.on('close', (event) => {
    if (isQuitting()) return;
    event.preventDefault();
    log.warn(
      'close-refused',
      'kiosk: the window was asked to close (Alt+F4 or the window manager); it stays open. ' +
        'Quit with Ctrl+Alt+Shift+Q or stop the service',
    );
  });
}
