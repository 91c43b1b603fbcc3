/** Identity of a slide on screen. */
import type { Slide } from '../../main/core/player-state';
import { slideImageSrc, slideVideoSrc } from './slide-image';

/**
 * Id and media together: a new state that keeps a slide with the same
 * picture or video keeps the same key, so nothing restarts or flashes; new
 * media for the same slide is a real change and crossfades. The id is the
 * slide's (unique per article for news), never the item's, which news slides share.
 */
export function slideKey(slide: Slide): string {
  return `${slide.id}\u0000${slideImageSrc(slide) ?? slideVideoSrc(slide) ?? ''}`;
}
