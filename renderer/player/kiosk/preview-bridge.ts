/**
 * The console's live preview runs this same page in a frame. It is not a
 * screen: its slides must not enter proof of play, and closing the console must
 * not read as a screen that fell silent. So a framed page keeps every report
 * but those of a screen's life (heartbeats, showings, self-reloads).
 */
import type { PlayerBridge, ScreenReport } from '../../../main/core/bridge';

const SCREEN_LIFE: ReadonlySet<ScreenReport['type']> = new Set(['heartbeat', 'slide-shown', 'reloading']);

/** True for a page shown inside another page (the console's preview frame). */
export function isFramed(view: { self: unknown; top: unknown }): boolean {
  return view.self !== view.top;
}

/** The bridge of a preview: the same, minus reports that only a real screen should send. */
export function previewBridge(bridge: PlayerBridge): PlayerBridge {
  return {
    ...bridge,
    report(report) {
      if (!SCREEN_LIFE.has(report.type)) bridge.report(report);
    },
  };
}
