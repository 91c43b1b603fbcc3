/**
 * The kiosk's security rules, applied to every web contents Electron creates
 * (not just ours: a guard on `web-contents-created` also covers anything a
 * future dependency might open). The screen may show pano://app and nothing else.
 */
import { app, type Session, type WebContents } from 'electron';
import type { Logger } from '../services/logger';
import { isAppUrl } from './app-url';

/** Denies every permission (camera, notifications, geolocation, …): a signage screen needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Nothing in Pano downloads through the window; a link to a file must not open a save dialog.
  session.on('will-download', (event) => event.preventDefault());
}

/** Locks every web contents to pano://app: no navigation away, no new windows, no <webview>. */
export function guardAllWebContents(log: Logger): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
}

function guardWebContents(contents: WebContents, log: Logger): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('window-open-denied', `kiosk: refused to open a window for ${shorten(url)}`);
    return { action: 'deny' };
  });
  const keepOnApp = (event: Electron.Event<{ url: string }>) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn('navigation-denied', `kiosk: refused to navigate to ${shorten(event.url)}`);
  };
  contents.on('will-navigate', keepOnApp);
  contents.on('will-redirect', keepOnApp);
  // will-navigate covers the main frame only; sub-frames (none today) get the same rule.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) keepOnApp(event);
  });
}

function shorten(url: string): string {
  return url.length > 200 ? `${url.slice(0, 200)}…` : url;
}
