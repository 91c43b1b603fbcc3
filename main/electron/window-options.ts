/**
 * The kiosk window's options, as a pure function so a unit test can check the
 * security-relevant webPreferences on every machine (with or without Electron).
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** What the window options depend on. */
export interface KioskWindowInput {
  /** Absolute path of dist/electron/preload.cjs. */
  preloadPath: string;
  /** The display area to fill (the window is placed there before it goes full-screen). */
  bounds: Rectangle;
  /** Whether the window offers DevTools: see devToolsAllowed. */
  allowDevTools: boolean;
}

/**
 * DevTools are opt-in, for one run: `PANO_DEVTOOLS=1 npm start` to inspect the screen. Never by
 * default, a checkout included: a hall that runs `npm start` from a checkout is production too,
 * and DevTools there would let anyone with a keyboard reach into the screen. (Playwright drives
 * the kiosk over the remote debugging protocol, which does not need them.)
 */
export function devToolsAllowed(env: Record<string, string | undefined>): boolean {
  return env.PANO_DEVTOOLS === '1';
}

/** The BrowserWindow options of the one kiosk window. */
export function kioskWindowOptions(input: KioskWindowInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    title: 'Pano',
    kiosk: true,
    fullscreen: true,
    frame: false,
    // Shown only on ready-to-show, so there is never a white flash; black matches the slides' letterbox.
    show: false,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: {
      preload: input.preloadPath,
      // The screen renders untrusted feed text: it gets no Node, no Electron, only the bridge.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // alert()/confirm() would block the screen forever with nobody to click OK.
      disableDialogs: true,
      spellcheck: false,
      // The screen is always "in the background" as far as Chromium knows; it must keep its timers.
      backgroundThrottling: false,
      autoplayPolicy: 'no-user-gesture-required',
      devTools: input.allowDevTools,
    },
  };
}
