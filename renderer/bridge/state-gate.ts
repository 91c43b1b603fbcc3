/** Letting through only states a screen can render, whichever bridge they came by. */
import type { ScreenReport } from '../../main/core/bridge';
import type { PlayerState } from '../../main/core/player-state';
import { checkPlayerState } from '../../main/core/player-state-schema';
import { SCREEN_REPORT_LIMITS } from '../../main/core/screen-report';

/**
 * Returns a check that hands back a valid state, or drops an invalid one
 * (the screen keeps what it shows) and reports it as a render error — once
 * while the same problem repeats, so a broken host fills no log.
 */
export function createStateGate(report: (report: ScreenReport) => void): (value: unknown) => PlayerState | null {
  let lastProblem: string | null = null;
  return (value) => {
    const checked = checkPlayerState(value);
    if (checked.ok) {
      lastProblem = null;
      return checked.state;
    }
    if (checked.error !== lastProblem) {
      lastProblem = checked.error;
      const message = `invalid state from host: ${checked.error}`;
      const max = SCREEN_REPORT_LIMITS.message;
      report({ type: 'render-error', message: message.length <= max ? message : `${message.slice(0, max - 1)}…` });
    }
    return null;
  };
}
