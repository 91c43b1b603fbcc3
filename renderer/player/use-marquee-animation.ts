/** Moving the marquee track on the compositor with the Web Animations API. */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { continuedPhaseMs, loopFraction, marqueeDurationMs, marqueePhaseMs } from './marquee-math';

/**
 * Slides `track` left by `stripWidthPx` per loop at `speedPxPerS`, forever.
 * A WAAPI transform animation runs on the compositor, so a busy main thread
 * does not stutter it (framer-motion's `x` or `left` would). The first start
 * takes its phase from the wall clock: two screens agree, and a reload resumes
 * in place. A re-measure while it runs keeps the strip where it stands (the
 * same fraction of the loop), so nothing jumps. Returns nothing; the animation
 * is cancelled when the inputs change or the strip unmounts.
 */
export function useMarqueeAnimation(
  track: RefObject<HTMLElement | null>,
  stripWidthPx: number,
  speedPxPerS: number,
  onRunning: (running: boolean) => void,
): void {
  // Where the previous animation of this strip stood when it was replaced; null before the first start.
  const stoppedAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    const element = track.current;
    const durationMs = marqueeDurationMs(stripWidthPx, speedPxPerS);
    if (!element || durationMs <= 0) return;
    const animation = element.animate(
      [{ transform: 'translateX(0px)' }, { transform: `translateX(${-stripWidthPx}px)` }],
      { duration: durationMs, iterations: Infinity, easing: 'linear' },
    );
    animation.currentTime =
      stoppedAt.current === null
        ? marqueePhaseMs(Date.now(), durationMs)
        : continuedPhaseMs(stoppedAt.current, durationMs);
    onRunning(true);
    return () => {
      const currentTimeMs = animation.currentTime;
      stoppedAt.current = typeof currentTimeMs === 'number' ? loopFraction(currentTimeMs, durationMs) : null;
      animation.cancel();
      onRunning(false);
    };
  }, [track, stripWidthPx, speedPxPerS, onRunning]);
}
