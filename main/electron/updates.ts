/**
 * The kiosk's unattended updates, Electron side: everything that decides and touches files
 * is services/update/update-service.ts (plain Node, tested there); this only finds the
 * AppImage, supplies the file swap and the relaunch, and stops the loop when the app quits.
 * Our own generic-provider client instead of electron-updater: see update-service.ts.
 */
import { basename, dirname, join } from 'node:path';
import { app } from 'electron';
import type { RunningHost } from '../services/host/host-api';
import type { Logger } from '../services/logger';
import { loadKioskId } from '../services/update/kiosk-id';
import { installFromDownload } from '../services/update/update-downloads';
import type { AppImagePaths } from '../services/update/update-files';
import { startUpdateService } from '../services/update/update-service';
import { relaunchApp } from './relaunch-options';

/**
 * The running AppImage and its neighbours. `current` is the file actually running (whatever
 * it is called), so an update replaces exactly what autostart starts.
 */
function pathsAround(appImage: string): AppImagePaths {
  const stem = basename(appImage).replace(/\.AppImage$/i, '');
  const dir = dirname(appImage);
  return {
    current: appImage,
    previous: join(dir, `${stem}.previous.AppImage`),
    incoming: join(dir, `.${stem}.incoming.AppImage`),
  };
}

/**
 * Starts boot health and the update loop when running from an AppImage; otherwise says once
 * why not. Awaited before the kiosk window opens, so the page's first `ready` report cannot
 * arrive before boot health listens for it. Never rejects: updates failing must not stop the screen.
 */
export async function startKioskUpdates(host: RunningHost, log: Logger): Promise<void> {
  // An AppImage sets $APPIMAGE to its own path; a .deb or `npm start` cannot replace itself.
  const appImage = process.env.APPIMAGE;
  if (!appImage) {
    log.info(
      'updates-unavailable',
      'kiosk: updates need the AppImage build; this run neither updates nor checks boot health',
    );
    return;
  }
  try {
    const paths = pathsAround(appImage);
    const kioskId = await loadKioskId(host.dataDir);
    if (kioskId.note) log.warn('kiosk-id', `kiosk: ${kioskId.note}`);
    const service = await startUpdateService({
      host,
      logger: log,
      currentVersion: app.getVersion(),
      arch: process.arch,
      dataDir: host.dataDir,
      appImage: paths,
      kioskId: kioskId.id,
      install: (update) => installFromDownload(update, paths),
      relaunch(reason) {
        log.info('relaunching', `kiosk: restarting from ${appImage} (${reason})`);
        // Started by systemd, it restarts us; else the AppImage file itself, not its mount (relaunch-options.ts).
        relaunchApp(app, () => app.quit());
      },
    });
    app.on('before-quit', () => service.stop());
  } catch (error) {
    log.error('updates-failed', `kiosk: updates could not start: ${(error as Error)?.message ?? String(error)}`);
  }
}
