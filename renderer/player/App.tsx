/** The player page: f(PlayerState, clock). */
import { useState } from 'react';
import type { PlayerBridge } from '../../main/core/bridge';
import { FallbackSlide } from './FallbackSlide';
import type { PageLife } from './kiosk/page-life';
import { useHeartbeat } from './kiosk/use-heartbeat';
import { useHostReloadRequest } from './kiosk/use-host-reload-request';
import { useSelfWatchdog } from './kiosk/use-self-watchdog';
import { DecodeCache, decodeImage } from './image-decoder';
import { LastGoodImage } from './last-good-image';
import { imageFailedReport, videoFailedReport } from './reports';
import { Screen } from './Screen';
import { Stage } from './Stage';
import { useAfter } from './use-after';
import { usePlayerState } from './use-player-state';
import { useReadyReport } from './use-ready-report';
import { VideoPlayer } from './video-player';

// A host that has not answered by then is probably down: show the branded card, not a black screen.
const NO_STATE_STANDBY_MS = 3_000;

/** Props of App. */
export interface AppProps {
  bridge: PlayerBridge;
  /** This page load: its id, and what the kiosk hooks share. */
  life: PageLife;
}

/**
 * Until the first state arrives the stage is black, for NO_STATE_STANDBY_MS at
 * most; then the branded card stands in while the host stays silent. The
 * decode cache and the one video element live as long as the page, so a new
 * state never throws away a decoded picture or a loaded video. The heartbeat
 * and the self-watchdog run for the whole life of the page.
 */
export function App({ bridge, life }: AppProps) {
  const state = usePlayerState(bridge);
  // Alive and watching itself from the start, before any state arrives.
  useHeartbeat(bridge, life);
  useSelfWatchdog(bridge, life);
  useHostReloadRequest(bridge, life);
  const [cache] = useState(
    () =>
      new DecodeCache({
        decode: decodeImage,
        onFailure: (src, itemId, reason) => bridge.report(imageFailedReport(itemId, src, reason)),
      }),
  );
  const [videos] = useState(
    () =>
      new VideoPlayer({ onFailure: (src, itemId, reason) => bridge.report(videoFailedReport(itemId, src, reason)) }),
  );
  const [lastGood] = useState(() => new LastGoodImage());
  const onFirstPaint = useReadyReport(bridge, state?.revision);

  const waitedTooLong = useAfter(NO_STATE_STANDBY_MS);

  if (!state) return <Stage slides={waitedTooLong ? <FallbackSlide variant="standby" /> : null} />;
  return (
    <Screen
      state={state}
      bridge={bridge}
      life={life}
      cache={cache}
      videos={videos}
      lastGood={lastGood}
      onFirstPaint={onFirstPaint}
    />
  );
}
