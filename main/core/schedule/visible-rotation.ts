/**
 * What a screen shows at an instant: the rotation, its visible slides, its
 * marquee, and the epoch its timeline counts from, all a pure function of
 * (PlayerState, now) so that two screens agree and a reload resumes in place.
 */
import type { MarqueeState, PlayerState, Slide } from '../player-state';
import { walkChanges } from './change-walk';
import { changeSources, chooseRotation, type ChangeSources } from './rotation-choice';

// Walking back stops at state.epochMs anyway; this only bounds a pathological state (a rotation shadowed by a
// higher one while its own items flip every few minutes for months).
const MAX_STEPS_BACK = 2000;

/** The rotation a screen plays at one instant, and when that answer can next change. */
export interface VisibleRotation {
  /** Changes exactly when what plays changes; a screen restarts its timeline only then. */
  key: string;
  /** Which rotation: null = the default playlist, else the scheduled playlist's id. */
  rotationId: string | null;
  /** The rotation's slides whose own schedule holds now; countdowns past their target with doneText null are left out. */
  slides: Slide[];
  /** The scheduled rotation's marquee, else the default one. */
  marquee: MarqueeState;
  /** When this rotation started showing: max(state.epochMs, the last moment at or before now when `key` changed). */
  epochMs: number;
  /** The next moment this answer can change (a schedule boundary, a countdown target), or null. */
  nextChangeAtMs: number | null;
}

/**
 * The last instant at or before `nowMs` where the key changed, or state.epochMs
 * if that is later. Deterministic: every instant of one showing walks back to
 * the same boundary, so screens agree and a reload lands on the same slide.
 */
function showingSince(state: PlayerState, sources: ChangeSources, key: string, nowMs: number): number {
  let steps = 0;
  for (const changeMs of walkChanges(sources, nowMs, state.timezone, 'backward')) {
    if (changeMs <= state.epochMs) break;
    if (chooseRotation(state, changeMs - 1).key !== key) return changeMs;
    if (++steps >= MAX_STEPS_BACK) return changeMs;
  }
  return state.epochMs;
}

/** The first instant after `nowMs` at which the choice can change, or null. */
export function nextRotationChange(state: PlayerState, sources: ChangeSources, nowMs: number): number | null {
  const next = walkChanges(sources, nowMs, state.timezone, 'forward').next();
  return next.done ? null : next.value;
}

/**
 * What the screen shows at `nowMs`: the highest-priority scheduled rotation
 * whose schedule holds (ties: first listed) with the slides whose own schedules
 * hold, the default rotation when none holds or the winner has nothing to show,
 * the epoch its timeline counts from, and the next moment to ask again.
 */
export function visibleRotation(state: PlayerState, nowMs: number): VisibleRotation {
  const choice = chooseRotation(state, nowMs);
  const sources = changeSources(state);
  return {
    key: choice.key,
    rotationId: choice.rotationId,
    slides: choice.slides,
    marquee: choice.marquee,
    epochMs: showingSince(state, sources, choice.key, nowMs),
    nextChangeAtMs: nextRotationChange(state, sources, nowMs),
  };
}
