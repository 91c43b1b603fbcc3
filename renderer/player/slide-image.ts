/** The media a slide needs loaded before it may go on screen, whatever its kind. */
import type { Slide } from '../../main/core/player-state';

/**
 * An image slide's picture, a news slide's lead image, or null when the slide
 * has none to decode (a text-only news slide, a countdown, a text card are
 * ready at once; a video is loaded by the video player, see slideVideoSrc).
 */
export function slideImageSrc(slide: Slide): string | null {
  switch (slide.kind) {
    case 'image':
      return slide.src;
    case 'news':
      return slide.image?.src ?? null;
    case 'video':
    case 'countdown':
    case 'text':
      return null;
  }
}

/** A video slide's file, else null. */
export function slideVideoSrc(slide: Slide): string | null {
  return slide.kind === 'video' ? slide.src : null;
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

/** The videos of a rotation, so a failure report is sent again only for one that left and came back. */
export function rotationVideoSrcs(slides: readonly Slide[]): string[] {
  return [...new Set(slides.flatMap((slide) => (slide.kind === 'video' ? [slide.src] : [])))];
}
