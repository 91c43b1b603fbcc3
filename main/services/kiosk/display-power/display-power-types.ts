/** The display power service's face: its options, its state for /healthz and /metrics, its handle. */
import type { DisplayPowerSettings } from '../../../core/kiosk/display-power-policy';
import type { Logger } from '../../logger';
import type { DisplayPowerLevel } from './display-tools';
import type { RunCommand } from './run-command';

/** Where display power stands, for /healthz and /metrics. */
export interface DisplayPowerState {
  /** What the hours ask for now. */
  wanted: DisplayPowerLevel;
  /** What a tool last achieved: unknown before Pano first acted, when every tool failed, or with no tool at all. */
  applied: DisplayPowerLevel | 'unknown';
  /** The tools found and usable (`xset`, `cec-client`). */
  tools: string[];
  /** What went wrong the last time the display was switched, or null. */
  lastError: string | null;
}

/** The timers the service uses; tests pass a fake clock. */
export interface DisplayPowerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DisplayPowerOptions {
  settings: () => DisplayPowerSettings;
  timeZone: () => string;
  logger: Logger;
  /** Wall clock in ms. */
  now?: () => number;
  timers?: DisplayPowerTimers;
  /** PATH (where the tools are looked for), DISPLAY (xset's X server); also the tools' environment. */
  env?: NodeJS.ProcessEnv;
  runCommand?: RunCommand;
  /** How long one tool call may take before it is stopped and counted as failed. */
  commandTimeoutMs?: number;
  /** How soon a switch that no tool managed is tried again. */
  retryAfterMs?: number;
}

/** The running service. */
export interface DisplayPower {
  state(): DisplayPowerState;
  /** Call after the settings (or the time zone) changed: the hours are read again and acted on at once. */
  reconfigure(): void;
  /** Resolves when no switch is in progress (tests; close). */
  settled(): Promise<void>;
  /**
   * Stops the timers. A display Pano put to sleep is woken first (unless `wake` is false, e.g. a relaunch that
   * starts again at once): a technician who stops Pano at night must not be left facing a dark screen.
   */
  close(options?: { wake?: boolean }): Promise<void>;
}
