/**
 * One kiosk window with everything it needs wired: the keyboard and cursor
 * rules, the close guard, the IPC channels and the display it follows. Used
 * for the first window and for each replacement the recovery makes, so a new
 * window can never miss a piece of the wiring.
 */
import type { BrowserWindow } from 'electron';
import type { RunningHost } from '../services/host/host-api';
import type { Logger } from '../services/logger';
import { refuseCloseUnlessQuitting } from './close-guard';
import { followDisplays, pickDisplay } from './display';
import { registerIpc } from './ipc';
import { createKioskWindow } from './kiosk-window';

/** What a kiosk window is made from. */
export interface KioskScreenDeps {
  host: RunningHost;
  /** settings.json's display; a missing one falls back to the primary display (looked up at each opening). */
  displayIndex: number;
  preloadPath: string;
  allowDevTools: boolean;
  log: Logger;
  isQuitting: () => boolean;
  onQuitCombo: () => void;
}

/** A wired kiosk window, not yet loaded. */
export interface KioskScreen {
  window: BrowserWindow;
  /**
   * Unwires IPC and display following but leaves the window up (it keeps the
   * picture until its replacement shows); IPC handlers are global, so this
   * must run before the next window is wired.
   */
  detach(): void;
}

/** Opens and wires a kiosk window; load it with APP_START_URL after. */
export function openKioskScreen(deps: KioskScreenDeps): KioskScreen {
  const display = pickDisplay(deps.displayIndex, deps.log);
  const window = createKioskWindow({
    display,
    preloadPath: deps.preloadPath,
    allowDevTools: deps.allowDevTools,
    log: deps.log,
    onQuitCombo: deps.onQuitCombo,
  });
  refuseCloseUnlessQuitting(window, deps.isQuitting, deps.log);
  const unwireIpc = registerIpc({ host: deps.host, window, log: deps.log });
  const unfollow = followDisplays(window, display, deps.displayIndex, deps.log);
  let detached = false;
  return {
    window,
    detach() {
      if (detached) return;
      detached = true;
      unwireIpc();
      unfollow();
    },
  };
}
