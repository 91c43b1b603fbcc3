/**
 * Self-healing of the kiosk: the one place that acts on core's recovery
 * policy. Every fault (a renderer gone, a hang, the GPU process lost, a page
 * that stopped reporting, a renderer over its memory budget) goes through
 * decideRecovery, whose state is kept in DATA/state/recovery.json so that
 * relaunches count; the answer is carried out here, from an unseen reload at
 * the next slide change up to exiting for systemd. While the page is gone or
 * being replaced the standby card covers the window: never black.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import {
  decideRecovery,
  DEFAULT_RECOVERY_CONFIG,
  type RecoveryConfig,
  type RecoveryEvent,
  type RecoveryState,
  type RecoveryStep,
} from '../core/kiosk/recovery-policy';
import type { RunningHost } from '../services/host/host-api';
import { loadRecoveryState, recoveryStatePath, saveRecoveryState } from '../services/kiosk/recovery-state-file';
import type { Logger } from '../services/logger';
import { APP_START_URL } from './app-url';
import type { KioskScreen } from './kiosk-screen';
import { appProcessMemory, MEMORY_SAMPLE_INTERVAL_MS, watchRendererMemory } from './memory-watch';
import { relaunchApp } from './relaunch-options';
import { KIOSK_SCREEN_NAME } from './ipc';
import { createStandby, standbyPageUrl, type Standby } from './standby-view';
import { watchWindowFaults, type WindowFaults } from './window-faults';

/** A replacement window that has not painted by then is shown anyway (with the standby card), and the old one goes. */
const REPLACEMENT_SHOW_LIMIT_MS = 15_000;
/** After a reload is asked for, memory samples wait for the fresh page this long at most (a very long slide). */
const FRESH_PAGE_WAIT_MS = 5 * 60_000;
/** What give-up allows the host to finish writing before the process exits. */
const GIVE_UP_CLOSE_LIMIT_MS = 4000;

/** What the supervisor needs from main.ts. */
export interface KioskSupervisorDeps {
  host: RunningHost;
  log: Logger;
  /** Bundled content (assets/): the standby card is slides/standby.jpg. */
  assetsDir: string;
  /** Opens a wired, unloaded kiosk window (kiosk-screen.ts): the first one and every replacement. */
  openScreen: () => KioskScreen;
  /** Told of each new kiosk window (main.ts brings it forward for a second instance). */
  onWindow: (window: BrowserWindow) => void;
  isQuitting: () => boolean;
  /** Quits cleanly, exit code 0 (main.ts's shutdown). */
  quit: () => void;
  config?: RecoveryConfig;
  memorySampleIntervalMs?: number;
}

/** The running supervisor. */
export interface KioskSupervisor {
  /** The kiosk window now (it changes when the window is replaced). */
  window(): BrowserWindow;
  /** Resolves once every decision so far is in recovery.json. */
  saved(): Promise<void>;
  /** Stops watching and unwires the window's IPC (tests; the process exits otherwise). */
  stop(): void;
}

interface Mounted {
  screen: KioskScreen;
  standby: Standby;
  faults: WindowFaults;
}

/** The label a recovery is counted under in /metrics. */
function metricReason(event: RecoveryEvent): string {
  switch (event.kind) {
    case 'renderer-gone':
      return `renderer-gone:${event.reason}`;
    case 'renderer-unresponsive':
      return 'unresponsive';
    case 'gpu-gone':
      return 'gpu-gone';
    case 'heartbeat-stopped':
      return 'heartbeat';
    case 'renderer-memory':
      return 'memory';
  }
}

/** Reads the remembered state, opens the first kiosk window, loads it, and watches it from then on. */
export async function superviseKiosk(deps: KioskSupervisorDeps): Promise<KioskSupervisor> {
  const { host, log } = deps;
  const config = deps.config ?? DEFAULT_RECOVERY_CONFIG;
  const stateFile = recoveryStatePath(host.dataDir);
  const loaded = await loadRecoveryState(stateFile, Date.now());
  if (loaded.note) log.warn('recovery-state-unreadable', `kiosk: ${loaded.note}`);
  let state: RecoveryState = loaded.state;
  let saving: Promise<void> = Promise.resolve();
  const standbyPage = standbyPageUrl(await readStandbyCard(deps.assetsDir, log));

  let leaving = false;
  let lastPageId: string | null = null;
  let reloadAskedAtMs: number | null = null;
  const stops: Array<() => void> = [];

  const load = (window: BrowserWindow) => {
    reloadAskedAtMs = Date.now();
    window.loadURL(APP_START_URL).catch(() => {
      // did-fail-load has logged it and window-faults.ts tries again.
    });
  };

  const mount = (screen: KioskScreen): Mounted => {
    const { window } = screen;
    const standby = createStandby(window, { pageUrl: standbyPage, log, onQuitCombo: deps.quit });
    const faults = watchWindowFaults(window, {
      log,
      isQuitting: deps.isQuitting,
      unresponsiveThresholdMs: config.unresponsiveThresholdMs,
      onFault: (event) => {
        // A dead renderer leaves whatever the compositor last had, or black: cover it at once.
        if (event.kind === 'renderer-gone') standby.show();
        dispatch(event);
      },
      onLoadFailed: () => standby.show(),
      reload: () => load(window),
    });
    deps.onWindow(window);
    return { screen, standby, faults };
  };

  let current = mount(deps.openScreen());

  const persist = (next: RecoveryState): Promise<void> => {
    saving = saving
      .then(() => saveRecoveryState(stateFile, next))
      .catch((error: unknown) => {
        log.error('recovery-state-unsaved', `kiosk: cannot save ${stateFile} (${(error as Error).message})`);
      });
    return saving;
  };

  function dispatch(event: RecoveryEvent): void {
    if (leaving || deps.isQuitting()) return;
    const decision = decideRecovery(state, event, Date.now(), config);
    if (decision.action === 'none') return;
    state = decision.state;
    const saved = persist(state);
    host.recordRecovery(metricReason(event));
    const severe = decision.action === 'relaunch-app' || decision.action === 'give-up';
    log[severe ? 'error' : 'warn']('screen-recovery', `kiosk: ${decision.reason}`, { action: decision.action });
    act(decision.action, decision.reason, event, saved);
  }

  function act(action: RecoveryStep, reason: string, event: RecoveryEvent, saved: Promise<void>): void {
    switch (action) {
      case 'reload-at-slide-boundary':
        reloadAskedAtMs = Date.now();
        host.sendCommand({ type: 'reload-at-boundary', reason });
        return;
      case 'reload-now':
        return reloadNow(event);
      case 'recreate-window':
        return replaceWindow();
      case 'relaunch-app':
      case 'give-up':
        leaving = true;
        current.standby.show();
        // The state must be on disk first: the next process has to know this relaunch happened.
        void saved.then(() => (action === 'relaunch-app' ? relaunch() : giveUp()));
    }
  }

  function reloadNow(event: RecoveryEvent): void {
    const { window } = current.screen;
    if (window.isDestroyed()) return;
    current.standby.show();
    current.faults.clearHang();
    // A hung or silent page cannot be trusted to navigate away; Electron's advice is to kill its
    // renderer, after which the load runs in a fresh one. That kill is not a new fault.
    if (event.kind !== 'renderer-gone' && !window.webContents.isCrashed()) {
      current.faults.expectRendererKill();
      window.webContents.forcefullyCrashRenderer();
    }
    // Out of the event handler that brought us here: a navigation started inside render-process-gone may be dropped.
    setTimeout(() => {
      if (!window.isDestroyed() && !leaving) load(window);
    }, 0);
  }

  function replaceWindow(): void {
    const old = current;
    old.faults.stop();
    // IPC handlers are global: the old window lets go of them before the new one takes them.
    old.screen.detach();
    old.standby.show();
    try {
      current = mount(deps.openScreen());
    } catch (error) {
      // No new window can be had (out of memory, the display server gone): only a fresh process can help.
      log.error('window-replace-failed', `kiosk: cannot open a new window (${(error as Error).message}); relaunching`);
      leaving = true;
      void saving.then(relaunch);
      return;
    }
    current.standby.show();
    const fresh = current.screen.window;
    let retired = false;
    const retire = () => {
      if (retired) return;
      retired = true;
      clearTimeout(limit);
      old.standby.hide();
      if (!old.screen.window.isDestroyed()) old.screen.window.destroy();
    };
    // The old window keeps the standby card up until the new one has painted (kiosk-window.ts shows it then).
    fresh.once('ready-to-show', retire);
    const limit = setTimeout(() => {
      if (!fresh.isDestroyed() && !fresh.isVisible()) fresh.show();
      retire();
    }, REPLACEMENT_SHOW_LIMIT_MS);
    load(fresh);
  }

  function relaunch(): void {
    relaunchApp(app, deps.quit);
  }

  async function giveUp(): Promise<void> {
    // Exit code 1, not 0: the service manager (pano.service, Restart=always) starts Pano again.
    await Promise.race([host.close(), new Promise((done) => setTimeout(done, GIVE_UP_CLOSE_LIMIT_MS))]);
    app.exit(1);
  }

  const onChildGone = (_event: Electron.Event, details: Electron.Details) => {
    if (details.type !== 'GPU' || details.reason === 'clean-exit') return;
    dispatch({ kind: 'gpu-gone', reason: details.reason });
  };
  app.on('child-process-gone', onChildGone);
  stops.push(() => app.off('child-process-gone', onChildGone));

  stops.push(
    host.onReport((report, screen) => {
      if (screen !== KIOSK_SCREEN_NAME) return;
      if (report.type === 'ready') {
        // The new page has painted its first slide: the card can go.
        reloadAskedAtMs = null;
        current.standby.hide();
      } else if ('pageId' in report) {
        lastPageId = report.pageId;
      }
    }),
    host.onScreenSilent((silence) => {
      // A page the kiosk already replaced falls silent too; only the page on screen now counts.
      if (silence.screen !== KIOSK_SCREEN_NAME || silence.pageId !== lastPageId) return;
      dispatch({ kind: 'heartbeat-stopped', silentForMs: silence.silentForMs });
    }),
    watchRendererMemory(
      () => (current.screen.window.isDestroyed() ? 0 : current.screen.window.webContents.getOSProcessId()),
      (bytes) => {
        // A reload already asked for would bring the memory down; sampling the old page again would escalate.
        if (reloadAskedAtMs !== null && Date.now() - reloadAskedAtMs < FRESH_PAGE_WAIT_MS) return;
        dispatch({ kind: 'renderer-memory', bytes });
      },
      deps.memorySampleIntervalMs ?? MEMORY_SAMPLE_INTERVAL_MS,
    ),
  );
  host.setScreenshotSource(() => current.screen.window.webContents.capturePage().then((image) => image.toPNG()));
  host.setProcessMemorySource(appProcessMemory);
  stops.push(() => {
    host.setScreenshotSource(null);
    host.setProcessMemorySource(null);
  });

  load(current.screen.window);
  return {
    window: () => current.screen.window,
    saved: () => saving,
    stop() {
      for (const stop of stops.splice(0)) stop();
      current.faults.stop();
      current.screen.detach();
    },
  };
}

/** The standby card's bytes; without them the card is plain black, which a technician should hear about. */
async function readStandbyCard(assetsDir: string, log: Logger): Promise<Buffer | null> {
  const file = join(assetsDir, 'slides', 'standby.jpg');
  try {
    return await readFile(file);
  } catch (error) {
    log.warn('standby-missing', `kiosk: the standby card ${file} cannot be read (${(error as Error).message})`);
    return null;
  }
}
