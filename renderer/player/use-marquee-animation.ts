/** Moving the marquee track on the compositor with the Web Animations API. */
import { useLayoutEffect, type RefObject } from 'react';
import { marqueeDurationMs, marqueePhaseMs } from './marquee-math';

/**
 * Slides `track` left by `stripWidthPx` per loop at `speedPxPerS`, forever.
 * A WAAPI transform animation runs on the compositor, so a busy main thread
 * does not stutter it (framer-motion's `x` or `left` would). The phase comes
 * from the wall clock: two screens agree, and a reload resumes in place.
 * Returns nothing; the animation is cancelled when the inputs change or the
 * strip unmounts.
 */
export function useMarqueeAnimation(
  track: RefObject<HTMLElement | null>,
  stripWidthPx: number,
  speedPxPerS: number,
  onRunning: (running: boolean) => void,
): void {
  useLayoutEffect(() => {
    const element = track.current;
    const durationMs = marqueeDurationMs(stripWidthPx, speedPxPerS);
    if (!element || durationMs <= 0) return;
    const animation = element.animate(
      [{ transform: 'translateX(0px)' }, { transform: `translateX(${-stripWidthPx}px)` }],
      { duration: durationMs, iterations: Infinity, easing: 'linear' },
    );
    animation.currentTime = marqueePhaseMs(Date.now(), durationMs);
    onRunning(true);
    return () => {
      animation.cancel();
      onRunning(false);
    };
  }, [track, stripWidthPx, speedPxPerS, onRunning]);
}
