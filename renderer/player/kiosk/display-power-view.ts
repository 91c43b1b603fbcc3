/** Whether the screen is lit, by its own clock, and when that next changes (for useClockedValue). */
import { displayShouldBeOn, nextDisplayPowerChangeAtMs } from '../../../main/core/kiosk/display-power-policy';
import type { PlayerState } from '../../../main/core/player-state';

/** The display's state at one moment. */
export interface DisplayPowerNow {
  on: boolean;
  nextChangeAtMs: number | null;
}

/** core's display power policy for `state` at `nowMs`. */
export function displayPowerAt(state: PlayerState, nowMs: number): DisplayPowerNow {
  return {
    on: displayShouldBeOn(state.displayPower, nowMs, state.timezone),
    nextChangeAtMs: nextDisplayPowerChangeAtMs(state.displayPower, nowMs, state.timezone),
  };
}

/** Same for the screen: lit or dark alike. */
export function sameDisplayPower(a: DisplayPowerNow, b: DisplayPowerNow): boolean {
  return a.on === b.on;
}
