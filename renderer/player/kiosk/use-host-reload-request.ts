/** The host's commands: remember a reload-at-boundary request until the next slide change obeys it. */
import { useEffect } from 'react';
import type { PlayerBridge } from '../../../main/core/bridge';
import type { PageLife } from './page-life';

/** Listens to the bridge's commands for the life of the page. */
export function useHostReloadRequest(bridge: PlayerBridge, life: PageLife): void {
  useEffect(
    () =>
      bridge.onCommand((command) => {
        if (command.type === 'reload-at-boundary') life.requestReload(command.reason || 'the host asked');
      }),
    [bridge, life],
  );
}
