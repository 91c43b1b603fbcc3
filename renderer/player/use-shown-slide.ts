/**
 * Which slide is on screen: the timeline's slide once its image is decoded
 * (or known broken), otherwise whatever was on screen before. This is what
 * keeps a half-loaded picture off the screen; before the first picture is
 * ready there is nothing to hold, and SlideShow shows the standby card. A
 * slide without a picture (text-only news) is ready at once.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Slide } from '../../main/core/player-state';
import type { TimelinePosition } from '../../main/core/timeline';
import type { DecodeCache } from './image-decoder';
import { slideImageSrc } from './slide-image';

/**
 * A slide as it is shown: since when, and whether its image failed (an image
 * slide shows the fallback card instead, a news slide its text-only layout).
 */
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
  const currentSrc = current ? slideImageSrc(current) : null;
  const upcomingSrc = upcoming ? slideImageSrc(upcoming) : null;

  const currentStatus = currentSrc !== null ? cache.status(currentSrc) : undefined;
  const [retryRound, setRetryRound] = useState(0);

  useEffect(() => {
    // The item id names the playlist entry in a failure report; the slide id may be an article's.
    if (current && currentSrc !== null) cache.load(currentSrc, current.itemId);
    if (upcoming && upcomingSrc !== null) cache.load(upcomingSrc, upcoming.itemId);
    // A failed picture on screen is tried again as soon as the cache allows it, even
    // when the rotation never moves on (a single slide, a long one).
    const retryInMs = currentSrc !== null ? cache.retryInMs(currentSrc) : undefined;
    if (retryInMs === undefined) return;
    const timer = setTimeout(() => setRetryRound((round) => round + 1), retryInMs);
    return () => clearTimeout(timer);
  }, [cache, current, upcoming, currentSrc, upcomingSrc, currentStatus, retryRound]);

  const [shown, setShown] = useState<ShownSlide | null>(null);
  let target = shown;
  if (!position) {
    target = null;
  } else {
    const src = slideImageSrc(position.item);
    const status = src === null ? 'ready' : cache.status(src);
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
