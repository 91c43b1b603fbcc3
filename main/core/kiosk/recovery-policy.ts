/**
 * What the kiosk does when its screen is in trouble, as a pure reducer: one
 * fault in, the next recovery action out, with a reason for the log. The
 * Electron shell only acts on the answer (design.md: pure decisions separated
 * from the one function that acts), so escalation and caps are tested here
 * with a fake clock.
 *
 * The ladder, gentlest first: reload at the next slide boundary (invisible) →
 * reload now (the page is gone or stuck: no boundary will come) → recreate the
 * window → relaunch the app → give up (exit non-zero and let systemd restart
 * us). A recovery that did not hold (another fault soon after it) climbs one
 * rung; each rung has a cap per window of time, so a page that breaks every
 * few minutes cannot be reloaded for ever; a calm period steps back down.
 */

/** Every `reason` of Electron's `render-process-gone`. */
export const RENDERER_GONE_REASONS = [
  'clean-exit',
  'abnormal-exit',
  'killed',
  'crashed',
  'oom',
  'launch-failed',
  'integrity-failure',
  'memory-eviction',
] as const;
export type RendererGoneReason = (typeof RENDERER_GONE_REASONS)[number];

/** The recovery actions, gentlest first: their index is the rung of the ladder. */
export const RECOVERY_LADDER = [
  'reload-at-slide-boundary',
  'reload-now',
  'recreate-window',
  'relaunch-app',
  'give-up',
] as const;
export type RecoveryStep = (typeof RECOVERY_LADDER)[number];
/** What to do now; `none` when the report is not (yet) a fault. */
export type RecoveryAction = RecoveryStep | 'none';

/** Something the host observed about the screen. */
export type RecoveryEvent =
  | { kind: 'renderer-gone'; reason: RendererGoneReason; exitCode?: number }
  /** The window has been unresponsive for `forMs` (Electron's `unresponsive`, still not `responsive`). */
  | { kind: 'renderer-unresponsive'; forMs: number }
  | { kind: 'gpu-gone'; reason?: string }
  /** The page stopped reporting (see page-watchdog.ts for when a page counts as silent). */
  | { kind: 'heartbeat-stopped'; silentForMs: number }
  /** The renderer's measured memory (app.getAppMetrics reports kilobytes: multiply by 1024). */
  | { kind: 'renderer-memory'; bytes: number };

/** How many times an action may be taken within a window of time before the next rung is used instead. */
export interface ActionCap {
  max: number;
  windowMs: number;
}

/** The thresholds of the policy; DEFAULT_RECOVERY_CONFIG suits a hall screen. */
export interface RecoveryConfig {
  /** A hang shorter than this may be a long image decode; longer, the page is stuck. */
  unresponsiveThresholdMs: number;
  /** Renderer memory above this is a leak worth an (invisible) reload. */
  memoryBudgetBytes: number;
  /** A fault within this time after a recovery action means the action did not hold. */
  holdWindowMs: number;
  /** No fault for this long returns the ladder to its first rung. */
  calmPeriodMs: number;
  /** Both reload kinds count against `reload`. */
  caps: { reload: ActionCap; 'recreate-window': ActionCap; 'relaunch-app': ActionCap };
}

export const DEFAULT_RECOVERY_CONFIG: RecoveryConfig = {
  unresponsiveThresholdMs: 10_000,
  memoryBudgetBytes: 1024 * 1024 * 1024,
  holdWindowMs: 2 * 60_000,
  calmPeriodMs: 30 * 60_000,
  caps: {
    reload: { max: 3, windowMs: 10 * 60_000 },
    'recreate-window': { max: 2, windowMs: 30 * 60_000 },
    'relaunch-app': { max: 2, windowMs: 60 * 60_000 },
  },
};

/**
 * What the policy remembers. Plain JSON on purpose: the host must persist it
 * across `relaunch-app` (and a restart by the service manager), or a crash
 * loop that survives relaunches would never reach `give-up`.
 */
export interface RecoveryState {
  /** The rung the last fault reached (0 = reload at a slide boundary). */
  rung: number;
  lastFaultAtMs: number | null;
  /** Actions taken, oldest first, kept only as long as the longest cap window. */
  history: Array<{ action: RecoveryStep; atMs: number }>;
}

export const INITIAL_RECOVERY_STATE: RecoveryState = { rung: 0, lastFaultAtMs: null, history: [] };

/** The reducer's answer: the state to keep, the action to take and why, in words for the log. */
export interface RecoveryDecision {
  state: RecoveryState;
  action: RecoveryAction;
  reason: string;
}

const GIVE_UP = RECOVERY_LADDER.length - 1;

function seconds(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

/** The fault in words, and the gentlest rung that can help with it; null when it is no fault. */
function classify(event: RecoveryEvent, config: RecoveryConfig): { what: string; rung: number } | null {
  switch (event.kind) {
    case 'renderer-gone': {
      const code = event.exitCode === undefined ? '' : `, exit code ${event.exitCode}`;
      const what = `the screen's renderer is gone (${event.reason}${code})`;
      // The page is gone, so no slide boundary will come. A renderer that could not even start is better
      // given a fresh window; a failed code-integrity check means the binary on disk changed (an update
      // replaced the AppImage under us), which only a relaunch picks up.
      if (event.reason === 'launch-failed') return { what, rung: 2 };
      if (event.reason === 'integrity-failure') return { what, rung: 3 };
      return { what, rung: 1 };
    }
    case 'renderer-unresponsive':
      if (event.forMs < config.unresponsiveThresholdMs) return null;
      return { what: `the screen has not responded for ${seconds(event.forMs)}`, rung: 1 };
    case 'gpu-gone':
      // Chromium restarts its GPU process itself; the page still runs and can reload invisibly.
      return { what: `the GPU process is gone${event.reason ? ` (${event.reason})` : ''}`, rung: 0 };
    case 'heartbeat-stopped':
      // A page whose script stopped reporting cannot be trusted to reach a slide boundary.
      return { what: `the screen has not reported for ${seconds(event.silentForMs)}`, rung: 1 };
    case 'renderer-memory':
      if (event.bytes <= config.memoryBudgetBytes) return null;
      return {
        what: `the screen uses ${Math.round(event.bytes / 2 ** 20)} MiB, over its budget of ${Math.round(config.memoryBudgetBytes / 2 ** 20)} MiB`,
        rung: 0,
      };
  }
}

function capOf(step: RecoveryStep, config: RecoveryConfig): ActionCap | null {
  if (step === 'reload-at-slide-boundary' || step === 'reload-now') return config.caps.reload;
  if (step === 'recreate-window' || step === 'relaunch-app') return config.caps[step];
  return null;
}

/** Actions of the same cap taken within its window before `nowMs` (both reloads count together). */
function usedWithin(history: RecoveryState['history'], step: RecoveryStep, cap: ActionCap, nowMs: number): number {
  const counts = (action: RecoveryStep) =>
    step === 'reload-now' || step === 'reload-at-slide-boundary'
      ? action === 'reload-now' || action === 'reload-at-slide-boundary'
      : action === step;
  return history.filter((entry) => counts(entry.action) && nowMs - entry.atMs < cap.windowMs).length;
}

/**
 * The next action for `event` at `nowMs`, given what happened before. Faults
 * that are not (yet) faults — a hang shorter than the threshold, memory within
 * budget — return `none` and leave the state as it was.
 */
export function decideRecovery(
  state: RecoveryState,
  event: RecoveryEvent,
  nowMs: number,
  config: RecoveryConfig = DEFAULT_RECOVERY_CONFIG,
): RecoveryDecision {
  const fault = classify(event, config);
  if (fault === null) return { state, action: 'none', reason: 'within limits; nothing to do' };

  const notes: string[] = [];
  let previous = state;
  // A wall clock stepped back (NTP after an offline boot) makes every remembered time look like the future;
  // nothing sound can be said about them, so the policy starts afresh rather than escalate on phantom faults.
  if (previous.lastFaultAtMs !== null && nowMs < previous.lastFaultAtMs) {
    previous = INITIAL_RECOVERY_STATE;
    notes.push('the clock went back, so earlier faults are forgotten');
  }
  let rung = fault.rung;
  const last = previous.history[previous.history.length - 1];
  if (previous.lastFaultAtMs !== null && nowMs - previous.lastFaultAtMs >= config.calmPeriodMs) {
    if (previous.rung > 0) notes.push(`calm for ${seconds(nowMs - previous.lastFaultAtMs)}, so starting gently again`);
  } else if (last && nowMs - last.atMs < config.holdWindowMs) {
    rung = Math.max(rung, Math.min(previous.rung + 1, GIVE_UP));
    notes.push(`the last recovery (${last.action} ${seconds(nowMs - last.atMs)} ago) did not hold`);
  } else {
    rung = Math.max(rung, previous.rung);
  }

  let step = RECOVERY_LADDER[rung] as RecoveryStep;
  for (let cap = capOf(step, config); cap !== null; cap = capOf(step, config)) {
    const used = usedWithin(previous.history, step, cap, nowMs);
    if (used < cap.max) break;
    notes.push(`${used} × ${step.startsWith('reload') ? 'reload' : step} in the last ${seconds(cap.windowMs)} already`);
    rung += 1;
    step = RECOVERY_LADDER[rung] as RecoveryStep;
  }

  const keepMs = Math.max(...Object.values(config.caps).map((cap) => cap.windowMs));
  const history = [...previous.history.filter((entry) => nowMs - entry.atMs < keepMs), { action: step, atMs: nowMs }];
  const because = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return {
    state: { rung, lastFaultAtMs: nowMs, history },
    action: step,
    reason: `${fault.what}${because}: ${STEP_WORDS[step]}`,
  };
}

const STEP_WORDS: Record<RecoveryStep, string> = {
  'reload-at-slide-boundary': 'reloading the page at the next slide change, unseen',
  'reload-now': 'reloading the page now, as there is no slide change to wait for',
  'recreate-window': 'replacing the window with a new one',
  'relaunch-app': 'relaunching the app',
  'give-up': 'exiting with an error so the service manager restarts Pano',
};
