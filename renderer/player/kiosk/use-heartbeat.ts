/** The page telling the host it is alive, every PAGE_HEARTBEAT_INTERVAL_MS. */
import { useEffect } from 'react';
import { PAGE_HEARTBEAT_INTERVAL_MS, type PlayerBridge } from '../../../main/core/bridge';
import { heartbeatReport } from './kiosk-reports';
import type { PageLife } from './page-life';

/**
 * Sends a heartbeat at once and then on every interval, with the slide on
 * screen and the worst lag since the last one. It keeps going while the
 * display is dark: a dark screen is a well one.
 */
export function useHeartbeat(bridge: PlayerBridge, life: PageLife): void {
  useEffect(() => {
    const beat = () => bridge.report(heartbeatReport(life.session.pageId, life.slideOnScreen, life.worstLag.take()));
    beat();
    const timer = setInterval(beat, PAGE_HEARTBEAT_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [bridge, life]);
}
