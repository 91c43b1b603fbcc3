/** The rotating slides: timeline → decoded picture → transition. */
import { AnimatePresence } from 'framer-motion';
import { useEffect, useRef } from 'react';
import type { Slide } from '../../main/core/player-state';
import { afterNextPaint } from './after-paint';
import { FallbackSlide } from './FallbackSlide';
import type { DecodeCache } from './image-decoder';
import { ImageSlide } from './ImageSlide';
import type { LastGoodImage } from './last-good-image';
import { slideKey } from './slide-key';
import { SlideFrame } from './SlideFrame';
import { useShownSlide } from './use-shown-slide';
import { useTimeline } from './use-timeline';

/** Props of SlideShow. */
export interface SlideShowProps {
  slides: readonly Slide[];
  epochMs: number;
  cache: DecodeCache;
  lastGood: LastGoodImage;
  /** Called once, after the first slide (or the standby card) has been painted. */
  onFirstPaint: () => void;
}

/**
 * Shows the slide the timeline names for `Date.now()` once its image is
 * ready. An empty rotation, and a rotation whose first picture is still
 * decoding (nothing shown yet), show the standby card instead of black.
 */
export function SlideShow({ slides, epochMs, cache, lastGood, onFirstPaint }: SlideShowProps) {
  const position = useTimeline(slides, epochMs);
  const shown = useShownSlide(position, cache);
  const standby = slides.length === 0;

  // Only images of the current rotation stay decoded; the rest are let go.
  useEffect(() => cache.retain(slides.map((slide) => slide.src)), [cache, slides]);

  useEffect(() => {
    if (shown && !shown.failed) lastGood.remember(shown.slide.src, shown.slide.fit);
  }, [shown, lastGood]);

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
    const { slide } = shown;
    content = (
      <SlideFrame
        key={`${slideKey(slide)}${shown.failed ? '\u0000fallback' : ''}`}
        itemId={slide.id}
        startedAtMs={shown.startedAtMs}
        transition={slide.transition}
        fallback={shown.failed}
      >
        {shown.failed ? (
          <FallbackSlide variant="failed" itemId={slide.id} />
        ) : (
          <ImageSlide
            src={slide.src}
            fit={slide.fit}
            onBroken={(reason) => cache.markFailed(slide.src, slide.id, reason)}
          />
        )}
      </SlideFrame>
    );
  }

  return <AnimatePresence custom={transition}>{content}</AnimatePresence>;
}
