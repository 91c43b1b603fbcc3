/** The one full-screen window: placed, locked to the keyboard policy, cursor hidden, shown when painted. */
import { BrowserWindow, type Display } from 'electron';
import type { Logger } from '../services/logger';
import { isQuitCombo, shouldBlockInput } from './input-policy';
import { kioskWindowOptions } from './window-options';

/** What the kiosk window needs. */
export interface KioskWindowDeps {
  display: Display;
  preloadPath: string;
  allowDevTools: boolean;
  log: Logger;
  /** Called on Ctrl+Alt+Shift+Q, the operator's only way out (see input-policy.ts). */
  onQuitCombo: () => void;
}

// A viewer never points at anything; a cursor parked mid-screen for months is just a blemish.
const HIDE_CURSOR_CSS = '* { cursor: none !important; }';

/** Creates the kiosk window (not yet loaded: wire IPC first, then load pano://app/). */
export function createKioskWindow(deps: KioskWindowDeps): BrowserWindow {
  const window = new BrowserWindow(
    kioskWindowOptions({
      preloadPath: deps.preloadPath,
      bounds: deps.display.bounds,
      allowDevTools: deps.allowDevTools,
    }),
  );
  const contents = window.webContents;

  contents.on('before-input-event', (event, input) => {
    if (isQuitCombo(input)) {
      deps.log.info('quit-combo', 'kiosk: Ctrl+Alt+Shift+Q pressed; quitting');
      deps.onQuitCombo();
    }
    if (shouldBlockInput(input)) event.preventDefault();
  });
  // Pinch-zoom on a touch screen would leave the slides magnified with nobody to undo it.
  void contents.setVisualZoomLevelLimits(1, 1);

  contents.on('did-finish-load', () => {
    contents.insertCSS(HIDE_CURSOR_CSS).catch((error: unknown) => {
      deps.log.warn('cursor-css-failed', `kiosk: could not hide the cursor (${(error as Error).message})`);
    });
  });
  window.once('ready-to-show', () => {
    window.show();
    window.focus();
  });
  return window;
}
