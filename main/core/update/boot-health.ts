/**
 * Boot health after an update: the new version must report healthy (its first slide
 * painted and the bridge alive — the host combines the two into one `healthy` event)
 * within a few minutes of starting, and must not crash-loop. If it fails, it is marked
 * bad and the previous version restored; the service does the file work these effects ask for.
 */

const MS_PER_MINUTE = 60_000;

/** How strict the check is. */
export interface BootHealthConfig {
  /** A started version must be healthy this soon after its latest start. */
  healthyWithinMs: number;
  /** This many starts (or crashes) without healthy ... */
  crashLoopStarts: number;
  /** ... within this span is a crash loop. */
  crashLoopWindowMs: number;
}

/** Three minutes to paint a slide; three restarts in ten minutes is a loop, not a power cut. */
export const DEFAULT_BOOT_HEALTH_CONFIG: BootHealthConfig = {
  healthyWithinMs: 3 * MS_PER_MINUTE,
  crashLoopStarts: 3,
  crashLoopWindowMs: 10 * MS_PER_MINUTE,
};

/** Why a version failed. */
export type BootFailure = 'not-healthy-in-time' | 'crash-loop';

/** Where the running version stands. `goodVersion` is the last version that proved healthy here. */
export type BootHealthState =
  | { phase: 'idle'; goodVersion: string | null }
  | {
      phase: 'pending-verification';
      version: string;
      /** The latest start: the deadline runs from it, so a power cut does not fail a good version. */
      sinceMs: number;
      /** Starts and crashes not yet followed by healthy, oldest first. */
      attemptsMs: number[];
      goodVersion: string | null;
    }
  | { phase: 'healthy'; version: string; atMs: number; goodVersion: string }
  | { phase: 'failed'; version: string; reason: BootFailure; atMs: number; goodVersion: string | null };

/** What happened, from the host. */
export type BootHealthEvent =
  | { type: 'started'; version: string; nowMs: number }
  | { type: 'healthy'; nowMs: number }
  | { type: 'tick'; nowMs: number }
  | { type: 'crashed'; nowMs: number };

/** What the service must do after a step. */
export type BootHealthEffect =
  | { kind: 'mark-bad'; version: string; reason: BootFailure }
  /** Put the previous AppImage back; `version` is what it should be (null if this screen never had a good one). */
  | { kind: 'restore-previous'; version: string | null };

/** A step's result. */
export interface BootHealthStep {
  state: BootHealthState;
  effects: BootHealthEffect[];
}

/** The state of a kiosk with no record: nothing verified, nothing pending. */
export const INITIAL_BOOT_HEALTH: BootHealthState = { phase: 'idle', goodVersion: null };

/** Words for the log and the status page. */
export function describeBootFailure(reason: BootFailure, config = DEFAULT_BOOT_HEALTH_CONFIG): string {
  return reason === 'crash-loop'
    ? `restarted ${config.crashLoopStarts} times within ${config.crashLoopWindowMs / MS_PER_MINUTE} minutes without showing a slide`
    : `did not show a slide within ${config.healthyWithinMs / MS_PER_MINUTE} minutes of starting`;
}

function fail(
  state: Extract<BootHealthState, { phase: 'pending-verification' }>,
  reason: BootFailure,
  nowMs: number,
): BootHealthStep {
  return {
    state: { phase: 'failed', version: state.version, reason, atMs: nowMs, goodVersion: state.goodVersion },
    effects: [
      { kind: 'mark-bad', version: state.version, reason },
      { kind: 'restore-previous', version: state.goodVersion },
    ],
  };
}

/** One attempt more; fails the version when attempts within the window reach the limit. */
function attempt(
  state: Extract<BootHealthState, { phase: 'pending-verification' }>,
  nowMs: number,
  restarted: boolean,
  config: BootHealthConfig,
): BootHealthStep {
  const attemptsMs = [...state.attemptsMs, nowMs].filter((atMs) => nowMs - atMs < config.crashLoopWindowMs);
  const next = { ...state, attemptsMs, sinceMs: restarted ? nowMs : state.sinceMs };
  if (attemptsMs.length >= config.crashLoopStarts) return fail(next, 'crash-loop', nowMs);
  return { state: next, effects: [] };
}

/**
 * The next state. A start of a version other than the last good one begins its
 * verification; the last good version itself needs none (there is nothing older to
 * restore to). Events that do not apply to the current phase leave it unchanged.
 */
export function stepBootHealth(
  state: BootHealthState,
  event: BootHealthEvent,
  config: BootHealthConfig = DEFAULT_BOOT_HEALTH_CONFIG,
): BootHealthStep {
  const same: BootHealthStep = { state, effects: [] };
  switch (event.type) {
    case 'started': {
      if (state.phase === 'pending-verification' && state.version === event.version) {
        return attempt(state, event.nowMs, true, config);
      }
      // Still the failed version: the restore has not happened yet (or failed); ask for it again.
      if (state.phase === 'failed' && state.version === event.version) {
        return { state, effects: [{ kind: 'restore-previous', version: state.goodVersion }] };
      }
      if (event.version === state.goodVersion) {
        return {
          state: { phase: 'healthy', version: event.version, atMs: event.nowMs, goodVersion: event.version },
          effects: [],
        };
      }
      const pending: BootHealthState = {
        phase: 'pending-verification',
        version: event.version,
        sinceMs: event.nowMs,
        attemptsMs: [],
        goodVersion: state.goodVersion,
      };
      return attempt(pending, event.nowMs, true, config);
    }
    case 'healthy':
      if (state.phase !== 'pending-verification') return same;
      return {
        state: { phase: 'healthy', version: state.version, atMs: event.nowMs, goodVersion: state.version },
        effects: [],
      };
    case 'tick':
      if (state.phase !== 'pending-verification') return same;
      return event.nowMs - state.sinceMs >= config.healthyWithinMs
        ? fail(state, 'not-healthy-in-time', event.nowMs)
        : same;
    case 'crashed':
      if (state.phase !== 'pending-verification') return same;
      return attempt(state, event.nowMs, false, config);
  }
}
