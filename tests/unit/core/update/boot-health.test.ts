import { describe, expect, it } from 'vitest';
import {
  INITIAL_BOOT_HEALTH,
  stepBootHealth,
  type BootHealthEvent,
  type BootHealthState,
} from '../../../../main/core/update/boot-health';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-27T02:10:00+07:00');
const healthyOn = (version: string): BootHealthState => ({ phase: 'healthy', version, atMs: 0, goodVersion: version });

function run(state: BootHealthState, events: BootHealthEvent[]) {
  const effects = [];
  for (const event of events) {
    const step = stepBootHealth(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

describe('stepBootHealth', () => {
  it('a new version that paints its first slide in time becomes the good version', () => {
    const { state, effects } = run(healthyOn('1.3.0'), [
      { type: 'started', version: '1.4.0', nowMs: T0 },
      { type: 'tick', nowMs: T0 + 2 * MINUTE },
      { type: 'healthy', nowMs: T0 + 2 * MINUTE + 5000 },
      { type: 'tick', nowMs: T0 + 60 * MINUTE },
    ]);
    expect(state).toEqual({ phase: 'healthy', version: '1.4.0', atMs: T0 + 2 * MINUTE + 5000, goodVersion: '1.4.0' });
    expect(effects).toEqual([]);
  });

  it('a new version silent for 3 minutes is marked bad and the previous restored', () => {
    const pending = run(healthyOn('1.3.0'), [{ type: 'started', version: '1.4.0', nowMs: T0 }]).state;
    expect(pending).toMatchObject({ phase: 'pending-verification', version: '1.4.0', sinceMs: T0 });
    expect(stepBootHealth(pending, { type: 'tick', nowMs: T0 + 3 * MINUTE - 1 }).effects).toEqual([]);
    const failed = stepBootHealth(pending, { type: 'tick', nowMs: T0 + 3 * MINUTE });
    expect(failed.state).toMatchObject({
      phase: 'failed',
      version: '1.4.0',
      reason: 'not-healthy-in-time',
      goodVersion: '1.3.0',
    });
    expect(failed.effects).toEqual([
      { kind: 'mark-bad', version: '1.4.0', reason: 'not-healthy-in-time' },
      { kind: 'restore-previous', version: '1.3.0' },
    ]);
    // The restored version starts and needs no verification.
    expect(
      stepBootHealth(failed.state, { type: 'started', version: '1.3.0', nowMs: T0 + 4 * MINUTE }).state,
    ).toMatchObject({
      phase: 'healthy',
      version: '1.3.0',
    });
  });

  it('a crash loop (3 starts in 10 minutes) fails the version before its deadline', () => {
    const { state, effects } = run(healthyOn('1.3.0'), [
      { type: 'started', version: '1.4.0', nowMs: T0 },
      { type: 'started', version: '1.4.0', nowMs: T0 + MINUTE },
      { type: 'crashed', nowMs: T0 + 90_000 },
    ]);
    expect(state).toMatchObject({ phase: 'failed', reason: 'crash-loop' });
    expect(effects).toContainEqual({ kind: 'restore-previous', version: '1.3.0' });
  });

  it('a power cut during verification restarts the deadline instead of failing a good version', () => {
    const { state } = run(healthyOn('1.3.0'), [
      { type: 'started', version: '1.4.0', nowMs: T0 },
      { type: 'started', version: '1.4.0', nowMs: T0 + 2 * 60 * MINUTE },
      { type: 'tick', nowMs: T0 + 2 * 60 * MINUTE + 2 * MINUTE },
      { type: 'healthy', nowMs: T0 + 2 * 60 * MINUTE + 2 * MINUTE },
    ]);
    expect(state).toMatchObject({ phase: 'healthy', version: '1.4.0' });
  });

  it('asks again for the restore when the failed version starts again', () => {
    const { state, effects } = run(healthyOn('1.3.0'), [
      { type: 'started', version: '1.4.0', nowMs: T0 },
      { type: 'tick', nowMs: T0 + 5 * MINUTE },
      { type: 'started', version: '1.4.0', nowMs: T0 + 6 * MINUTE },
    ]);
    expect(state.phase).toBe('failed');
    expect(effects.filter((effect) => effect.kind === 'restore-previous')).toHaveLength(2);
    expect(effects.filter((effect) => effect.kind === 'mark-bad')).toHaveLength(1);
  });

  it('a first install is verified too, with nothing to restore to', () => {
    const { state, effects } = run(INITIAL_BOOT_HEALTH, [
      { type: 'started', version: '1.0.0', nowMs: T0 },
      { type: 'tick', nowMs: T0 + 3 * MINUTE },
    ]);
    expect(state).toMatchObject({ phase: 'failed', goodVersion: null });
    expect(effects).toContainEqual({ kind: 'restore-previous', version: null });
  });

  it('ignores events that do not apply', () => {
    const good = healthyOn('1.3.0');
    for (const event of [
      { type: 'tick', nowMs: T0 },
      { type: 'healthy', nowMs: T0 },
      { type: 'crashed', nowMs: T0 },
    ] as const) {
      expect(stepBootHealth(good, event)).toEqual({ state: good, effects: [] });
    }
  });
});
