/** Whether the display is lit now, by the page clock, re-asked exactly when core says it changes. */
import type { PlayerState } from '../../../main/core/player-state';
import { useClockedValue } from '../use-clocked-value';
import { displayPowerAt, sameDisplayPower } from './display-power-view';

/** True while the display power hours say the screen is on (always, when they are not enabled). */
export function useDisplayPower(state: PlayerState): boolean {
  return useClockedValue(state, displayPowerAt, sameDisplayPower).on;
}
