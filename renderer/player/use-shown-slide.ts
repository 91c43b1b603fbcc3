/**
 * Which slide is on screen: the timeline's slide once its image is decoded
 * (or known broken), otherwise whatever was on screen before. This is what
 * keeps a half-loaded picture off the screen; before the first picture is
 * ready there is nothing to hold, and SlideShow shows the standby card.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Slide } from '../../main/core/player-state';
import type { TimelinePosition } from '../../main/core/timeline';
import type { DecodeCache } from './image-decoder';

/** A slide as it is shown: since when, and whether its image failed (the fallback card stands in). */
export interface ShownSlide {
  slide: Slide;
  startedAtMs: number;
  failed: boolean;
}

function sameShown(a: ShownSlide | null, b: ShownSlide | null): boolean {
  if (a === null || b === null) return a === b;
  return a.slide === b.slide && a.startedAtMs === b.startedAtMs && a.failed === b.failed;
}

/**
 * Decodes the current and the next image as soon as a slide starts, and
 * returns the slide to show now (null: nothing decoded yet; the slide show
 * stands the standby card in).
 */
export function useShownSlide(position: TimelinePosition<Slide> | null, cache: DecodeCache): ShownSlide | null {
  useSyncExternalStore(cache.subscribe, cache.getVersion);
  const current = position?.item;
  const upcoming = position?.next;

  const currentStatus = current ? cache.status(current.src) : undefined;
  const [retryRound, setRetryRound] = useState(0);

  useEffect(() => {
    if (current) cache.load(current.src, current.id);
    if (upcoming) cache.load(upcoming.src, upcoming.id);
    // A failed picture on screen is tried again as soon as the cache allows it, even
    // when the rotation never moves on (a single slide, a long one).
    const retryInMs = current ? cache.retryInMs(current.src) : undefined;
    if (retryInMs === undefined) return;
    const timer = setTimeout(() => setRetryRound((round) => round + 1), retryInMs);
    return () => clearTimeout(timer);
  }, [cache, current, upcoming, currentStatus, retryRound]);

  const [shown, setShown] = useState<ShownSlide | null>(null);
  let target = shown;
  if (!position) {
    target = null;
  } else {
    const status = cache.status(position.item.src);
    if (status === 'ready' || status === 'failed') {
      target = { slide: position.item, startedAtMs: position.startedAtMs, failed: status === 'failed' };
    }
    // Still decoding: hold what is on screen until the picture is whole.
  }
  if (!sameShown(shown, target)) {
    // Derived from the previous render (React's "storing information from previous renders").
    setShown(target);
    return target;
  }
  return shown;
}
