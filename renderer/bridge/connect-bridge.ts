/** Picks the bridge for the host this page runs under. */
import { BRIDGE_GLOBAL, type PlayerBridge } from '../../main/core/bridge';
import { createSseBridge } from './sse-bridge';

/** The Electron preload's bridge when there is one, else server-sent events from the browser host. */
export function connectBridge(): PlayerBridge {
  const preload = window[BRIDGE_GLOBAL];
  return preload ?? createSseBridge();
}
