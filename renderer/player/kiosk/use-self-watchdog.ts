/** The page noticing that its own main thread was blocked, and reloading itself. */
import { useEffect } from 'react';
import type { PlayerBridge } from '../../../main/core/bridge';
import { DEFAULT_PAGE_WATCHDOG_CONFIG } from '../../../main/core/kiosk/page-watchdog';
import type { PageLife } from './page-life';
import { reloadPage } from './reload-page';
import { checkTick, type TickReading } from './tick-clock';

function readClocks(): TickReading {
  const timelineMs = document.timeline?.currentTime;
  return { pageMs: performance.now(), timelineMs: typeof timelineMs === 'number' ? timelineMs : null };
}

/**
 * A timer meant to fire every tickIntervalMs; each tick asks core
 * (pageSelfCheck) whether the gap since the last one means the page was
 * stuck, notes the lag for the heartbeat, and reloads when core says so. A
 * page hidden at any moment in between is not judged (browsers throttle the
 * timers of hidden pages).
 */
export function useSelfWatchdog(bridge: PlayerBridge, life: PageLife): void {
  useEffect(() => {
    let previous = readClocks();
    let hiddenSinceTick = document.hidden;
    const onVisibility = () => {
      if (document.hidden) hiddenSinceTick = true;
    };
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(() => {
      const now = readClocks();
      const check = checkTick(previous, now, hiddenSinceTick || document.hidden);
      previous = now;
      hiddenSinceTick = document.hidden;
      life.worstLag.note(check.lagMs);
      if (check.reload) reloadPage(bridge, life, 'blocked', check.reason);
    }, DEFAULT_PAGE_WATCHDOG_CONFIG.tickIntervalMs);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [bridge, life]);
}
