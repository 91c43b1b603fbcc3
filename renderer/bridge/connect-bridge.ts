/** Picks the bridge for the host this page runs under. */
import { BRIDGE_GLOBAL, type PlayerBridge } from '../../main/core/bridge';
import { createSseBridge } from './sse-bridge';
import { createStateGate } from './state-gate';

/** The preload's bridge with every state checked: one that fails the schema never reaches the page. */
function checkedBridge(preload: PlayerBridge): PlayerBridge {
  const report: PlayerBridge['report'] = (screenReport) => preload.report(screenReport);
  const gate = createStateGate(report);
  return {
    getState: () =>
      preload.getState().then((value) => {
        const state = gate(value);
        if (!state) throw new Error('invalid state from host');
        return state;
      }),
    onState: (listener) =>
      preload.onState((value) => {
        const state = gate(value);
        if (state) listener(state);
      }),
    report,
    // An older preload (a page updated before its shell) has no commands: nothing to listen to.
    onCommand: (listener) => (typeof preload.onCommand === 'function' ? preload.onCommand(listener) : () => undefined),
  };
}

/** The Electron preload's bridge when there is one, else server-sent events from the browser host. */
export function connectBridge(): PlayerBridge {
  const preload = window[BRIDGE_GLOBAL];
  return preload ? checkedBridge(preload) : createSseBridge();
}
