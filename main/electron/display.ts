/** Puts the kiosk window on the configured display, and back there when displays come and go. */
import { screen, type BrowserWindow, type Display } from 'electron';
import type { Logger } from '../services/logger';
import { chooseDisplay } from './display-policy';

/** The display for `displayIndex`; logs one line when it falls back to the primary display. */
export function pickDisplay(displayIndex: number, log: Logger): Display {
  const displays = screen.getAllDisplays();
  const { display, fellBack } = chooseDisplay(displays, screen.getPrimaryDisplay(), displayIndex);
  if (fellBack) {
    log.warn(
      'display-missing',
      `kiosk: display ${displayIndex} does not exist (${displays.length} connected); using the primary display`,
    );
  }
  return display;
}

/**
 * Keeps the window on its display. A TV switched off at the wall often drops
 * off the HDMI bus; when it comes back the window must return to it, full-screen.
 */
export function followDisplays(window: BrowserWindow, initial: Display, displayIndex: number, log: Logger): () => void {
  // Compare displays, not the window's bounds: a window manager may round those, and that must not loop.
  let placedOn = initial;
  const replace = () => {
    if (window.isDestroyed()) return;
    const target = pickDisplay(displayIndex, log);
    if (target.id === placedOn.id && sameBounds(target.bounds, placedOn.bounds)) return;
    placedOn = target;
    // A kiosk window cannot be moved; leave kiosk mode, move, and enter it again on the new display.
    window.setKiosk(false);
    window.setBounds(target.bounds);
    window.setKiosk(true);
    log.info('display-changed', `kiosk: showing on display ${target.id} (${target.size.width}x${target.size.height})`);
  };
  screen.on('display-added', replace);
  screen.on('display-removed', replace);
  screen.on('display-metrics-changed', replace);
  return () => {
    screen.off('display-added', replace);
    screen.off('display-removed', replace);
    screen.off('display-metrics-changed', replace);
  };
}

function sameBounds(a: Electron.Rectangle, b: Electron.Rectangle): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
