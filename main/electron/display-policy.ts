/**
 * Which display the kiosk fills. Settings count displays from 0 with 0 the
 * primary one; the rest follow left to right, then top to bottom, so the
 * numbering stays the same whatever order the OS lists them in.
 */

/** The fields of Electron's `Display` this policy reads. */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** The displays in settings order: the primary first, the others by position. */
export function orderDisplays<D extends DisplayInfo>(displays: readonly D[], primaryId: number): D[] {
  const primary = displays.filter((d) => d.id === primaryId);
  const others = displays
    .filter((d) => d.id !== primaryId)
    .sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id);
  return [...primary, ...others];
}

/** The display for `displayIndex`, or the primary one (with `fellBack`) when there is no such display. */
export function chooseDisplay<D extends DisplayInfo>(
  displays: readonly D[],
  primary: D,
  displayIndex: number,
): { display: D; fellBack: boolean } {
  const chosen = orderDisplays(displays, primary.id)[displayIndex];
  return chosen ? { display: chosen, fellBack: false } : { display: primary, fellBack: true };
}

/** The fields of Electron's `Display` the picture size reads. */
export interface DisplaySize {
  size: { width: number; height: number };
  scaleFactor: number;
}

/** Pictures are never scaled below this, so a small or missing display does not ruin the cache. */
const MIN_PICTURE_EDGE_PX = 1280;

/**
 * The longest picture edge worth keeping: the largest display's longest side
 * in device pixels. The window may move to any display, so the largest wins.
 */
export function pictureEdgeFor(displays: readonly DisplaySize[]): number {
  const longest = Math.max(
    0,
    ...displays.map((d) => Math.round(Math.max(d.size.width, d.size.height) * (d.scaleFactor || 1))),
  );
  return Math.max(MIN_PICTURE_EDGE_PX, longest);
}
