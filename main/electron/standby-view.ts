/**
 * The standby card over the kiosk window while its page is gone or being
 * replaced: a dead renderer or a fresh load would otherwise leave the hall
 * looking at black. It is a second web contents laid over the window's own
 * (so it shows even when that renderer is dead), holding a static page with
 * the card embedded: no script, no preload, no network, no pano:// round trip
 * that could itself be what failed.
 */
import { WebContentsView, type BrowserWindow, type WebPreferences } from 'electron';
import type { Logger } from '../services/logger';
import { isQuitCombo } from './input-policy';

/** A standby card that can be laid over one window and taken away again. */
export interface Standby {
  show(): void;
  hide(): void;
  isShown(): boolean;
}

/** As locked down as the screen itself (window-options.ts), and stricter: no JavaScript at all. */
const STANDBY_PREFERENCES: WebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  javascript: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  disableDialogs: true,
  spellcheck: false,
  backgroundThrottling: false,
  devTools: false,
};

/**
 * The standby page as a data: URL. The picture is letterboxed on black like
 * the slides; with no picture (the bundled file missing) the page is plain black.
 */
export function standbyPageUrl(jpeg: Uint8Array | null): string {
  const picture = jpeg ? `<img alt="" src="data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}">` : '';
  const html =
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">` +
    '<style>html,body{margin:0;height:100%;background:#000;overflow:hidden;cursor:none}' +
    'img{display:block;width:100%;height:100%;object-fit:contain}</style>' +
    `</head><body>${picture}</body></html>`;
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`;
}

/** What the standby needs beyond its window. */
export interface StandbyDeps {
  /** standbyPageUrl's result, built once at start. */
  pageUrl: string;
  log: Logger;
  /** The operator's way out must work while the card has the keyboard, too (input-policy.ts). */
  onQuitCombo: () => void;
}

/** A standby for `window`; the card's web contents exist only while it is shown. */
export function createStandby(window: BrowserWindow, deps: StandbyDeps): Standby {
  let view: WebContentsView | null = null;

  const fit = () => {
    if (!view || window.isDestroyed()) return;
    const { width, height } = window.getContentBounds();
    view.setBounds({ x: 0, y: 0, width, height });
  };

  return {
    show() {
      if (view || window.isDestroyed()) return;
      view = new WebContentsView({ webPreferences: STANDBY_PREFERENCES });
      view.setBackgroundColor('#000000');
      const contents = view.webContents;
      contents.on('before-input-event', (event, input) => {
        if (isQuitCombo(input)) deps.onQuitCombo();
        event.preventDefault();
      });
      window.contentView.addChildView(view);
      fit();
      window.on('resize', fit);
      contents.loadURL(deps.pageUrl).catch((error: unknown) => {
        deps.log.warn('standby-failed', `kiosk: the standby card did not load (${(error as Error).message})`);
      });
    },
    hide() {
      if (!view) return;
      const shown = view;
      view = null;
      window.off('resize', fit);
      if (!window.isDestroyed()) window.contentView.removeChildView(shown);
      // A removed view keeps its renderer until its web contents are closed.
      if (!shown.webContents.isDestroyed()) shown.webContents.close();
    },
    isShown: () => view !== null,
  };
}
