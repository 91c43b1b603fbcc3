/** One state on screen: the rotation and announcements its clock picks, the clock and the band. */
import { useCallback } from 'react';
import type { PlayerBridge } from '../../main/core/bridge';
import type { PlayerState } from '../../main/core/player-state';
import { Announcements } from './Announcements';
import { Clock } from './Clock';
import { ErrorBoundary } from './ErrorBoundary';
import { DisplayOff } from './kiosk/DisplayOff';
import type { PageLife } from './kiosk/page-life';
import { useDisplayPower } from './kiosk/use-display-power';
import { useSlideChanges } from './kiosk/use-slide-changes';
import type { DecodeCache } from './image-decoder';
import type { LastGoodImage } from './last-good-image';
import { LastGoodSlide } from './LastGoodSlide';
import { Marquee } from './Marquee';
import { renderErrorReport } from './reports';
import { activeAnnouncements, sameAnnouncements, sameRotation, visibleRotation } from './screen-schedule';
import { SlideShow } from './SlideShow';
import { Stage } from './Stage';
import { useClockedValue } from './use-clocked-value';
import type { VideoPlayer } from './video-player';

/** Props of Screen. */
export interface ScreenProps {
  state: PlayerState;
  bridge: PlayerBridge;
  life: PageLife;
  cache: DecodeCache;
  videos: VideoPlayer;
  lastGood: LastGoodImage;
  onFirstPaint: () => void;
}

/**
 * The rotation (default or scheduled) and the announcements are what the
 * pure core says for `Date.now()`, re-asked exactly when it says they change.
 * Every part is behind its own error boundary, which tries again by itself,
 * so a fault in the clock, the band or an announcement never takes the
 * slides with it. Announcements cover the slides without stopping them.
 * Outside the display hours the whole screen is black and nothing runs.
 */
export function Screen({ state, bridge, life, cache, videos, lastGood, onFirstPaint }: ScreenProps) {
  const rotation = useClockedValue(state, visibleRotation, sameRotation);
  const announcements = useClockedValue(state, activeAnnouncements, sameAnnouncements);
  const displayOn = useDisplayPower(state);
  const onShown = useSlideChanges(bridge, life, state, displayOn);
  const onRenderError = useCallback((error: unknown) => bridge.report(renderErrorReport(error)), [bridge]);
  const revision = state.revision;
  if (!displayOn) return <DisplayOff />;
  return (
    <Stage
      slides={
        <ErrorBoundary
          resetKey={revision}
          onError={onRenderError}
          fallback={() => <LastGoodSlide lastGood={lastGood} />}
        >
          <SlideShow
            slides={rotation.slides}
            epochMs={rotation.epochMs}
            cache={cache}
            videos={videos}
            lastGood={lastGood}
            timeZone={state.timezone}
            news={state.news}
            onFirstPaint={onFirstPaint}
            onShown={onShown}
          />
        </ErrorBoundary>
      }
      overlay={
        <ErrorBoundary resetKey={revision} onError={onRenderError} fallback={() => null}>
          <Announcements takeover={announcements.takeover} banners={announcements.banners} />
        </ErrorBoundary>
      }
      clock={
        state.showClock ? (
          <ErrorBoundary resetKey={revision} onError={onRenderError} fallback={() => null}>
            <Clock timeZone={state.timezone} />
          </ErrorBoundary>
        ) : null
      }
      marquee={
        <ErrorBoundary resetKey={revision} onError={onRenderError} fallback={() => null}>
          <Marquee marquee={rotation.marquee} />
        </ErrorBoundary>
      }
    />
  );
}
