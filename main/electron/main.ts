/**
 * The kiosk: Electron's main process. It runs the same host as `npm run serve`
 * and shows its state in one hardened full-screen window. Everything that can
 * be decided without Electron lives in the *-policy.ts files next to this one.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, powerSaveBlocker, screen, session, type BrowserWindow } from 'electron';
import { appFolders, findAppRoot } from '../services/app-paths';
import { dataPaths, prepareDataDir } from '../services/data-dir';
import { parseHostFlags, type HostFlags } from '../services/host/cli-flags';
import type { RunningHost } from '../services/host/host-api';
import { startHost } from '../services/host/start-host';
import { createLogger, ignoreBrokenPipes, type Logger } from '../services/logger';
import { chooseKioskDataDir, kioskFallbackDataDir } from './data-dir-choice';
import { pictureEdgeFor } from './display-policy';
import { openKioskScreen } from './kiosk-screen';
import { handlePanoProtocol, registerPanoScheme } from './pano-protocol';
import { superviseKiosk } from './recovery';
import { guardAllWebContents, hardenSession } from './security';
import { readShellSettings } from './settings-store';
import { splitShellArgs } from './shell-args';
import { startKioskUpdates } from './updates';
import { devToolsAllowed } from './window-options';

/** contract.md: on SIGTERM the player exits within 5 s; keep a margin for Electron's own teardown. */
const SHUTDOWN_LIMIT_MS = 4500;

let host: RunningHost | undefined;
let hostStarting: Promise<RunningHost> | undefined;
let window: BrowserWindow | undefined;
let quitting = false;

async function main(): Promise<void> {
  // Before anything is written: a terminal or pipe that went away must not take the screen with it.
  ignoreBrokenPipes();
  const { hostArgs, chromiumSwitches } = splitShellArgs(process.argv, { defaultApp: Boolean(process.defaultApp) });
  const parsed = parseHostFlags(hostArgs);
  if (!parsed.ok) {
    process.stderr.write(`pano: ${parsed.error}\n`);
    app.exit(2);
    return;
  }
  // Decided before Electron writes its profile there (see data-dir-choice.ts): a folder that
  // cannot be created is replaced by a stand-in, never mistaken for a second instance.
  const chosen = await chooseKioskDataDir(
    resolve(parsed.flags.dataDir ?? app.getPath('userData')),
    kioskFallbackDataDir(tmpdir(), process.getuid?.()),
    prepareDataDir,
  );
  if (!chosen.ok) {
    process.stderr.write(`pano: ${chosen.error}\n`);
    // Not 0: a service manager should try again (the disk may come back).
    app.exit(1);
    return;
  }
  const dataDir = chosen.dir;
  // Chromium's own profile lives inside the data dir, so the single-instance lock below is per data
  // dir: a second kiosk on the same files is refused, a test on a temporary folder is not.
  app.setPath('userData', join(dataDir, 'electron-profile'));

  if (!app.requestSingleInstanceLock()) {
    process.stderr.write(`pano: another Pano is already running on ${dataDir}; it was brought to the front\n`);
    app.exit(0);
    return;
  }

  const log = createLogger({ file: dataPaths(dataDir).log });
  if (chosen.problem)
    log.error(
      'data-dir-unusable',
      `kiosk: ${chosen.problem}; playing the bundled defaults from ${dataDir} until it is fixed`,
    );
  if (chromiumSwitches.length > 0)
    log.info('chromium-switches', `kiosk: Chromium switches: ${chromiumSwitches.join(' ')}`);

  // Electron shows a modal dialog for an uncaught main-process error: on a kiosk nobody can
  // dismiss it. Log instead and keep the screen up.
  process.on('uncaughtException', (error) =>
    log.error('main-error', `kiosk: unexpected error: ${error.stack ?? error}`),
  );
  process.on('unhandledRejection', (reason) => log.error('main-error', `kiosk: unexpected error: ${String(reason)}`));

  registerPanoScheme();
  guardAllWebContents(log);
  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('child-process-gone', (_event, details) => {
    // Chromium restarts a lost GPU or utility process itself; the line is for whoever reads the log.
    // A lost GPU process is recovery.ts's to log and act on.
    if (details.reason !== 'clean-exit' && details.type !== 'GPU')
      log.warn('child-process-gone', `kiosk: ${details.type} process ${details.reason}`);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    void shutdown('quit requested', log);
  });
  process.on('SIGTERM', () => void shutdown('SIGTERM received', log));
  process.on('SIGINT', () => void shutdown('SIGINT received', log));

  app
    .whenReady()
    .then(() => start(parsed.flags, dataDir, chosen.problem, log))
    .catch((error: unknown) => {
      process.stderr.write(`pano: ${error instanceof Error ? error.message : String(error)}\n`);
      app.exit(1);
    });
}

async function start(flags: HostFlags, dataDir: string, dataDirProblem: string | null, log: Logger): Promise<void> {
  Menu.setApplicationMenu(null);
  hardenSession(session.defaultSession);
  powerSaveBlocker.start('prevent-display-sleep');

  const { assetsDir, rendererDir } = appFolders(findAppRoot(import.meta.url));
  hostStarting = startHost(
    {
      dataDir,
      dataDirProblem,
      port: flags.port,
      host: flags.host,
      rendererDir,
      assetsDir,
      version: app.getVersion(),
      // A busy port costs the console, not the screen.
      httpRequired: false,
      imageMaxEdgePx: pictureEdgeFor(screen.getAllDisplays()),
      ...(flags.feedUrl ? { feedUrl: flags.feedUrl } : {}),
      ...(flags.timezone ? { timezone: flags.timezone } : {}),
    },
    log,
  );
  const running = await hostStarting;
  host = running;
  // The host library does not print; each shell prints contract.md's one ready line itself.
  if (running.url) process.stdout.write(`pano: listening on ${running.url}\n`);
  if (quitting) return;
  // Before the window: boot health must be listening when the page first reports `ready`.
  await startKioskUpdates(running, log);

  handlePanoProtocol({ rendererDir, resolveMedia: (urlPath) => running.resolveMedia(urlPath), log });
  // The host's answer, not ours: it is the folder whose settings.json it actually reads and writes.
  const { displayIndex } = readShellSettings(running.dataDir, log);
  // Opens the window, loads pano://app/ and heals it from then on (replacing it when it must).
  await superviseKiosk({
    host: running,
    log,
    assetsDir,
    isQuitting: () => quitting,
    quit: () => app.quit(),
    onWindow: (kiosk) => (window = kiosk),
    openScreen: () =>
      openKioskScreen({
        host: running,
        displayIndex,
        preloadPath: fileURLToPath(new URL('./preload.cjs', import.meta.url)),
        allowDevTools: devToolsAllowed(process.env),
        log,
        isQuitting: () => quitting,
        onQuitCombo: () => app.quit(),
      }),
  });
}

/** Closes the host (nothing half-written), then exits; never takes longer than SHUTDOWN_LIMIT_MS. */
async function shutdown(reason: string, log: Logger): Promise<void> {
  if (quitting) return;
  quitting = true;
  log.info('stopping', `kiosk: ${reason}, stopping`);
  setTimeout(() => {
    log.error('stop-timeout', 'kiosk: did not stop within 5 s; exiting anyway');
    app.exit(1);
  }, SHUTDOWN_LIMIT_MS).unref();
  try {
    const running = host ?? (await hostStarting?.catch(() => undefined));
    await running?.close();
    app.exit(0);
  } catch (error) {
    log.error('stop-failed', `kiosk: error while stopping: ${(error as Error).message}`);
    app.exit(1);
  }
}

// Awaited at the top level: Electron waits for it before `ready`, which app.setPath and the
// privileged scheme registration must precede (Electron's ESM notes).
await main().catch((error: unknown) => {
  process.stderr.write(`pano: ${error instanceof Error ? error.message : String(error)}\n`);
  app.exit(1);
});
