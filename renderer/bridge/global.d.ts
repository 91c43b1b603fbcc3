/**
 * The preload's bridge on `window` (BRIDGE_GLOBAL in main/core/bridge.ts).
 * Optional: in the browser host there is no preload and the page uses SSE.
 */
import type { PlayerBridge } from '../../main/core/bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    pano?: PlayerBridge;
  }
}

export {};
