/**
 * Which slide is on screen: the timeline's slide once its media is ready (an
 * image decoded, a video able to play) or known broken, otherwise whatever
 * was on screen before. This is what keeps a half-loaded picture or a black
 * video off the screen; before the first slide is ready there is nothing to
 * hold, and SlideShow shows the standby card. A slide without media (a
 * text-only news slide, a countdown, a text card) is ready at once.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Slide } from '../../main/core/player-state';
import type { TimelinePosition } from '../../main/core/timeline';
import type { DecodeCache, DecodeStatus } from './image-decoder';
import { slideImageSrc } from './slide-image';
import type { VideoPlayer } from './video-player';

/**
 * A slide as it is shown: since when, and whether its media failed (an image
 * or video slide shows the fallback card instead, a news slide its text-only layout).
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

/** Where this showing of `slide` stands: its picture's decode, its video's load, or ready for plain text. */
function statusOf(slide: Slide, startedAtMs: number, cache: DecodeCache, videos: VideoPlayer): DecodeStatus {
  if (slide.kind === 'video') return videos.status(slide, startedAtMs) ?? 'pending';
  const src = slideImageSrc(slide);
  return src === null ? 'ready' : (cache.status(src) ?? 'pending');
}

/**
 * Decodes the current and the next image as soon as a slide starts, loads the
 * current video (or the next one, while the element is free), and returns the
 * slide to show now (null: nothing ready yet; the slide show stands the
 * standby card in).
 */
export function useShownSlide(
  position: TimelinePosition<Slide> | null,
  cache: DecodeCache,
  videos: VideoPlayer,
): ShownSlide | null {
  useSyncExternalStore(cache.subscribe, cache.getVersion);
  useSyncExternalStore(videos.subscribe, videos.getVersion);
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

  const startedAtMs = position?.startedAtMs;
  const endsAtMs = position?.endsAtMs;
  useEffect(() => {
    if (!current || !upcoming || startedAtMs === undefined || endsAtMs === undefined) return;
    // One element: the slide on screen has it; only while it shows no video may the next one preload.
    if (current.kind === 'video') videos.prepare(current, startedAtMs, Date.now());
    else if (upcoming.kind === 'video') videos.prepare(upcoming, endsAtMs, Date.now());
  }, [videos, current, upcoming, startedAtMs, endsAtMs]);

  const [shown, setShown] = useState<ShownSlide | null>(null);
  let target = shown;
  if (!position) {
    target = null;
  } else {
    const status = statusOf(position.item, position.startedAtMs, cache, videos);
    if (status === 'ready' || status === 'failed') {
      target = { slide: position.item, startedAtMs: position.startedAtMs, failed: status === 'failed' };
    }
    // Still loading: hold what is on screen until the picture is whole or the video can play.
  }
  if (!sameShown(shown, target)) {
    // Derived from the previous render (React's "storing information from previous renders").
    setShown(target);
    return target;
  }
  return shown;
}
