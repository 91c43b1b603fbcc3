import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlayerState, Slide } from '../../../../main/core/player-state';
import { scheduleHolds } from '../../../../main/core/schedule/schedule-holds';
import { visibleRotation } from '../../../../main/core/schedule/visible-rotation';
import { positionAt } from '../../../../main/core/timeline';
import { instantArb, stateArb } from './arbitraries';

/** The rule as an operator reads it, written without the engine's shortcuts. */
function expectedRotationId(state: PlayerState, nowMs: number): string | null {
  const shows = (slide: Slide) =>
    !(slide.kind === 'countdown' && slide.doneText === null && nowMs >= slide.targetAtMs) &&
    (!slide.schedule || scheduleHolds(slide.schedule, nowMs, state.timezone));
  const holding = state.scheduled.filter((rotation) => scheduleHolds(rotation.schedule, nowMs, state.timezone));
  const top = Math.max(...holding.map((rotation) => rotation.priority));
  const winner = holding.find((rotation) => rotation.priority === top);
  return winner && winner.slides.some(shows) ? winner.id : null;
}

// The host's epoch lies up to a month before now, so the walk back to the last change has work to do.
const lagArb = fc.integer({ min: 0, max: 30 * 86_400_000 });

describe('visibleRotation properties', () => {
  it('chooses exactly one rotation: the highest-priority one that holds and has something to show, else the default', () => {
    fc.assert(
      fc.property(stateArb, instantArb, (state, nowMs) => {
        const shown = visibleRotation(state, nowMs);
        expect(shown.rotationId).toBe(expectedRotationId(state, nowMs));
        const source =
          shown.rotationId === null ? state.slides : state.scheduled.find((r) => r.id === shown.rotationId)?.slides;
        expect(shown.slides.every((slide) => source?.includes(slide))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same state (even a copy received over the wire) and clock give the same answer', () => {
    fc.assert(
      fc.property(stateArb, instantArb, (state, nowMs) => {
        expect(visibleRotation(structuredClone(state), nowMs)).toEqual(visibleRotation(state, nowMs));
      }),
      { numRuns: 200 },
    );
  });

  it('never leaves the screen with no slides while the default rotation has one to show', () => {
    fc.assert(
      fc.property(stateArb, instantArb, (state, nowMs) => {
        const defaultShows = visibleRotation({ ...state, scheduled: [] }, nowMs).slides.length > 0;
        if (defaultShows) expect(visibleRotation(state, nowMs).slides.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a reload at any later moment of the same showing counts from the same epoch and shows the same slide', () => {
    fc.assert(
      fc.property(stateArb, instantArb, lagArb, fc.nat(), (received, nowMs, lagMs, pick) => {
        const state = { ...received, epochMs: nowMs - lagMs };
        const shown = visibleRotation(state, nowMs);
        expect(shown.epochMs).toBeLessThanOrEqual(Math.max(nowMs, state.epochMs));
        expect(shown.epochMs).toBeGreaterThanOrEqual(state.epochMs);
        const untilMs = shown.nextChangeAtMs ?? nowMs + 86_400_000;
        const laterMs = nowMs + (pick % (untilMs - nowMs));
        const reloaded = visibleRotation(state, laterMs);
        expect(reloaded.key).toBe(shown.key);
        expect(reloaded.epochMs).toBe(shown.epochMs);
        expect(positionAt(reloaded.slides, reloaded.epochMs, laterMs)?.item.id).toBe(
          positionAt(shown.slides, shown.epochMs, laterMs)?.item.id,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('its epoch is where the showing began: the same key from there on, another one just before', () => {
    fc.assert(
      fc.property(stateArb, instantArb, lagArb, (received, nowMs, lagMs) => {
        const state = { ...received, epochMs: nowMs - lagMs };
        const shown = visibleRotation(state, nowMs);
        if (shown.epochMs > state.epochMs) {
          expect(visibleRotation(state, shown.epochMs).key).toBe(shown.key);
          expect(visibleRotation(state, shown.epochMs - 1).key).not.toBe(shown.key);
        }
      }),
      { numRuns: 200 },
    );
  });
});
