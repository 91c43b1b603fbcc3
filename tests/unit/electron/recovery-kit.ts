/**
 * A kiosk under the recovery supervisor, in plain Node: the fake Electron
 * (./fake-electron) plays Chromium, a fake host records what the supervisor
 * asks of it, and the test plays the page (ready, heartbeats, silence).
 * The test file must `vi.mock('electron', () => import('./fake-electron/electron.mjs'))`.
 */
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { ScreenCommand, ScreenReport } from '../../../main/core/bridge';
import type { PlayerState } from '../../../main/core/player-state';
import type { RunningHost, ScreenSilence } from '../../../main/services/host/host-api';
import type { Logger } from '../../../main/services/logger';
import { openKioskScreen } from '../../../main/electron/kiosk-screen';
import { superviseKiosk, type KioskSupervisor } from '../../../main/electron/recovery';

// These tests play a kiosk started by hand; under systemd (a CI runner in a unit) the app would not relaunch itself.
delete process.env.INVOCATION_ID;

export const ASSETS_DIR = fileURLToPath(new URL('../../../assets', import.meta.url));

/** A host that records what the supervisor does with it; the test emits reports and silences. */
export function fakeHost(dataDir: string) {
  const events = new EventEmitter();
  const commands: ScreenCommand[] = [];
  const recoveries: string[] = [];
  let screenshot: (() => Promise<Buffer>) | null = null;
  let memory: (() => unknown[]) | null = null;
  let closed = 0;
  // The host's listeners take one or two arguments; the emitter passes them on as they come.
  const subscribe = (name: string) => (listener: (...args: unknown[]) => void) => {
    events.on(name, listener);
    return () => void events.off(name, listener);
  };
  const host = {
    dataDir,
    url: null,
    getState: () => ({ revision: 1, slides: [] }) as unknown as PlayerState,
    onState: subscribe('state'),
    onCommand: subscribe('command'),
    report: () => {},
    sendCommand: (command: ScreenCommand) => commands.push(command),
    onReport: subscribe('report'),
    onScreenSilent: subscribe('silent'),
    recordRecovery: (reason: string) => recoveries.push(reason),
    setScreenshotSource: (capture: typeof screenshot) => (screenshot = capture),
    setProcessMemorySource: (read: typeof memory) => (memory = read),
    close: async () => void (closed += 1),
  } as unknown as RunningHost;
  return {
    host,
    commands,
    recoveries,
    screenshot: () => screenshot,
    processMemory: () => memory,
    closed: () => closed,
    /** The kiosk page (screen `kiosk`) or another screen reports. */
    report: (report: ScreenReport, screen = 'kiosk') => events.emit('report', report, screen),
    silent: (silence: ScreenSilence) => events.emit('silent', silence),
  };
}

/** A logger that keeps its lines as `level event: message`. */
export function captureLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (event: string, message: string) => void lines.push(`${level} ${event}: ${message}`);
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** Starts a supervisor on `dataDir` with the real window opener, as main.ts does; `failAfter` windows, opening throws. */
export async function startSupervised(dataDir: string, failAfter = Infinity) {
  const host = fakeHost(dataDir);
  const log = captureLog();
  const quit = vi.fn();
  const windows: BrowserWindow[] = [];
  const supervisor: KioskSupervisor = await superviseKiosk({
    host: host.host,
    log,
    assetsDir: ASSETS_DIR,
    isQuitting: () => false,
    quit,
    onWindow: (window) => windows.push(window),
    openScreen: () => {
      if (windows.length >= failAfter) throw new Error('the display server went away');
      return openKioskScreen({
        host: host.host,
        displayIndex: 0,
        preloadPath: '/app/dist/electron/preload.cjs',
        allowDevTools: false,
        log,
        isQuitting: () => false,
        onQuitCombo: quit,
      });
    },
  });
  return { ...host, log, quit, windows, supervisor };
}
