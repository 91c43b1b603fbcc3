/** The marquee's arithmetic: how long a loop takes, how many copies fill the band, where it stands now. */

/** Time for the track to move one strip width at `speedPxPerS`; 0 when there is nothing to move. */
export function marqueeDurationMs(stripWidthPx: number, speedPxPerS: number): number {
  if (!(stripWidthPx > 0) || !(speedPxPerS > 0) || !Number.isFinite(stripWidthPx) || !Number.isFinite(speedPxPerS)) {
    return 0;
  }
  return (stripWidthPx / speedPxPerS) * 1000;
}

/**
 * How many copies of the strip the track needs so the band is always covered:
 * the track moves by one strip width, so it must span the band plus one strip.
 */
export function copiesToFill(stripWidthPx: number, bandWidthPx: number): number {
  if (!(stripWidthPx > 0) || !Number.isFinite(stripWidthPx)) return 2;
  const band = Math.max(0, Number.isFinite(bandWidthPx) ? bandWidthPx : 0);
  return Math.max(2, Math.ceil(band / stripWidthPx) + 1);
}

/**
 * How far into its loop the marquee is at `nowMs`: a function of the clock
 * alone, so two screens agree and a reloaded page resumes in place.
 */
export function marqueePhaseMs(nowMs: number, durationMs: number): number {
  if (!(durationMs > 0)) return 0;
  return ((nowMs % durationMs) + durationMs) % durationMs;
}

/** How far through its loop a running animation is, in [0, 1), from its current time. */
export function loopFraction(currentTimeMs: number, durationMs: number): number {
  if (!(durationMs > 0) || !Number.isFinite(currentTimeMs)) return 0;
  return marqueePhaseMs(currentTimeMs, durationMs) / durationMs;
}

/**
 * The time at the same point of a loop that now lasts `durationMs`: a strip
 * re-measured while it runs (fonts arrived, the screen resized) carries on
 * from where it stood instead of jumping to the clock's phase.
 */
export function continuedPhaseMs(fraction: number, durationMs: number): number {
  if (!(durationMs > 0) || !Number.isFinite(fraction)) return 0;
  return (((fraction % 1) + 1) % 1) * durationMs;
}
