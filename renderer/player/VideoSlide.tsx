/** A video slide: the page's one <video> element, borrowed for as long as this slide is on screen. */
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { VideoSlide as VideoSlideData } from '../../main/core/player-state';
import { effectiveFit } from './ImageSlide';
import { useLandscapeScreen } from './use-landscape-screen';
import { videoShowingKey, type VideoPlayer } from './video-player';

/** Props of VideoSlide. */
export interface VideoSlideProps {
  slide: VideoSlideData;
  /** When this showing started: the player loaded it for exactly this showing. */
  startedAtMs: number;
  player: VideoPlayer;
}

/**
 * An empty box the player puts its element into. The slide is mounted only
 * once the video can play (use-shown-slide.ts), so the first frame is there
 * when it fades in. It plays until the timeline moves on; a clip shorter
 * than its slot holds its last frame (no loop). `fit` works as for pictures.
 */
export function VideoSlide({ slide, startedAtMs, player }: VideoSlideProps) {
  const box = useRef<HTMLDivElement>(null);
  useSyncExternalStore(player.subscribe, player.getVersion);
  const fit = effectiveFit(slide.fit, player.landscape(), useLandscapeScreen());
  const key = videoShowingKey(slide, startedAtMs);
  const status = player.status(slide, startedAtMs);

  useLayoutEffect(() => {
    const container = box.current;
    if (container && status === 'ready') player.attach(container, key, fit);
  }, [player, key, fit, status]);

  // Only on leaving for good: a new showing of the same slide re-attaches above without a gap.
  useLayoutEffect(() => {
    const container = box.current;
    return () => {
      if (container) player.detach(container);
    };
  }, [player]);

  return <div className="slide-video-box" ref={box} />;
}
