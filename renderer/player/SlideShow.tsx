/** The rotating slides: timeline → loaded media (if any) → transition. */
import { AnimatePresence } from 'framer-motion';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { NewsFreshness, Slide } from '../../main/core/player-state';
import { afterNextPaint } from './after-paint';
import { FallbackSlide } from './FallbackSlide';
import type { DecodeCache } from './image-decoder';
import type { LastGoodImage } from './last-good-image';
import { showsFallback, slideBody } from './slide-body';
import { rotationImageSrcs, rotationVideoSrcs } from './slide-image';
import { slideKey } from './slide-key';
import { SlideFrame } from './SlideFrame';
import { useShownSlide, type ShownSlide } from './use-shown-slide';
import { useTimeline } from './use-timeline';
import type { VideoPlayer } from './video-player';

/** Props of SlideShow. */
export interface SlideShowProps {
  /** The rotation on screen now (visibleRotation), and when it started. */
  slides: readonly Slide[];
  epochMs: number;
  cache: DecodeCache;
  videos: VideoPlayer;
  lastGood: LastGoodImage;
  /** IANA zone of the screen, for the time a news article was published. */
  timeZone: string;
  /** How fresh the news is, so a news slide can say when it is old. */
  news: NewsFreshness;
  /** Called once, after the first slide (or the standby card) has been painted. */
  onFirstPaint: () => void;
  /**
   * Called with the slide on screen after every render that may have changed
   * it, before the browser paints it (so a reload there is never seen).
   */
  onShown?: (shown: ShownSlide) => void;
}

/**
 * Shows the slide the timeline names for `Date.now()` once its media is
 * ready (a slide without any at once). An empty rotation, and a rotation
 * whose first slide is still loading (nothing shown yet), show the standby
 * card instead of black. A picture or video that fails becomes the branded
 * card; a news slide whose picture fails, its text-only layout.
 */
export function SlideShow({
  slides,
  epochMs,
  cache,
  videos,
  lastGood,
  timeZone,
  news,
  onFirstPaint,
  onShown,
}: SlideShowProps) {
  const position = useTimeline(slides, epochMs);
  const shown = useShownSlide(position, cache, videos);
  const standby = slides.length === 0;

  // Only images of the current rotation stay decoded; the rest are let go.
  useEffect(() => cache.retain(rotationImageSrcs(slides)), [cache, slides]);
  useEffect(() => videos.retain(rotationVideoSrcs(slides)), [videos, slides]);

  // Only whole pictures are worth falling back to; a news slide is text a stale copy would misreport.
  useEffect(() => {
    if (shown && !shown.failed && shown.slide.kind === 'image') lastGood.remember(shown.slide.src, shown.slide.fit);
  }, [shown, lastGood]);

  useLayoutEffect(() => {
    if (shown) onShown?.(shown);
  }, [shown, onShown]);

  const painted = useRef(false);
  const somethingOnScreen = standby || shown !== null;
  useEffect(() => {
    if (painted.current || !somethingOnScreen) return;
    return afterNextPaint(() => {
      painted.current = true;
      onFirstPaint();
    });
  }, [somethingOnScreen, onFirstPaint]);

  const transition = shown?.slide.transition ?? 'crossfade';
  let content;
  if (standby || shown === null) {
    content = (
      <SlideFrame key="standby" transition="crossfade">
        <FallbackSlide variant="standby" />
      </SlideFrame>
    );
  } else {
    const fallback = showsFallback(shown);
    // data-item-id is the playlist item (every article of a news item shares it); the key is the slide's own.
    content = (
      <SlideFrame
        key={`${slideKey(shown.slide)}${fallback ? '\u0000fallback' : ''}`}
        itemId={shown.slide.itemId}
        kind={shown.slide.kind}
        startedAtMs={shown.startedAtMs}
        transition={shown.slide.transition}
        fallback={fallback}
      >
        {slideBody(shown, { cache, videos, timeZone, news })}
      </SlideFrame>
    );
  }

  return <AnimatePresence custom={transition}>{content}</AnimatePresence>;
}
