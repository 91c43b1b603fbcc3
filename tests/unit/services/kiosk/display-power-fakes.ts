/**
 * Test stand-ins for the display power service: a clock whose wall time and timers the test moves, fake
 * `xset`/`cec-client` programs in a temporary folder, and a logger that keeps its lines.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DisplayPowerTimers } from '../../../../main/services/kiosk/display-power/display-power-service';
import type { LogFields, Logger, LogLevel } from '../../../../main/services/logger';

export const HANOI = 'Asia/Ho_Chi_Minh';

/** Milliseconds since the epoch of a wall-clock time in Hanoi (UTC+7, no daylight saving). */
export function hanoi(date: string, time: string): number {
  return Date.parse(`${date}T${time}+07:00`);
}

/**
 * Timers that fire only when the test moves time. Timers count "real" elapsed time; the wall clock can also
 * be stepped on its own (NTP after a power cut) without the timers noticing, as on a real machine.
 */
export function createFakeClock(startWallMs: number) {
  let elapsedMs = 0;
  let wallOffsetMs = startWallMs;
  let nextId = 1;
  const pending = new Map<number, { atMs: number; callback: () => void }>();
  const timers: DisplayPowerTimers = {
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.set(id, { atMs: elapsedMs + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  const earliestDue = (untilMs: number) => {
    let found: [number, { atMs: number; callback: () => void }] | undefined;
    for (const entry of pending)
      if (entry[1].atMs <= untilMs && (!found || entry[1].atMs < found[1].atMs)) found = entry;
    return found;
  };
  return {
    now: () => elapsedMs + wallOffsetMs,
    timers,
    /** Lets time pass until the wall clock reads `wallMs`, firing due timers in order and awaiting `afterEach`. */
    async advanceTo(wallMs: number, afterEach: () => Promise<void> = async () => undefined) {
      const untilMs = wallMs - wallOffsetMs;
      if (untilMs < elapsedMs) throw new Error('advanceTo: that time has passed; use stepWallClock to go back');
      for (let due = earliestDue(untilMs); due; due = earliestDue(untilMs)) {
        pending.delete(due[0]);
        elapsedMs = due[1].atMs;
        due[1].callback();
        await afterEach();
      }
      elapsedMs = untilMs;
    },
    /** Steps the wall clock by `deltaMs` without any time passing for the timers. */
    stepWallClock(deltaMs: number) {
      wallOffsetMs += deltaMs;
    },
  };
}

const FAKE_TOOL = fileURLToPath(new URL('../../../fixtures/display-tools/fake-display-tool.sh', import.meta.url));

/** A temporary folder holding fake tools under the given names, and what they were asked to do. */
export function createFakeTools(names: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'pano-display-tools-'));
  const binDir = join(dir, 'bin');
  const logFile = join(dir, 'calls.log');
  mkdirSync(binDir);
  /** Puts one more fake tool on PATH (as a technician installing a package would). */
  const install = (name: string) => {
    copyFileSync(FAKE_TOOL, join(binDir, name));
    chmodSync(join(binDir, name), 0o755);
  };
  names.forEach(install);
  return {
    binDir,
    /** The environment of the service (and so of the tools): the fake folder is the whole PATH. */
    env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
      return { PATH: binDir, FAKE_TOOL_LOG: logFile, ...extra };
    },
    install,
    /** Each call as "tool|arguments|stdin", in the order they happened, for one tool. */
    calls(tool: string): string[] {
      let text: string;
      try {
        text = readFileSync(logFile, 'utf8');
      } catch {
        return [];
      }
      return text
        .split('\n')
        .filter((line) => line.startsWith(`${tool}|`))
        .map((line) => line.slice(tool.length + 1));
    },
    allCalls(): string[] {
      try {
        return readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface LoggedLine {
  level: LogLevel;
  event: string;
  message: string;
  fields: LogFields | undefined;
}

/** A logger that keeps what it was told. */
export function createMemoryLogger(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const keep = (level: LogLevel) => (event: string, message: string, fields?: LogFields) =>
    lines.push({ level, event, message, fields });
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}
