/**
 * How long a reload left the screen blank, in real time: from the moment the
 * new document replaced the old one (the old slide stays on screen until then)
 * to the first slide the new one showed. The page clock cannot tell it: a
 * reloaded document's clock is rebuilt from Playwright's clock log, which
 * lands it ahead of where the old one left off.
 */
import type { SlideSeen } from './screen-probe';

/** For each commit (real ms), how long until the next slide was seen (real ms); NaN when none came. */
export function reloadBlanksMs(committedRealMs: readonly number[], seen: readonly SlideSeen[]): number[] {
  const shown = seen.map((slide) => slide.realMs).sort((a, b) => a - b);
  return committedRealMs.map((committedMs) => {
    const first = shown.find((realMs) => realMs >= committedMs);
    return first === undefined ? Number.NaN : first - committedMs;
  });
}
