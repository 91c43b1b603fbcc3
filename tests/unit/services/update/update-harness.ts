/**
 * A kiosk for the update service without Electron: a fake clock whose hours pass in
 * milliseconds, a host whose state and reports the test controls, a log that is read back,
 * and AppImages in a temporary folder. Network and files are real (127.0.0.1, tmpdir).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScreenReport } from '../../../../main/core/bridge';
import type { PlayerState } from '../../../../main/core/player-state';
import { DEFAULT_UPDATE_SETTINGS, type UpdateSettings } from '../../../../main/core/update/update-settings';
import type { Logger, LogLevel } from '../../../../main/services/logger';
import type { UpdateClock } from '../../../../main/services/update/update-clock';
import { installFromDownload, type DownloadedUpdate } from '../../../../main/services/update/update-downloads';
import { appImagePaths, type AppImagePaths } from '../../../../main/services/update/update-files';
import {
  startUpdateService,
  type UpdateService,
  type UpdateServiceOptions,
} from '../../../../main/services/update/update-service';
import { hallState } from '../../core/schedule/state-fixtures';

/** A clock that only moves when told; timers run in time order as it passes them. */
export class FakeClock implements UpdateClock {
  private timers = new Map<number, { atMs: number; run: () => void }>();
  private nextId = 1;
  constructor(public nowMs: number) {}

  now = () => this.nowMs;

  setTimer = (run: () => void, delayMs: number) => {
    const id = this.nextId++;
    this.timers.set(id, { atMs: this.nowMs + Math.max(delayMs, 0), run });
    return () => void this.timers.delete(id);
  };

  /** Moves to `targetMs`, firing each due timer at its own time and letting `settle` finish the work it starts. */
  async advanceTo(targetMs: number, settle: () => Promise<void>): Promise<void> {
    for (;;) {
      await settle();
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.atMs <= targetMs)
        .sort(([, a], [, b]) => a.atMs - b.atMs)[0];
      if (!due) break;
      const [id, timer] = due;
      this.timers.delete(id);
      this.nowMs = Math.max(this.nowMs, timer.atMs);
      timer.run();
    }
    this.nowMs = Math.max(this.nowMs, targetMs);
    await settle();
  }
}

/** One logged line. */
export interface LogLine {
  level: LogLevel;
  event: string;
  message: string;
}

/** A logger that keeps what it was told. */
export function memoryLogger(): Logger & { lines: LogLine[]; messages(): string[] } {
  const lines: LogLine[] = [];
  const add = (level: LogLevel) => (event: string, message: string) => void lines.push({ level, event, message });
  return {
    lines,
    info: add('info'),
    warn: add('warn'),
    error: add('error'),
    messages: () => lines.map((l) => l.message),
  };
}

/** A host whose settings, state and screen reports the test sets. */
export function fakeHost(updates: Partial<UpdateSettings>, state: PlayerState = hallState()) {
  const stateListeners = new Set<(state: PlayerState) => void>();
  const reportListeners = new Set<(report: ScreenReport, screen: string) => void>();
  let current = state;
  return {
    settings: () => ({ updates: { ...DEFAULT_UPDATE_SETTINGS, ...updates } }),
    getState: () => current,
    onState(listener: (state: PlayerState) => void) {
      stateListeners.add(listener);
      return () => void stateListeners.delete(listener);
    },
    onReport(listener: (report: ScreenReport, screen: string) => void) {
      reportListeners.add(listener);
      return () => void reportListeners.delete(listener);
    },
    setState(next: PlayerState) {
      current = next;
      for (const listener of stateListeners) listener(next);
    },
    /** What the kiosk window (or a browser) sends when its first slide is painted. */
    ready(screen = 'kiosk') {
      for (const listener of reportListeners) listener({ type: 'ready', revision: current.revision }, screen);
    },
  };
}

export const OLD_APPIMAGE = Buffer.from('#!/bin/sh\necho "Pano 1.3.0"\n');

/** A kiosk on a temp dir: DATA/ and ~/Applications/Pano.AppImage (version 1.3.0). */
export interface TestKiosk {
  root: string;
  dataDir: string;
  appImage: AppImagePaths;
  installs: { update: DownloadedUpdate; atMs: number }[];
  relaunches: { reason: string; atMs: number }[];
  remove(): Promise<void>;
}

export async function makeKiosk(): Promise<TestKiosk> {
  const root = await mkdtemp(join(tmpdir(), 'pano-update-service-'));
  const appImage = appImagePaths(join(root, 'Applications'));
  await mkdir(join(root, 'Applications'));
  await writeFile(appImage.current, OLD_APPIMAGE, { mode: 0o755 });
  return {
    root,
    dataDir: join(root, 'data'),
    appImage,
    installs: [],
    relaunches: [],
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Starts the service as the Electron shell does, with the real file swap and a recorded relaunch. */
export async function startService(
  kiosk: TestKiosk,
  clock: FakeClock,
  host: ReturnType<typeof fakeHost>,
  logger: Logger,
  over: Partial<UpdateServiceOptions> = {},
): Promise<UpdateService> {
  return startUpdateService({
    host,
    logger,
    clock,
    currentVersion: '1.3.0',
    arch: 'x64',
    dataDir: kiosk.dataDir,
    appImage: kiosk.appImage,
    kioskId: 'hall-0',
    checkTimeoutMs: 5000,
    install: (update) => {
      kiosk.installs.push({ update, atMs: clock.nowMs });
      return installFromDownload(update, kiosk.appImage);
    },
    relaunch: (reason) => void kiosk.relaunches.push({ reason, atMs: clock.nowMs }),
    ...over,
  });
}
