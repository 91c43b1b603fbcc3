/** The player page: f(PlayerState, clock). */
import { useCallback, useState } from 'react';
import type { PlayerBridge } from '../../main/core/bridge';
import { Clock } from './Clock';
import { ErrorBoundary } from './ErrorBoundary';
import { FallbackSlide } from './FallbackSlide';
import { DecodeCache, decodeImage } from './image-decoder';
import { LastGoodImage } from './last-good-image';
import { LastGoodSlide } from './LastGoodSlide';
import { Marquee } from './Marquee';
import { imageFailedReport, renderErrorReport } from './reports';
import { SlideShow } from './SlideShow';
import { Stage } from './Stage';
import { useAfter } from './use-after';
import { usePlayerState } from './use-player-state';
import { useReadyReport } from './use-ready-report';

// A host that has not answered by then is probably down: show the branded card, not a black screen.
const NO_STATE_STANDBY_MS = 3_000;

/** Props of App. */
export interface AppProps {
  bridge: PlayerBridge;
}

/**
 * Until the first state arrives the stage is black, for NO_STATE_STANDBY_MS at
 * most; then the branded card stands in while the host stays silent. After
 * that every part is behind its own error boundary, which tries again by
 * itself, so a fault in the clock or the marquee never takes the slides with it.
 */
export function App({ bridge }: AppProps) {
  const state = usePlayerState(bridge);
  const [cache] = useState(
    () =>
      new DecodeCache({
        decode: decodeImage,
        onFailure: (src, itemId, reason) => bridge.report(imageFailedReport(itemId, src, reason)),
      }),
  );
  const [lastGood] = useState(() => new LastGoodImage());
  const onFirstPaint = useReadyReport(bridge, state?.revision);
  const onRenderError = useCallback((error: unknown) => bridge.report(renderErrorReport(error)), [bridge]);

  const waitedTooLong = useAfter(NO_STATE_STANDBY_MS);

  if (!state) return <Stage slides={waitedTooLong ? <FallbackSlide variant="standby" /> : null} />;
  const revision = state.revision;
  return (
    <Stage
      slides={
        <ErrorBoundary
          resetKey={revision}
          onError={onRenderError}
          fallback={() => <LastGoodSlide lastGood={lastGood} />}
        >
          <SlideShow
            slides={state.slides}
            epochMs={state.epochMs}
            cache={cache}
            lastGood={lastGood}
            timeZone={state.timezone}
            news={state.news}
            onFirstPaint={onFirstPaint}
          />
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
          <Marquee marquee={state.marquee} />
        </ErrorBoundary>
      }
    />
  );
}
