/**
 * Puts the display to sleep outside its hours (settings.displayPower) and
 * wakes it on time, through whatever this machine has: DPMS via `xset`,
 * HDMI-CEC via `cec-client`. The page shows black outside the hours by itself;
 * this is the part that saves the panel and the power bill. The decision is
 * the pure policy's (core/kiosk/display-power-policy.ts); this file only acts
 * on it, at the instants the policy names, and never lets a failing or hanging
 * tool disturb the player.
 */
import { displayShouldBeOn, nextDisplayPowerChangeAtMs } from '../../../core/kiosk/display-power-policy';
import {
  describeTools,
  findDisplayTools,
  noToolsMessage,
  type DisplayPowerLevel,
  type DisplayTool,
  type FoundTools,
} from './display-tools';
import type { DisplayPower, DisplayPowerOptions, DisplayPowerState, DisplayPowerTimers } from './display-power-types';
import { runCommand as defaultRunCommand } from './run-command';

export type { DisplayPower, DisplayPowerOptions, DisplayPowerState, DisplayPowerTimers } from './display-power-types';

const COMMAND_TIMEOUT_MS = 10_000;
const RETRY_AFTER_MS = 5 * 60_000;
/** A wall clock stepped by NTP or by hand is noticed within this; each check is one cheap policy call. */
const CLOCK_CHECK_MS = 60_000;
/** Waking on close must fit in the host's 5 s to exit after SIGTERM (contract.md). */
const CLOSE_WAKE_BUDGET_MS = 3000;
/** setTimeout holds at most ~24.8 days; a later change is reached by re-arming on the way. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const nodeTimers: DisplayPowerTimers = {
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref(); // a pending switch must not keep a closing host alive
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Starts the service: the display is put to sleep at once when started outside its hours. */
export function openDisplayPower(options: DisplayPowerOptions): DisplayPower {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const timers = options.timers ?? nodeTimers;
  const env = options.env ?? process.env;
  const run = options.runCommand ?? defaultRunCommand;
  const commandTimeoutMs = options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS;
  const retryAfterMs = options.retryAfterMs ?? RETRY_AFTER_MS;
  const closing = new AbortController();

  let found: FoundTools = findDisplayTools(env);
  let wanted: DisplayPowerLevel = 'on'; // the display is on when Pano starts, as far as anyone knows
  let applied: DisplayPowerState['applied'] = 'unknown';
  let lastError: string | null = null;
  let putToSleep = false; // a tool did put the display to sleep and nothing woke it since: close() wakes it
  let closed = false;
  let closePromise: Promise<void> | null = null;
  let changeTimer: unknown;
  let clockTimer: unknown;
  let retryTimer: unknown;
  let working: Promise<void> | null = null;
  let switchAgain = false;
  let announcedTools: string | null = null;
  let loggedFailure: string | null = null;
  let loggedPolicyProblem: string | null = null;

  /** What the hours ask for at `nowMs`, and the next instant that changes; a broken setting keeps the display on. */
  function decide(nowMs: number): { level: DisplayPowerLevel; nextChangeAtMs: number | null; enabled: boolean } {
    try {
      const settings = options.settings();
      const timeZone = options.timeZone();
      const level = displayShouldBeOn(settings, nowMs, timeZone) ? 'on' : 'off';
      loggedPolicyProblem = null;
      return {
        level,
        nextChangeAtMs: nextDisplayPowerChangeAtMs(settings, nowMs, timeZone),
        enabled: settings.enabled,
      };
    } catch (error) {
      const problem = (error as Error).message;
      if (problem !== loggedPolicyProblem)
        logger.error('display-power-policy', `display hours cannot be read (${problem}); the display stays on`);
      loggedPolicyProblem = problem;
      return { level: 'on', nextChangeAtMs: null, enabled: false };
    }
  }

  function evaluate(): void {
    if (closed) return;
    const nowMs = now();
    const decision = decide(nowMs);
    if (decision.enabled) announceTools();
    timers.clearTimeout(changeTimer);
    changeTimer = undefined;
    if (decision.nextChangeAtMs !== null) {
      const delayMs = Math.min(Math.max(decision.nextChangeAtMs - nowMs, 0), MAX_TIMER_MS);
      changeTimer = timers.setTimeout(evaluate, delayMs); // fired early (clamped, clock stepped back): re-armed
    }
    if (decision.level !== wanted) {
      wanted = decision.level;
      requestSwitch();
    }
  }

  // The change timer counts real time, so a wall clock that jumps forward (NTP after a power cut) would leave
  // it late; a cheap look every minute catches that.
  function checkClock(): void {
    clockTimer = timers.setTimeout(checkClock, CLOCK_CHECK_MS);
    if (decide(now()).level !== wanted) evaluate();
  }

  /** Says once which tools will be used, or that there are none and what that means (again only if that changes). */
  function announceTools(): void {
    const names = found.tools.map((tool) => tool.name);
    const key = names.join(',');
    if (key === announcedTools) return;
    announcedTools = key;
    if (names.length === 0) logger.warn('display-power-no-tools', noToolsMessage(found), { tools: '' });
    else
      logger.info(
        'display-power-tools',
        `outside its hours the display is put to sleep through ${describeTools(names)}`,
        {
          tools: key,
        },
      );
  }

  function requestSwitch(): void {
    if (closed) return;
    timers.clearTimeout(retryTimer);
    retryTimer = undefined;
    if (working) {
      switchAgain = true;
      return;
    }
    working = (async () => {
      do {
        switchAgain = false;
        await switchTo(wanted);
      } while (switchAgain && !closed && applied !== wanted);
    })()
      .catch((error: unknown) =>
        logger.error('display-power-failed', `display power switch failed: ${(error as Error).message}`),
      )
      .finally(() => {
        working = null;
      });
  }

  async function switchTo(target: DisplayPowerLevel): Promise<void> {
    found = findDisplayTools(env); // a tool installed since (cec-utils, after the log said so) is used from now on
    announceTools();
    if (found.tools.length === 0) {
      applied = 'unknown';
      if (target === 'off') scheduleRetry();
      return;
    }
    const outcomes = await Promise.all(
      found.tools.map(async (tool) => ({
        tool: tool.name,
        failure: await driveTool(tool, target, commandTimeoutMs, closing.signal),
      })),
    );
    if (closed) {
      // Stopped midway by close(): a sleep may have half happened, so close() wakes the display to be sure.
      if (target === 'off') putToSleep = true;
      return;
    }
    const worked = outcomes.filter((outcome) => outcome.failure === null).map((outcome) => outcome.tool);
    const failures = outcomes.flatMap((outcome) => (outcome.failure === null ? [] : [outcome.failure]));
    const before = applied;
    // One tool that worked is enough (a monitor on DisplayPort has no CEC); the rest are tried again next change.
    applied = worked.length > 0 ? target : 'unknown';
    if (worked.length > 0) putToSleep = target === 'off';
    lastError = failures.length > 0 ? failures.join('; ') : null;
    if (applied === target && before !== target)
      logger.info(
        'display-power-switched',
        target === 'off'
          ? `the display was put to sleep (outside its hours) through ${describeTools(worked)}`
          : `the display was woken through ${describeTools(worked)}`,
        { level: target, tools: worked.join(',') },
      );
    if (lastError !== null && lastError !== loggedFailure) {
      const retry = applied === target ? '' : `; trying again in ${Math.round(retryAfterMs / 60_000)} min`;
      logger.warn(
        'display-power-failed',
        `could not ${target === 'off' ? 'put the display to sleep' : 'wake the display'}: ${lastError}; the player carries on${retry}`,
        { level: target, error: lastError },
      );
    }
    loggedFailure = lastError;
    if (applied !== target) scheduleRetry();
  }

  function scheduleRetry(): void {
    timers.clearTimeout(retryTimer);
    retryTimer = timers.setTimeout(() => {
      retryTimer = undefined;
      if (applied !== wanted) requestSwitch();
    }, retryAfterMs);
  }

  /** Runs a tool's steps in order; returns what failed (naming the tool and the call), or null. */
  async function driveTool(
    tool: DisplayTool,
    target: DisplayPowerLevel,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<string | null> {
    for (const step of tool.steps[target]) {
      const result = await run(tool.file, step.args, {
        timeoutMs,
        env,
        signal,
        ...(step.input === undefined ? {} : { input: step.input }),
      });
      const failure = tool.failure(result);
      if (failure !== null) {
        const call = step.input === undefined ? step.args.join(' ') : `'${step.input.trim()}'`;
        return `${tool.name} ${call} ${failure}`;
      }
    }
    return null;
  }

  async function settled(): Promise<void> {
    while (working) await working;
  }

  async function wakeOnClose(): Promise<void> {
    found = findDisplayTools(env);
    if (found.tools.length === 0) return;
    const deadline = AbortSignal.timeout(CLOSE_WAKE_BUDGET_MS);
    const failures = (
      await Promise.all(found.tools.map((tool) => driveTool(tool, 'on', CLOSE_WAKE_BUDGET_MS, deadline)))
    ).filter((failure) => failure !== null);
    if (failures.length < found.tools.length) {
      applied = 'on';
      logger.info(
        'display-power-switched',
        'Pano is stopping: the display was woken so nobody is left with a dark screen',
        {
          level: 'on',
        },
      );
    } else {
      lastError = failures.join('; ');
      logger.warn('display-power-failed', `Pano is stopping but could not wake the display: ${lastError}`, {
        level: 'on',
        error: lastError,
      });
    }
  }

  evaluate();
  clockTimer = timers.setTimeout(checkClock, CLOCK_CHECK_MS);

  return {
    state: () => ({ wanted, applied, tools: found.tools.map((tool) => tool.name), lastError }),
    reconfigure: evaluate,
    settled,
    close({ wake = true } = {}) {
      closePromise ??= (async () => {
        closed = true;
        for (const timer of [changeTimer, clockTimer, retryTimer]) timers.clearTimeout(timer);
        closing.abort(); // a tool still running (a hung CEC adapter) is stopped, not waited for
        await settled();
        if (wake && putToSleep) await wakeOnClose();
      })();
      return closePromise;
    },
  };
}
