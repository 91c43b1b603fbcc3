import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideRecovery,
  DEFAULT_RECOVERY_CONFIG,
  INITIAL_RECOVERY_STATE,
  RENDERER_GONE_REASONS,
  type RecoveryAction,
  type RecoveryEvent,
  type RecoveryState,
} from '../../../../main/core/kiosk/recovery-policy';

const MIN = 60_000;
const crash: RecoveryEvent = { kind: 'renderer-gone', reason: 'crashed', exitCode: 139 };

/** Feeds events at the given times through the reducer, as the host would, and returns the actions taken. */
function run(events: Array<[number, RecoveryEvent]>, state: RecoveryState = INITIAL_RECOVERY_STATE) {
  const actions: RecoveryAction[] = [];
  const reasons: string[] = [];
  for (const [atMs, event] of events) {
    const decision = decideRecovery(state, event, atMs);
    state = decision.state;
    actions.push(decision.action);
    reasons.push(decision.reason);
  }
  return { actions, reasons, state };
}

describe('decideRecovery', () => {
  it.each(RENDERER_GONE_REASONS)('brings the screen back at once when its renderer is gone (%s)', (reason) => {
    const { action, reason: why } = decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'renderer-gone', reason }, 0);
    // The page is gone: there is no slide boundary to wait for.
    expect(action).not.toBe('reload-at-slide-boundary');
    expect(action).not.toBe('none');
    expect(why).toContain(reason);
  });

  it('reloads after an ordinary crash, gives a fresh window to a renderer that cannot start, and relaunches after an integrity failure', () => {
    const first = (reason: (typeof RENDERER_GONE_REASONS)[number]) =>
      decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'renderer-gone', reason }, 0).action;
    for (const reason of ['clean-exit', 'abnormal-exit', 'killed', 'crashed', 'oom', 'memory-eviction'] as const) {
      expect(first(reason)).toBe('reload-now');
    }
    expect(first('launch-failed')).toBe('recreate-window');
    expect(first('integrity-failure')).toBe('relaunch-app');
  });

  it('climbs the ladder when each recovery does not hold, ending with the service manager', () => {
    const { actions, reasons } = run([
      [0, { kind: 'renderer-memory', bytes: 2 * 1024 ** 3 }],
      [30_000, crash],
      [60_000, crash],
      [90_000, crash],
      [120_000, crash],
      [150_000, crash],
    ]);
    expect(actions).toEqual([
      'reload-at-slide-boundary',
      'reload-now',
      'recreate-window',
      'relaunch-app',
      'give-up',
      'give-up',
    ]);
    expect(reasons[2]).toContain('did not hold');
    expect(reasons[4]).toContain('service manager');
  });

  it('never reloads a page that crashes every 30 s in a loop: window, relaunch, then give up', () => {
    const events = Array.from({ length: 40 }, (_, i): [number, RecoveryEvent] => [i * 30_000, crash]);
    const { actions } = run(events);
    expect(actions.slice(0, 4)).toEqual(['reload-now', 'recreate-window', 'relaunch-app', 'give-up']);
    expect(actions.filter((action) => action === 'reload-now')).toHaveLength(1);
  });

  it('caps reloads per window: a page that crashes every 3 min gets 3 reloads, then a new window, then a relaunch', () => {
    // 3 min apart, each reload "held" past the 2 min hold window, so only the cap stops the loop.
    const events = Array.from({ length: 12 }, (_, i): [number, RecoveryEvent] => [i * 3 * MIN, crash]);
    const { actions, reasons } = run(events);
    expect(actions.slice(0, 4)).toEqual(['reload-now', 'reload-now', 'reload-now', 'recreate-window']);
    expect(reasons[3]).toContain('3 × reload in the last 10 min already');
    expect(actions).toContain('relaunch-app');
    expect(actions.at(-1)).toBe('give-up');
  });

  it('steps back down to a gentle reload after a calm half hour', () => {
    const loop = run([
      [0, crash],
      [30_000, crash],
      [60_000, crash],
    ]);
    expect(loop.actions.at(-1)).toBe('relaunch-app');
    const later = decideRecovery(loop.state, { kind: 'renderer-memory', bytes: 2 * 1024 ** 3 }, 60_000 + 31 * MIN);
    expect(later.action).toBe('reload-at-slide-boundary');
    expect(later.reason).toContain('calm for 31 min');
  });

  it('stays on the same rung for a fault that comes after the last recovery held but before calm', () => {
    const { actions } = run([
      [0, { kind: 'gpu-gone' }],
      [5 * MIN, crash],
      [10 * MIN, { kind: 'gpu-gone' }],
    ]);
    expect(actions).toEqual(['reload-at-slide-boundary', 'reload-now', 'reload-now']);
  });

  it('waits out a short hang and reloads after one past the threshold', () => {
    const short = decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'renderer-unresponsive', forMs: 4000 }, 0);
    expect(short.action).toBe('none');
    expect(short.state).toBe(INITIAL_RECOVERY_STATE);
    const long = decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'renderer-unresponsive', forMs: 12_000 }, 0);
    expect(long.action).toBe('reload-now');
    expect(long.reason).toContain('has not responded for 12 s');
  });

  it('reloads a silent page at once and a GPU loss at the next slide change', () => {
    expect(decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'heartbeat-stopped', silentForMs: 30_000 }, 0).action).toBe(
      'reload-now',
    );
    expect(decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'gpu-gone', reason: 'crashed' }, 0).action).toBe(
      'reload-at-slide-boundary',
    );
  });

  it('reloads invisibly when the renderer is over its memory budget, and not at or under it', () => {
    const budget = DEFAULT_RECOVERY_CONFIG.memoryBudgetBytes;
    expect(decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'renderer-memory', bytes: budget }, 0).action).toBe('none');
    const over = decideRecovery(INITIAL_RECOVERY_STATE, { kind: 'renderer-memory', bytes: budget + 300 * 2 ** 20 }, 0);
    expect(over.action).toBe('reload-at-slide-boundary');
    expect(over.reason).toBe(
      'the screen uses 1324 MiB, over its budget of 1024 MiB: reloading the page at the next slide change, unseen',
    );
  });

  it('forgets faults from a clock that went back instead of escalating on them', () => {
    const loop = run([
      [10 * MIN, crash],
      [10 * MIN + 30_000, crash],
    ]);
    const after = decideRecovery(loop.state, crash, 0);
    expect(after.action).toBe('reload-now');
    expect(after.reason).toContain('the clock went back');
  });

  it('keeps a state that survives JSON, so it can be persisted across a relaunch', () => {
    const { state } = run([
      [0, crash],
      [30_000, crash],
    ]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('never reloads more often than the cap within any window, whatever the faults', () => {
    const event = fc.oneof(
      fc.constantFrom(...RENDERER_GONE_REASONS).map((reason): RecoveryEvent => ({ kind: 'renderer-gone', reason })),
      fc.constant<RecoveryEvent>({ kind: 'gpu-gone' }),
      fc.integer({ min: 0, max: 60_000 }).map((forMs): RecoveryEvent => ({ kind: 'renderer-unresponsive', forMs })),
      fc.constant<RecoveryEvent>({ kind: 'heartbeat-stopped', silentForMs: 30_000 }),
      fc.integer({ min: 0, max: 4 * 1024 ** 3 }).map((bytes): RecoveryEvent => ({ kind: 'renderer-memory', bytes })),
    );
    const { max, windowMs } = DEFAULT_RECOVERY_CONFIG.caps.reload;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 * MIN }), event), { maxLength: 80 }), (steps) => {
        let state = INITIAL_RECOVERY_STATE;
        let nowMs = 1_700_000_000_000;
        const reloads: number[] = [];
        for (const [gapMs, fault] of steps) {
          nowMs += gapMs;
          const decision = decideRecovery(state, fault, nowMs);
          state = decision.state;
          if (decision.action.startsWith('reload')) reloads.push(nowMs);
          expect(decision.reason.length).toBeGreaterThan(0);
        }
        for (const startMs of reloads) {
          expect(reloads.filter((t) => t >= startMs && t < startMs + windowMs).length).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});
