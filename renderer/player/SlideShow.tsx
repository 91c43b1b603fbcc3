/** The rotating slides: timeline → decoded picture (if any) → transition. */
import { AnimatePresence } from 'framer-motion';
import { useEffect, useRef } from 'react';
import type { NewsFreshness, Slide } from '../../main/core/player-state';
import { afterNextPaint } from './after-paint';
import { FallbackSlide } from './FallbackSlide';
import type { DecodeCache } from './image-decoder';
import { ImageSlide } from './ImageSlide';
import type { LastGoodImage } from './last-good-image';
import { NewsSlide } from './NewsSlide';
import { rotationImageSrcs } from './slide-image';
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
  /** IANA zone of the screen, for the time a news article was published. */
  timeZone: string;
  /** How fresh the news is, so a news slide can say when it is old. */
  news: NewsFreshness;
  /** Called once, after the first slide (or the standby card) has been painted. */
  onFirstPaint: () => void;
}

/**
 * Shows the slide the timeline names for `Date.now()` once its image is
 * ready (a news slide without one at once). An empty rotation, and a rotation
 * whose first picture is still decoding (nothing shown yet), show the standby
 * card instead of black. A picture that fails becomes the branded card on an
 * image slide and the text-only layout on a news slide.
 */
export function SlideShow({ slides, epochMs, cache, lastGood, timeZone, news, onFirstPaint }: SlideShowProps) {
  const position = useTimeline(slides, epochMs);
  const shown = useShownSlide(position, cache);
  const standby = slides.length === 0;

  // Only images of the current rotation stay decoded; the rest are let go.
  useEffect(() => cache.retain(rotationImageSrcs(slides)), [cache, slides]);

  // Only whole pictures are worth falling back to; a news slide is text a stale copy would misreport.
  useEffect(() => {
    if (shown && !shown.failed && shown.slide.kind === 'image') lastGood.remember(shown.slide.src, shown.slide.fit);
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
    const { slide, failed } = shown;
    let body;
    if (slide.kind === 'news') {
      const imageSrc = slide.image?.src;
      body = (
        <NewsSlide
          slide={slide}
          timeZone={timeZone}
          news={news}
          imageFailed={failed}
          onImageBroken={(reason) => {
            if (imageSrc !== undefined) cache.markFailed(imageSrc, slide.itemId, reason);
          }}
        />
      );
    } else if (failed) {
      body = <FallbackSlide variant="failed" itemId={slide.itemId} />;
    } else {
      body = (
        <ImageSlide
          src={slide.src}
          fit={slide.fit}
          onBroken={(reason) => cache.markFailed(slide.src, slide.itemId, reason)}
        />
      );
    }
    // data-item-id is the playlist item (every article of a news item shares it); the key is the slide's own.
    content = (
      <SlideFrame
        key={`${slideKey(slide)}${failed ? '\u0000fallback' : ''}`}
        itemId={slide.itemId}
        startedAtMs={shown.startedAtMs}
        transition={slide.transition}
        fallback={failed && slide.kind === 'image'}
      >
        {body}
      </SlideFrame>
    );
  }

  return <AnimatePresence custom={transition}>{content}</AnimatePresence>;
}
