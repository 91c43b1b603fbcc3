/** The picture a slide needs decoded before it may go on screen, whatever its kind. */
import type { Slide } from '../../main/core/player-state';

/**
 * An image slide's picture, a news slide's lead image, or null when the slide
 * has none (a text-only news slide is ready at once, nothing to decode).
 */
export function slideImageSrc(slide: Slide): string | null {
  return slide.kind === 'image' ? slide.src : (slide.image?.src ?? null);
}

/** The pictures of a rotation, for the decode cache to keep: every slide's, once each. */
export function rotationImageSrcs(slides: readonly Slide[]): string[] {
  const srcs = new Set<string>();
  for (const slide of slides) {
    const src = slideImageSrc(slide);
    if (src !== null) srcs.add(src);
  }
  return [...srcs];
}
