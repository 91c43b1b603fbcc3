/** What the page does when a slide reaches the screen: report it, or reload instead at a slide change. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlayerBridge } from '../../../main/core/bridge';
import type { PlayerState } from '../../../main/core/player-state';
import type { ShownSlide } from '../use-shown-slide';
import { reloadAtSlideChange, ShowingTracker } from './boundary-reload';
import { slideShownReport } from './kiosk-reports';
import type { PageLife } from './page-life';
import { reloadPage } from './reload-page';

/**
 * Returns the callback the slide show calls with the slide it shows (after
 * each render that may have changed it). At a slide change a due reload
 * (host request, daily maintenance) happens instead of the change, so
 * viewers see an ordinary change into the reloaded page; otherwise each new
 * showing is reported once (`slide-shown`). While the display is dark nothing
 * is on screen, and the first slide after it wakes is a new showing.
 */
export function useSlideChanges(
  bridge: PlayerBridge,
  life: PageLife,
  state: PlayerState,
  displayOn: boolean,
): (shown: ShownSlide) => void {
  const [tracker] = useState(() => new ShowingTracker());
  const latestState = useRef(state);
  useEffect(() => {
    latestState.current = state;
  }, [state]);

  useEffect(() => {
    if (displayOn) return;
    tracker.forget();
    life.showing(null);
  }, [displayOn, tracker, life]);

  return useCallback(
    (shown: ShownSlide) => {
      const change = tracker.observe(shown);
      if (change === 'same') return;
      const nowMs = Date.now();
      if (change === 'next') {
        const current = latestState.current;
        const reload = reloadAtSlideChange({
          hostRequest: life.hostReloadRequest,
          maintenance: current.maintenance,
          timeZone: current.timezone,
          nowMs,
          lastLoadedAtMs: life.session.loadedAtMs,
          announcements: current.announcements,
        });
        if (reload) {
          reloadPage(bridge, life, reload.reason, reload.detail);
          return;
        }
      }
      life.showing(shown.slide.id);
      bridge.report(slideShownReport(life.session.pageId, shown.slide, nowMs));
    },
    [bridge, life, tracker],
  );
}
