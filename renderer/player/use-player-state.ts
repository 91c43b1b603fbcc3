/** The newest PlayerState from the bridge. */
import { useEffect, useState } from 'react';
import type { PlayerBridge } from '../../main/core/bridge';
import type { PlayerState } from '../../main/core/player-state';

/**
 * The state the host pushed last, or null until the first one arrives. A
 * pushed state always wins over the initial `getState()` answer, which may
 * have been taken earlier.
 */
export function usePlayerState(bridge: PlayerBridge): PlayerState | null {
  const [state, setState] = useState<PlayerState | null>(null);
  useEffect(() => {
    let pushed = false;
    let live = true;
    const stop = bridge.onState((next) => {
      pushed = true;
      setState(next);
    });
    bridge.getState().then(
      (first) => {
        if (live && !pushed) setState(first);
      },
      () => undefined, // the stream will deliver one; nothing better to do here
    );
    return () => {
      live = false;
      stop();
    };
  }, [bridge]);
  return state;
}
